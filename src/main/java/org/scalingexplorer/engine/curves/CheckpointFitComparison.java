package org.scalingexplorer.engine.curves;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The same fit on two readings of one set of curves, side by side: every checkpoint read before
 * its schedule ended, and the last checkpoint of every curve that finished. Reading losses in the
 * middle of long schedules is the pitfall of science.md section 6; the two exponents show how far
 * it moves the allocation.
 */
public record CheckpointFitComparison(String approach, Side midSchedule, Side finished) {

    /** One reading: how many runs it gave and the allocation exponents fitted to them (empty when undefined). */
    public record Side(int runs, OptionalDouble aExponent, OptionalDouble bExponent) {
    }

    /** Approach 3 (Hoffmann's parametric fit) on both readings. */
    public static CheckpointFitComparison approach3(List<LearningCurve> curves, Approach3Fitter fitter) {
        return compare("3", curves, runs -> {
            Approach3Fit fit = fitter.fit(runs);
            return new Side(runs.size(), fit.aExponent(), fit.bExponent());
        });
    }

    /** Approach 2 (isoFLOP parabolas, runs grouped by compute) on both readings. */
    public static CheckpointFitComparison approach2(List<LearningCurve> curves, IsoFlopFitter fitter) {
        return compare("2", curves, runs -> {
            Approach2Fit fit = fitter.fit(runs);
            return new Side(runs.size(), OptionalDouble.of(fit.aExponent()), OptionalDouble.of(fit.bExponent()));
        });
    }

    private static CheckpointFitComparison compare(String approach, List<LearningCurve> curves,
                                                   Function<List<TrainingRun>, Side> fit) {
        List<TrainingRun> mid = FinalCheckpoints.midSchedule(curves).runs();
        List<TrainingRun> finished = FinalCheckpoints.select(curves, true).runs();
        if (mid.isEmpty()) {
            throw new IllegalArgumentException("no checkpoint was read before its schedule ended "
                    + "(the comparison needs step and total_steps columns)");
        }
        if (finished.isEmpty()) {
            throw new IllegalArgumentException("no curve finished its schedule (the comparison needs step and "
                    + "total_steps columns, and runs that reached their total)");
        }
        return new CheckpointFitComparison(approach, fit.apply(mid), fit.apply(finished));
    }
}
