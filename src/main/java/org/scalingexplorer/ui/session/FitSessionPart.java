package org.scalingexplorer.ui.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.fit.Approach3Objective;
import org.scalingexplorer.ui.fit.FitApproach;
import org.scalingexplorer.ui.fit.FitResult;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.fit.ParameterEstimate;

/**
 * The Fit view's work in a session: the imported runs (in the session's "imported_runs"), and the fit
 * settings with a summary of the estimates (in "fit_results"). Opening such a session shows the runs
 * and fits them again; the bootstrap is seeded, so the estimates come back as they were saved.
 */
public final class FitSessionPart {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FitSessionPart() {
    }

    public static Session capture(Session session, FitViewModel fit) {
        if (fit == null || fit.loaded() == null) {
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
        settings.put("approach", fit.approachProperty().get().name());
        settings.put("exclude_highest_loss", fit.excludeHighestLossProperty().get());
        settings.put("resamples", fit.resamplesProperty().get());
        settings.put("objective", fit.objectiveKindProperty().get().name());
        settings.put("envelope_lambda", fit.envelopeLambdaProperty().get());
        settings.put("compare_objectives", fit.compareObjectivesProperty().get());
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
    public static void apply(Session session, FitViewModel fit) {
        if (fit == null || session.importedRuns().isEmpty()) {
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
                System.err.println("Session run passed over: " + e.getMessage());
            }
        }
        JsonNode settings = session.fitResults().isEmpty() ? JSON.objectNode() : session.fitResults().get(0);
        fit.restoreRuns(settings.path("source").asText("session"), settings.path("sample").asBoolean(false), runs);
        if (settings.has("approach")) {
            try {
                fit.approachProperty().set(FitApproach.valueOf(settings.get("approach").asText()));
            } catch (IllegalArgumentException e) {
                System.err.println("Session fit approach passed over: " + settings.get("approach"));
            }
        }
        if (settings.has("exclude_highest_loss")) {
            fit.excludeHighestLossProperty().set(Math.max(0, settings.get("exclude_highest_loss").asInt()));
        }
        if (settings.has("resamples")) {
            fit.resamplesProperty().set(Math.max(0, settings.get("resamples").asInt()));
        }
        if (settings.has("objective")) {
            try {
                fit.objectiveKindProperty().set(Approach3Objective.Kind.valueOf(settings.get("objective").asText()));
            } catch (IllegalArgumentException e) {
                System.err.println("Session fit objective passed over: " + settings.get("objective"));
            }
        }
        if (settings.has("envelope_lambda")) {
            fit.submitEnvelopeLambda(settings.get("envelope_lambda").asText());
        }
        if (settings.has("compare_objectives")) {
            fit.compareObjectivesProperty().set(settings.get("compare_objectives").asBoolean());
        }
        if (settings.path("fitted").asBoolean(false) && !runs.isEmpty()) {
            fit.fit();
        }
    }
}
