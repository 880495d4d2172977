package org.scalingexplorer.ui.fit;

import java.util.List;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * What to fit, captured when a fit starts so the background thread works on one consistent set of
 * inputs while the controls stay editable. {@code holdoutFlops} of 0 means no hold-out;
 * {@code resamples} of 0 means no bootstrap. {@code powerLawVariable} is used by the power law only;
 * {@code objective} and {@code compareObjectives} (fit the other objective too) by Approach 3 only.
 */
public record FitRequest(List<TrainingRun> runs, FitApproach approach, FitVariable powerLawVariable,
                         int excludeHighestLoss, int resamples, double targetFlops, double holdoutFlops, long seed,
                         Approach3Objective objective, boolean compareObjectives) {

    /** A request with Approach 3's default objective (log-Huber) and no comparison. */
    public FitRequest(List<TrainingRun> runs, FitApproach approach, FitVariable powerLawVariable,
                      int excludeHighestLoss, int resamples, double targetFlops, double holdoutFlops, long seed) {
        this(runs, approach, powerLawVariable, excludeHighestLoss, resamples, targetFlops, holdoutFlops, seed,
                Approach3Objective.LOG_HUBER, false);
    }

    public FitRequest {
        runs = List.copyOf(runs);
        if (objective == null) {
            throw new IllegalArgumentException("Approach 3's objective is missing");
        }
        if (excludeHighestLoss < 0) {
            throw new IllegalArgumentException("the number of highest-loss runs to exclude must be 0 or more, got "
                    + excludeHighestLoss);
        }
        if (resamples < 0 || resamples == 1) {
            throw new IllegalArgumentException("bootstrap resamples must be 0 (none) or at least 2, got " + resamples);
        }
        if (!(targetFlops > 0) || Double.isInfinite(targetFlops)) {
            throw new IllegalArgumentException("the target budget must be a positive number of FLOPs, got " + targetFlops);
        }
        if (!(holdoutFlops >= 0) || Double.isInfinite(holdoutFlops)) {
            throw new IllegalArgumentException("the hold-out cut-off must be 0 (none) or a positive number of FLOPs, got "
                    + holdoutFlops);
        }
    }

    /** Whether Approach 3 is also fitted with the other objective, for the comparison. */
    public boolean compares() {
        return compareObjectives && approach == FitApproach.APPROACH_3;
    }

    public boolean holdsOut() {
        return holdoutFlops > 0 && approach.predictsLoss();
    }

    /** The quantity on the x axis of the data and residual charts. */
    public FitVariable xVariable() {
        return approach == FitApproach.POWER_LAW ? powerLawVariable : FitVariable.PARAMS;
    }
}
