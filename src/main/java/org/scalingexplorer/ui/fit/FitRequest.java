package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.fit.FitSpec;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.FlopsCount;
import org.scalingexplorer.engine.fit.FormChoice;
import org.scalingexplorer.engine.fit.FormFitter;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.HoldoutSpec;
import org.scalingexplorer.engine.fit.LawForm;
import org.scalingexplorer.engine.fit.PowerLawForm;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * What to fit, captured when a fit starts so the background thread works on one consistent set of
 * inputs while the controls stay editable. {@code holdout} is null for no hold-out; {@code resamples}
 * of 0 means no bootstrap (a hold-out still gets the pipeline's resamples for its prediction
 * intervals). {@code powerLawVariable} is used by the power law only; {@code formId},
 * {@code compareForms}, {@code objective} and {@code compareObjectives} (fit the other objective
 * too) by the law forms of Approach 3 only.
 */
public record FitRequest(List<TrainingRun> runs, FitApproach approach, FitVariable powerLawVariable, String formId,
                         boolean compareForms, int excludeHighestLoss, int resamples, double targetFlops,
                         HoldoutSpec holdout, long seed, Approach3Objective objective, boolean compareObjectives) {

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
    }

    /** Whether Approach 3 is also fitted with the other objective, for the comparison. */
    public boolean compares() {
        return compareObjectives && approach == FitApproach.APPROACH_3;
    }

    public boolean holdsOut() {
        return holdout != null && approach.predictsLoss();
    }

    /** The quantity on the x axis of the data and residual charts. */
    public FitVariable xVariable() {
        return approach == FitApproach.POWER_LAW ? powerLawVariable : FitVariable.PARAMS;
    }

    /** The form asked for: the power law against its variable, else the chosen law form. */
    public LawForm form() {
        return approach == FitApproach.POWER_LAW ? new PowerLawForm(powerLawVariable)
                : LawForm.byId(formId, powerLawVariable);
    }

    /** The engine's fit of this request: one form, or the candidates compared by cross-validation. */
    public FitSpec spec() {
        boolean comparing = compareForms && approach == FitApproach.APPROACH_3;
        return new FitSpec(comparing ? null : form(),
                comparing ? FormChoice.candidates(runs, powerLawVariable) : List.of(), objective.penalty(), Map.of(),
                holdsOut() ? holdout : null, resamples, seed, FormFitter.Search.FAST, excludeHighestLoss,
                FlopsCount.FILE);
    }

    /** The hold-out of the settings: above {@code cutoff} along a size axis, or one group; null when off. */
    static HoldoutSpec holdout(HoldoutAxis axis, double cutoff, String group) {
        if (axis == HoldoutAxis.GROUP) {
            return group == null || group.isBlank() ? null : HoldoutSpec.group(group);
        }
        return cutoff > 0 ? HoldoutSpec.above(axis, cutoff) : null;
    }
}
