package org.scalingexplorer.ui.recipe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.recipe.CorrectionStepExponent;
import org.scalingexplorer.engine.recipe.mup.MupGrid;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.WidthCurve;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the Recipe view keeps in a session. Named settings a lesson may set: {@code recipe.panel} (the
 * tab, 0 to 5 in the order batch, hyper, mup, shapes, reconcile, balance), {@code recipe.flops},
 * {@code recipe.batch_tokens}, {@code recipe.window_from_log10_params} and
 * {@code recipe.window_to_log10_params}. Its own JSON: the vocabulary and tying of the shape search,
 * the muP sweep it shows (every loss, so a reopened session shows it without training again) and the
 * correction steps of the real-runs file it shows (the app keeps the numbers, not the file).
 */
final class RecipeState implements ViewState<RecipeViewModel> {
    static final RecipeState STATE = new RecipeState();
    private static final String ID = "recipe";
    private static final System.Logger LOG = System.getLogger(RecipeState.class.getName());

    private RecipeState() {
    }

    @Override
    public void register(RecipeViewModel viewModel, ViewSettings settings) {
        settings.register("recipe.panel", viewModel.panelProperty(), () -> viewModel.panelProperty().get().ordinal(),
                value -> {
                    if (value != Math.rint(value) || value < 0 || value >= RecipePanel.values().length) {
                        throw new IllegalArgumentException("setting recipe.panel must be a whole number from 0 to "
                                + (RecipePanel.values().length - 1) + ", got " + value);
                    }
                    viewModel.panelProperty().set(RecipePanel.at(value));
                });
        settings.excludeFromUndo("recipe.panel");
        settings.register("recipe.flops", viewModel.budget());
        settings.register("recipe.batch_tokens", viewModel.batch());
        registerWindowEdge(settings, "recipe.window_from_log10_params", viewModel.log10WindowFromProperty());
        registerWindowEdge(settings, "recipe.window_to_log10_params", viewModel.log10WindowToProperty());
    }

    private static void registerWindowEdge(ViewSettings settings, String key, DoubleProperty edge) {
        settings.register(key, edge, edge::get, value -> {
            if (value < ReconcilePanel.LOG10_PARAMS_MIN || value > ReconcilePanel.LOG10_PARAMS_MAX) {
                throw new IllegalArgumentException("setting " + key + " must be between "
                        + ReconcilePanel.LOG10_PARAMS_MIN + " and " + ReconcilePanel.LOG10_PARAMS_MAX + ", got " + value);
            }
            edge.set(value);
        });
    }

