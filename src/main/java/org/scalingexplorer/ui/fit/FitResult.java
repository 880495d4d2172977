package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Optional;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FormChoice;
import org.scalingexplorer.engine.fit.HoldoutReport;
import org.scalingexplorer.engine.fit.LawFitOutcome;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.engine.fit.TrustWarning;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * The outcome of one fit as the view shows it. {@code parameters} are the law's constants and
 * exponents; {@code extrapolation} the predictions at the target budget. {@code converged} and
 * {@code status} come from the engine ("did not converge: ..." when the minimiser gave up);
 * {@code holdout} (held-out runs with their predictions and 95% intervals), {@code bootstrap} and
 * {@code ranking} (the cross-validated comparison of forms) are null when not asked for;
 * {@code skippedGroups} lists Approach 2's budgets that gave no parabola, and why; {@code warnings}
 * what not to trust, each naming its runs. {@code comparison} holds the other objective's fit when
 * both were asked for, else null; {@code outcome} the engine's whole fit (null for Approach 2).
 */
public record FitResult(FitRequest request, int fittedRuns, int excludedRuns, List<ParameterEstimate> parameters,
                        List<ParameterEstimate> extrapolation, boolean converged, String status,
                        HoldoutReport holdout, BootstrapSummary bootstrap, List<String> skippedGroups,
                        List<TrustWarning> warnings, FormChoice.Ranking ranking, FitPlot plot,
                        FitComparison comparison, LawFitOutcome outcome) {

    /** How many resamples the bootstrap drew, how many could not be fitted and how many stopped unconverged. */
    public record BootstrapSummary(int resamples, int failed, int unconverged) {
    }

    public FitResult {
        parameters = List.copyOf(parameters);
        extrapolation = List.copyOf(extrapolation);
        skippedGroups = List.copyOf(skippedGroups);
        warnings = List.copyOf(warnings);
    }

    /** Whether a free Chinchilla-form fit with a compute-optimal law exists, so next runs can be suggested. */
    public boolean canAdviseNextRuns() {
        return outcome != null && outcome.form() == ChinchillaForm.FREE && outcome.fit().chinchillaLaw().isPresent();
    }

    /** The fitted law as E + A/N^alpha + B/D^beta, present only for the Chinchilla forms (free or tied). */
    public Optional<ChinchillaLaw> chinchillaLaw() {
        return outcome == null ? Optional.empty() : outcome.fit().chinchillaLaw();
    }

    /** The form fitted ("chinchilla", "kaplan", ...), or "approach2". */
    public String formId() {
        return outcome == null ? "approach2" : outcome.form().id();
    }

    public ParameterEstimate parameter(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst()
                .or(() -> extrapolation.stream().filter(p -> p.key().equals(key)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the fit has no " + key));
    }
}
