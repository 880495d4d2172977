package org.scalingexplorer.ui.curves;

import java.util.List;
import org.scalingexplorer.engine.curves.LearningRateSchedule;
import org.scalingexplorer.engine.curves.ScheduleLawFit;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;

/**
 * The schedule law fitted on one or two curves of a size, and what it says: the fitted curves with
 * the law through them, the curve it predicts for another schedule (and the observed one, where the
 * file has a run of that schedule), the final loss it predicts for every other run of the size, and
 * the truncated-cosine trap on the size's cosine runs. {@code problem} says why there is no fit;
 * {@code trapProblem} why there is no trap.
 */
public record ScheduleLawResult(ScheduleLawFit fit, List<Trace> fitted, LearningRateSchedule target, Trace predicted,
                                Trace observed, List<Prediction> predictions, TruncatedCosineTrap trap, String trapLongRun,
                                int trapPeakGroupRuns, String trapProblem, String problem) {

    /** Losses at steps: a curve as observed, or as the law gives it. */
    public record Trace(String name, double[] steps, double[] losses, double[] lawLosses) {
    }

    /** One other run of the size: its schedule's length and peak, the predicted and the observed final loss (NaN: not finished). */
    public record Prediction(String run, long totalSteps, double peakLr, double predicted, double observed) {
        public double error() {
            return predicted - observed;
        }
    }

    public ScheduleLawResult {
        fitted = fitted == null ? List.of() : List.copyOf(fitted);
        predictions = predictions == null ? List.of() : List.copyOf(predictions);
    }

    static ScheduleLawResult failed(String problem) {
        return new ScheduleLawResult(null, List.of(), null, null, null, List.of(), null, null, 0, null, problem);
    }

    public boolean hasFit() {
        return fit != null;
    }

    /** The mean absolute error of the predicted final losses over the runs that finished. */
    public double meanAbsoluteError() {
        return predictions.stream().filter(p -> !Double.isNaN(p.observed())).mapToDouble(p -> Math.abs(p.error()))
                .average().orElse(Double.NaN);
    }

    /**
     * The same over the runs at the fitted run's peak learning rate: the law is fitted at one peak, and
     * runs at another test more than the schedule.
     */
    public double meanAbsoluteErrorAtPeak() {
        double peak = target == null ? Double.NaN : target.peak();
        return predictions.stream().filter(p -> !Double.isNaN(p.observed()) && p.peakLr() == peak)
                .mapToDouble(p -> Math.abs(p.error())).average().orElse(Double.NaN);
    }
}