    @Override
    public Session save(RecipeViewModel viewModel, Session session) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.put("vocabulary", viewModel.vocabularyProperty().get());
        state.put("tied_embeddings", viewModel.tiedEmbeddingsProperty().get());
        MupResult mup = viewModel.mup().result();
        if (mup != null) {
            state.set("mup", json(mup));
        }
        CorrectionSteps.Loaded loaded = viewModel.correctionSteps().loaded();
        if (loaded != null) {
            ObjectNode steps = state.putObject("correction_steps");
            steps.put("file", loaded.fileName());
            steps.put("dataset", viewModel.correctionSteps().datasetProperty().get());
            ArrayNode list = steps.putArray("steps");
            loaded.steps().forEach(step -> list.add(json(step)));
        }
        return session.withViewState(ID, state);
    }

    @Override
    public void restore(RecipeViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(ID);
        if (state.has("vocabulary") && !viewModel.submitVocabulary(state.get("vocabulary").asText())) {
            LOG.log(System.Logger.Level.WARNING, "Session vocabulary passed over: " + state.get("vocabulary"));
        }
        if (state.has("tied_embeddings")) {
            viewModel.tiedEmbeddingsProperty().set(state.get("tied_embeddings").asBoolean());
        }
        try {
            if (state.has("mup")) {
                viewModel.mup().restore(mup(state.get("mup")));
            }
            if (state.has("correction_steps")) {
                JsonNode steps = state.get("correction_steps");
                List<CorrectionStepExponent> list = new ArrayList<>();
                for (JsonNode step : steps.path("steps")) {
                    list.add(step(step));
                }
                viewModel.correctionSteps().datasetProperty().set(steps.path("dataset").asText());
                viewModel.correctionSteps().show(new CorrectionSteps.Loaded(steps.path("file").asText(), list));
            }
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            LOG.log(System.Logger.Level.WARNING, "Session recipe results passed over: " + e.getMessage());
        }
    }

    @Override
    public List<Observable> changes(RecipeViewModel viewModel) {
        return List.of(viewModel.vocabularyProperty(), viewModel.tiedEmbeddingsProperty(),
                viewModel.mup().resultProperty(), viewModel.correctionSteps().loadedProperty(),
                viewModel.correctionSteps().datasetProperty());
    }

    private static ObjectNode json(MupResult result) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        MupGrid grid = result.grid();
        ArrayNode widths = node.putArray("widths");
        for (int width : grid.widths()) {
            widths.add(width);
        }
        numbers(node.putArray("learning_rates"), grid.learningRates());
        node.put("seed", grid.seed());
        node.put("steps", grid.steps());
        node.put("batch", grid.batch());
        node.put("diverged_loss", result.divergedLoss());
        node.put("seconds", result.seconds());
        curves(node.putArray("sp"), result.standard());
        curves(node.putArray("mup"), result.mup());
        return node;
    }

    private static void curves(ArrayNode array, List<WidthCurve> curves) {
        for (WidthCurve curve : curves) {
            ObjectNode row = array.addObject();
            numbers(row.putArray("losses"), curve.losses());
            ArrayNode diverged = row.putArray("diverged");
            for (boolean flag : curve.diverged()) {
                diverged.add(flag);
            }
        }
    }

    /** A sweep as saved; the grid is checked as a new one would be, and every width needs its curve. */
    private static MupResult mup(JsonNode node) {
        int[] widths = new int[node.path("widths").size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = node.path("widths").get(i).asInt();
        }
        MupGrid grid = new MupGrid(widths, numbers(node.path("learning_rates")), node.path("seed").asLong(),
                node.path("steps").asInt(), node.path("batch").asInt());
        return new MupResult(grid, curves(node.path("sp"), grid), curves(node.path("mup"), grid),
                node.path("diverged_loss").asDouble(), node.path("seconds").asDouble());
    }

    private static List<WidthCurve> curves(JsonNode array, MupGrid grid) {
        if (array.size() != grid.widths().length) {
            throw new IllegalArgumentException("muP sweep has " + array.size() + " curves for "
                    + grid.widths().length + " widths");
        }
        List<WidthCurve> curves = new ArrayList<>();
        for (int w = 0; w < array.size(); w++) {
            JsonNode row = array.get(w);
            boolean[] diverged = new boolean[row.path("diverged").size()];
            for (int i = 0; i < diverged.length; i++) {
                diverged[i] = row.path("diverged").get(i).asBoolean();
            }
            curves.add(new WidthCurve(grid.widths()[w], grid.learningRates(), numbers(row.path("losses")), diverged));
        }
        return curves;
    }

    private static ObjectNode json(CorrectionStepExponent step) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("dataset", step.dataset());
        node.put("configuration", step.configuration());
        node.put("runs", step.runs());
        numbers(node.putArray("flops"), step.flops());
        numbers(node.putArray("optimal_params"), step.optimalParams());
        node.put("exponent", step.exponent());
        node.put("ci_low", step.ci95().low());
        node.put("ci_high", step.ci95().high());
        node.put("skipped_budgets", step.skippedBudgets());
        return node;
    }

    private static CorrectionStepExponent step(JsonNode node) {
        double[] flops = numbers(node.path("flops"));
        double[] params = numbers(node.path("optimal_params"));
        if (flops.length != params.length) {
            throw new IllegalArgumentException("a correction step needs one optimum per budget");
        }
        return new CorrectionStepExponent(node.path("dataset").asText(), node.path("configuration").asText(),
                node.path("runs").asInt(), flops, params, node.path("exponent").asDouble(),
                new Interval(node.path("ci_low").asDouble(), node.path("ci_high").asDouble()),
                node.path("skipped_budgets").asInt());
    }

    private static void numbers(ArrayNode array, double[] values) {
        for (double value : values) {
            array.add(value);
        }
    }

    private static double[] numbers(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
