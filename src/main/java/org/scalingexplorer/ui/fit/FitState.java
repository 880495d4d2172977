package org.scalingexplorer.ui.fit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * The Fit view's work in a session: the imported runs (in the session's "imported_runs"), and the fit
 * settings with a summary of the estimates (in "fit_results"). Opening such a session shows the runs
 * and fits them again; the bootstrap is seeded, so the estimates come back as they were saved.
 */
final class FitState implements ViewState<FitViewModel> {
    static final FitState STATE = new FitState();
    /** View settings a lesson may set: the extrapolation budget and the hold-out cut-off (0: none). */
    static final String TARGET_FLOPS_SETTING = "fit.target_flops";
    static final String HOLDOUT_FLOPS_SETTING = "fit.holdout_flops";
    private static final System.Logger LOG = System.getLogger(FitState.class.getName());
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FitState() {
    }

    @Override
    public void register(FitViewModel fit, ViewSettings settings) {
        settings.register(TARGET_FLOPS_SETTING, fit.settings().targetFlopsProperty());
        settings.register(HOLDOUT_FLOPS_SETTING, fit.settings().holdoutFlopsProperty());
    }

    /** The fit itself is derived (seeded) from the runs and these settings: they are the work. */
    @Override
    public List<Observable> changes(FitViewModel fit) {
        return List.of(fit.loadedProperty(), fit.settings().approachProperty(), fit.settings().powerLawVariableProperty(),
                fit.settings().excludeHighestLossProperty(), fit.settings().resamplesProperty(), fit.settings().objectiveKindProperty(),
                fit.settings().envelopeLambdaProperty(), fit.settings().compareObjectivesProperty(),
                fit.settings().formProperty(), fit.settings().compareFormsProperty(),
                fit.settings().holdoutAxisProperty(), fit.settings().holdoutFlopsProperty(),
                fit.settings().holdoutGroupProperty());
    }

    @Override
    public Session save(FitViewModel fit, Session session) {
        if (fit.loaded() == null) {
            return session;
        }
        ArrayNode runs = JSON.arrayNode();
        for (TrainingRun run : fit.loaded().runs()) {
            ObjectNode row = runs.addObject();
            row.put("params", run.params());
            row.put("tokens", run.tokens());
            row.put("flops", run.flops());
            row.put("loss", run.loss());
            if (run.hasUniqueTokens()) {
                row.put("unique_tokens", run.uniqueTokens());
            }
            if (run.hasGroup()) {
                row.put("group", run.group());
            }
            if (!run.name().isEmpty()) {
                row.put("name", run.name());
            }
        }
        ArrayNode fits = JSON.arrayNode();
        ObjectNode settings = fits.addObject();
        settings.put("source", fit.loaded().source());
        settings.put("sample", fit.loaded().sample());
        settings.put("approach", fit.settings().approachProperty().get().name());
        settings.put("power_law_variable", fit.settings().powerLawVariableProperty().get().name());
        settings.put("exclude_highest_loss", fit.settings().excludeHighestLossProperty().get());
        settings.put("resamples", fit.settings().resamplesProperty().get());
        settings.put("objective", fit.settings().objectiveKindProperty().get().name());
        settings.put("envelope_lambda", fit.settings().envelopeLambdaProperty().get());
        settings.put("compare_objectives", fit.settings().compareObjectivesProperty().get());
        settings.put("form", fit.settings().formProperty().get());
        settings.put("compare_forms", fit.settings().compareFormsProperty().get());
        settings.put("holdout_axis", fit.settings().holdoutAxisProperty().get().id());
        settings.put("holdout_cutoff", fit.settings().holdoutFlopsProperty().get());
        settings.put("holdout_group", fit.settings().holdoutGroupProperty().get());
        FitResult result = fit.result();
        settings.put("fitted", result != null);
        if (result != null) {
            ObjectNode estimates = settings.putObject("estimates");
            for (ParameterEstimate estimate : result.parameters()) {
                ObjectNode value = estimates.putObject(estimate.key());
                value.put("value", estimate.value());
                if (estimate.hasInterval()) {
                    value.put("ci95_low", estimate.ci95().low());
                    value.put("ci95_high", estimate.ci95().high());
                }
            }
        }
        return session.withFitWork(runs, fits);
    }

