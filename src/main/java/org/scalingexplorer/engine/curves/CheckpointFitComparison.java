package org.scalingexplorer.engine.curves;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.IsoFlopProfile;
import org.scalingexplorer.engine.fit.PowerLaw;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The same fit on two readings of one set of curves, side by side: every checkpoint read before
 * its schedule ended, and the last checkpoint of every curve that finished. Reading losses in the
 * middle of long schedules is the pitfall of science.md section 6; the two exponents show how far
 * it moves the allocation.
 */
public record CheckpointFitComparison(String approach, Side midSchedule, Side finished) {

    /**
     * One reading: how many runs it gave, the allocation exponents fitted to them (empty when
     * undefined), and for Approach 2 the compute-optimal sizes found at each budget ({@code optimumFlops},
     * {@code optimumParams}) and the power law through them (null for Approach 3).
     */
    public record Side(int runs, OptionalDouble aExponent, OptionalDouble bExponent, double[] optimumFlops,
                       double[] optimumParams, PowerLaw paramsLaw) {
        public Side {
            optimumFlops = optimumFlops.clone();
            optimumParams = optimumParams.clone();
        }
    }

    /** Approach 3 (Hoffmann's parametric fit) on both readings. */
    public static CheckpointFitComparison approach3(List<LearningCurve> curves, Approach3Fitter fitter) {
        return compare("3", curves, runs -> {
            Approach3Fit fit = fitter.fit(runs);
            return new Side(runs.size(), fit.aExponent(), fit.bExponent(), new double[0], new double[0], null);
        });
    }

    /** Approach 2 (isoFLOP parabolas, runs grouped by compute) on both readings. */
    public static CheckpointFitComparison approach2(List<LearningCurve> curves, IsoFlopFitter fitter) {
        return compare("2", curves, runs -> {
            Approach2Fit fit = fitter.fit(runs);
            double[] flops = fit.profiles().stream().mapToDouble(IsoFlopProfile::flops).toArray();
            double[] params = fit.profiles().stream().mapToDouble(IsoFlopProfile::optimalParams).toArray();
            return new Side(runs.size(), OptionalDouble.of(fit.aExponent()), OptionalDouble.of(fit.bExponent()), flops,
                    params, fit.paramsLaw());
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
