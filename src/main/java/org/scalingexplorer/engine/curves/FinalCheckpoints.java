package org.scalingexplorer.engine.curves;

import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Turns curves into the runs the Approach 2 and 3 fitters take: one {@link TrainingRun} per curve
 * from its last checkpoint, or only from curves that finished their schedule; or, to show the
 * schedule pitfall, one run per checkpoint read before its schedule ended.
 */
public final class FinalCheckpoints {

    /** The runs, and for each curve left out, why. */
    public record Selection(List<TrainingRun> runs, List<String> skipped) {
        public Selection {
            runs = List.copyOf(runs);
            skipped = List.copyOf(skipped);
        }
    }

    private FinalCheckpoints() {
    }

    /**
     * Each curve's last checkpoint as a run named after the curve. With {@code finishedOnly}, curves
     * that stopped before their scheduled total (or whose schedule is unknown) are left out.
     */
    public static Selection select(List<LearningCurve> curves, boolean finishedOnly) {
        List<TrainingRun> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (LearningCurve curve : curves) {
            if (finishedOnly && !curve.finished()) {
                skipped.add(curve.name() + ": " + (curve.scheduleKnown()
                        ? "stopped at step " + curve.step(curve.last()) + " of " + curve.totalSteps()
                        : "scheduled length unknown (no total_steps)"));
                continue;
            }
            String missing = missing(curve, curve.last());
            if (missing != null) {
                skipped.add(curve.name() + ": " + missing);
                continue;
            }
            runs.add(run(curve, curve.last(), curve.name()));
        }
        return new Selection(runs, skipped);
    }

    /**
     * Every checkpoint read before its run's schedule ended, as a run of its own: what a fit sees
     * when it reads losses off a long schedule in the middle, as Kaplan et al. 2020 did.
     */
    public static Selection midSchedule(List<LearningCurve> curves) {
        List<TrainingRun> runs = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (LearningCurve curve : curves) {
            for (int i = 0; i < curve.size(); i++) {
                if (!curve.isMidSchedule(i)) {
                    continue;
                }
                String missing = missing(curve, i);
                if (missing != null) {
                    skipped.add(curve.name() + " at step " + curve.step(i) + ": " + missing);
                    continue;
                }
                runs.add(run(curve, i, curve.name() + "@" + (long) curve.step(i)));
            }
        }
        return new Selection(runs, skipped);
    }

    private static String missing(LearningCurve curve, int i) {
        if (!curve.hasParams()) {
            return "no params";
        }
        if (!(curve.tokens(i) > 0)) {
            return "no tokens";
        }
        if (!(curve.flops(i) > 0)) {
            return "no flops";
        }
        return null;
    }

    private static TrainingRun run(LearningCurve curve, int i, String name) {
        return new TrainingRun(curve.params(), curve.tokens(i), curve.flops(i), curve.loss(i), Double.NaN, "", name);
    }
}