    /**
     * Puts a session's runs back into the Fit view and fits them again if the session had a fit.
     * Rows that are not valid runs (a hand-edited file) are passed over.
     */
    @Override
    public void restore(FitViewModel fit, Session session) {
        if (session.importedRuns().isEmpty()) {
            return;
        }
        List<TrainingRun> runs = new ArrayList<>();
        for (JsonNode row : session.importedRuns()) {
            try {
                runs.add(new TrainingRun(row.path("params").asDouble(), row.path("tokens").asDouble(),
                        row.path("flops").asDouble(), row.path("loss").asDouble(),
                        row.has("unique_tokens") ? row.get("unique_tokens").asDouble() : Double.NaN,
                        row.path("group").asText(""), row.path("name").asText("")));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session run passed over: " + e.getMessage());
            }
        }
        JsonNode settings = session.fitResults().isEmpty() ? JSON.objectNode() : session.fitResults().get(0);
        fit.restoreRuns(settings.path("source").asText("session"), settings.path("sample").asBoolean(false), runs);
        if (settings.has("approach")) {
            try {
                fit.settings().approachProperty().set(FitApproach.valueOf(settings.get("approach").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session fit approach passed over: " + settings.get("approach"));
            }
        }
        if (settings.has("power_law_variable")) {
            try {
                fit.settings().powerLawVariableProperty().set(FitVariable.valueOf(settings.get("power_law_variable").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session fit variable passed over: "
                        + settings.get("power_law_variable"));
            }
        }
        if (settings.has("exclude_highest_loss")) {
            fit.settings().excludeHighestLossProperty().set(Math.max(0, settings.get("exclude_highest_loss").asInt()));
        }
        if (settings.has("resamples")) {
            fit.settings().resamplesProperty().set(Math.max(0, settings.get("resamples").asInt()));
        }
        if (settings.has("objective")) {
            try {
                fit.settings().objectiveKindProperty().set(Approach3Objective.Kind.valueOf(settings.get("objective").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session fit objective passed over: " + settings.get("objective"));
            }
        }
        if (settings.has("envelope_lambda")) {
            fit.settings().submitEnvelopeLambda(settings.get("envelope_lambda").asText());
        }
        if (settings.has("compare_objectives")) {
            fit.settings().compareObjectivesProperty().set(settings.get("compare_objectives").asBoolean());
        }
        restoreFormAndHoldout(fit, settings);
    }

    /** The law form, the comparison of forms and the hold-out; values no fit could use are passed over. */
    private static void restoreFormAndHoldout(FitViewModel fit, JsonNode settings) {
        if (settings.has("form") && fit.forms().contains(settings.get("form").asText())) {
            fit.settings().formProperty().set(settings.get("form").asText());
        }
        if (settings.has("compare_forms")) {
            fit.settings().compareFormsProperty().set(settings.get("compare_forms").asBoolean());
        }
        if (settings.has("holdout_axis")) {
            try {
                fit.settings().holdoutAxisProperty().set(HoldoutAxis.fromId(settings.get("holdout_axis").asText()));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "Session hold-out axis passed over: " + settings.get("holdout_axis"));
            }
        }
        if (settings.has("holdout_cutoff")) {
            fit.settings().holdoutFlopsProperty().set(settings.get("holdout_cutoff").asDouble());
        }
        if (settings.has("holdout_group")) {
            fit.settings().holdoutGroupProperty().set(settings.get("holdout_group").asText(""));
        }
    }

    @Override
    public void resume(FitViewModel fit, Session session) {
        JsonNode settings = session.fitResults().isEmpty() ? JSON.objectNode() : session.fitResults().get(0);
        if (settings.path("fitted").asBoolean(false) && !fit.runs().isEmpty()) {
            fit.fit();
        }
    }
}
