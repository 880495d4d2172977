package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * What the fitting pipeline produced. {@code fit} is fitted on {@code train} only (with a hold-out,
 * the held-out runs never touch a reported constant); {@code bootstrap} is null without resamples;
 * {@code holdout} null without a hold-out; {@code ranking} null unless forms were compared.
 * {@code rSquared} is 1 - SS_res/SS_tot of the loss over the training runs.
 */
public record LawFitOutcome(FormFit fit, List<TrainingRun> train, int excludedRuns, FormBootstrap.Samples bootstrap,
                            HoldoutReport holdout, FormChoice.Ranking ranking, List<TrustWarning> warnings,
                            double rSquared) {

    public LawFitOutcome {
        train = List.copyOf(train);
        warnings = List.copyOf(warnings);
    }

    public LawForm form() {
        return fit.form();
    }

    public Map<String, Double> constants() {
        return fit.constants();
    }

    /** 95% bootstrap interval of a constant, or null without a bootstrap. */
    public Interval interval(String constant) {
        return bootstrap == null ? null : bootstrap.interval(constant);
    }
}
