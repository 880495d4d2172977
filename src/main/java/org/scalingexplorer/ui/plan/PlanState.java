package org.scalingexplorer.ui.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.ViewState;

/**
 * What the Plan view keeps in a session: its design, the design of the study it shows (with the true
 * law's constants then) and of the objective comparison it shows, and the shapes' target. Opening the
 * session runs the study and the comparison again from their designs: they are seeded, so the numbers
 * come back as they were.
 */
final class PlanState implements ViewState<PlanViewModel> {
    static final PlanState STATE = new PlanState();
    private static final System.Logger LOG = System.getLogger(PlanState.class.getName());

    private PlanState() {
    }

    /**
     * The design's numbers as named settings too: Edit > Undo puts back a typed value, and a lesson may
     * set one. Each goes through the field's own parsing, so a setting refuses what the field refuses.
     */
    @Override
    public void register(PlanViewModel plan, ViewSettings settings) {
        number(settings, "plan.smallest_budget_flops", plan.smallestBudgetProperty(), plan::submitSmallestBudget);
        number(settings, "plan.largest_budget_flops", plan.largestBudgetProperty(), plan::submitLargestBudget);
        number(settings, "plan.budget_count", plan.budgetCountProperty(), plan::submitBudgetCount);
        number(settings, "plan.runs_per_budget", plan.perBudgetProperty(), plan::submitPerBudget);
        number(settings, "plan.noise", plan.noiseProperty(), plan::submitNoise);
        number(settings, "plan.lambda", plan.lambdaProperty(), plan::submitLambda);
        number(settings, "plan.target_flops", plan.targetFlopsProperty(), plan::submitTargetFlops);
        number(settings, "plan.seed", plan.seedProperty(), plan::submitSeed);
        number(settings, "plan.repetitions", plan.repetitionsProperty(), plan::submitRepetitions);
        number(settings, "plan.shape_params", plan.shapeParamsProperty(), plan::submitShapeParams);
        number(settings, "plan.vocabulary", plan.vocabularyProperty(), plan::submitVocabulary);
    }

    private static void number(ViewSettings settings, String key, javafx.beans.value.ObservableNumberValue value,
                               java.util.function.Predicate<String> submit) {
        settings.register(key, value, value::doubleValue, number -> {
            String typed = number == Math.rint(number) && Math.abs(number) < 1e15
                    ? Long.toString((long) number) : Double.toString(number);
            if (!submit.test(typed)) {
                throw new IllegalArgumentException("setting " + key + " must be a number its field takes, got " + number);
            }
        });
    }

    @Override
    public Session save(PlanViewModel plan, Session session) {
        ObjectNode state = JsonNodeFactory.instance.objectNode();
        state.set("design", json(plan.design()));
        if (plan.shownStudy() != null) {
            state.set("study", json(plan.shownStudy()));
        }
        if (plan.shownComparison() != null) {
            state.set("comparison", json(plan.shownComparison()));
        }
        state.put("shape_params", plan.shapeParamsProperty().get());
        state.put("vocabulary", plan.vocabularyProperty().get());
        return session.withViewState(PlanModule.ID, state);
    }

    @Override
    public void restore(PlanViewModel plan, Session session) {
        ObjectNode state = session.viewState(PlanModule.ID);
        if (state.isEmpty()) {
            return;
        }
        try {
            if (state.has("design")) {
                plan.setDesign(design(state.get("design")));
            }
            if (state.has("shape_params")) {
                plan.shapeParamsProperty().set(state.get("shape_params").asDouble());
            }
            if (state.has("vocabulary")) {
                plan.vocabularyProperty().set(state.get("vocabulary").asLong());
            }
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Session plan passed over: " + e.getMessage());
        }
    }

    @Override
    public void resume(PlanViewModel plan, Session session) {
        ObjectNode state = session.viewState(PlanModule.ID);
        try {
            if (state.has("study")) {
                plan.runStudy(design(state.get("study")));
            }
            if (state.has("comparison")) {
                plan.runComparisonOf(design(state.get("comparison")));
            }
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Session plan study passed over: " + e.getMessage());
        }
    }

    @Override
    public List<Observable> changes(PlanViewModel plan) {
        return List.of(plan.lawProperty(), plan.smallestBudgetProperty(), plan.largestBudgetProperty(),
                plan.budgetCountProperty(), plan.perBudgetProperty(), plan.noiseProperty(), plan.noiseModelProperty(),
                plan.objectiveProperty(), plan.lambdaProperty(), plan.targetFlopsProperty(), plan.seedProperty(),
                plan.repetitionsProperty(), plan.shapeParamsProperty(), plan.vocabularyProperty());
    }

    private static ObjectNode json(PlanDesign design) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("law", design.law().id());
        ObjectNode truth = node.putObject("truth");
        for (LawConstant constant : design.truth().constants()) {
            truth.put(constant.key(), constant.value());
        }
        node.put("smallest_budget", design.smallestBudget());
        node.put("largest_budget", design.largestBudget());
        node.put("budget_count", design.budgetCount());
        node.put("per_budget", design.perBudget());
        node.put("noise", design.noise());
        node.put("noise_model", design.noiseModel().name());
        node.put("objective", design.objective());
        node.put("lambda", design.lambda());
        node.put("target_flops", design.targetFlops());
        node.put("seed", design.seed());
        node.put("repetitions", design.repetitions());
        return node;
    }

    /** A design as saved; a value this build cannot read is refused with the field named. */
    private static PlanDesign design(JsonNode node) {
        LawPreset law = LawPreset.fromId(node.path("law").asText());
        ScalingLaw truth = law.law();
        for (var it = node.path("truth").fields(); it.hasNext(); ) {
            var constant = it.next();
            truth = truth.withConstant(constant.getKey(), constant.getValue().asDouble());
        }
        NoiseModel noiseModel;
        try {
            noiseModel = NoiseModel.valueOf(node.path("noise_model").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("noise_model must be one of GAUSSIAN, ONE_SIDED, got "
                    + node.path("noise_model"));
        }
        String objective = node.path("objective").asText();
        if (!PlanViewModel.OBJECTIVES.contains(objective)) {
            throw new IllegalArgumentException("objective must be one of " + PlanViewModel.OBJECTIVES + ", got "
                    + objective);
        }
        return new PlanDesign(law, truth, node.path("smallest_budget").asDouble(),
                node.path("largest_budget").asDouble(), node.path("budget_count").asInt(),
                node.path("per_budget").asInt(), node.path("noise").asDouble(), noiseModel, objective,
                node.path("lambda").asDouble(), node.path("target_flops").asDouble(), node.path("seed").asLong(),
                node.path("repetitions").asInt());
    }
}
