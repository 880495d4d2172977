package org.scalingexplorer.ui.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.engine.lesson.LessonAnswer;
import org.scalingexplorer.engine.lesson.LessonFileException;
import org.scalingexplorer.engine.lesson.LessonReader;
import org.scalingexplorer.engine.lesson.LessonStep;
import org.scalingexplorer.engine.simulation.MeanEstimationSimulation;
import org.scalingexplorer.engine.simulation.NearestNeighbourSimulation;
import org.scalingexplorer.engine.simulation.SimulatedCurve;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.ViewSettings;

/**
 * Guided lessons: which lesson and step is showing, what the step set up, and the student's answer.
 * Applying a step sets the scenario and view settings and asks the shell for a view; it never
 * touches a control.
 */
public final class LessonsViewModel {

    /** A simulated curve with the parameter it was run for (d for nearest neighbour, 0 otherwise). */
    public record SimulationSeries(int dimension, SimulatedCurve curve) {
    }

    private static final int[] SIMULATION_SIZES = {4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048};

    private final ScenarioModel scenario;
    private final ViewSettings viewSettings;
    private final Set<String> viewIds;
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", 0);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper requestedView = new ReadOnlyStringWrapper(this, "requestedView");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final LessonQuestionModel question = new LessonQuestionModel();
    private final ReadOnlyObjectWrapper<List<SimulationSeries>> simulation =
            new ReadOnlyObjectWrapper<>(this, "simulation", List.of());
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    /** True while a session puts a lesson back: the laws and settings come from the session, not the step. */
    private boolean restoring;

    public LessonsViewModel(ScenarioModel scenario, ViewSettings viewSettings, Set<String> viewIds, List<Lesson> bundled) {
        this.scenario = scenario;
        this.viewSettings = viewSettings;
        this.viewIds = Set.copyOf(viewIds);
        lessons.setAll(bundled);
        lesson.addListener((obs, old, now) -> {
            if (!restoring) {
                goTo(0);
            }
        });
    }

    /** Reads the lessons that ship with the app; a broken bundled file is a build error, so it is thrown. */
    public static List<Lesson> bundledLessons() {
        try {
            return new LessonReader().bundled();
        } catch (LessonFileException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    /** The lesson being followed; choosing one applies its first step. */
    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    /** Index of the step showing, from 0. */
    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    /** The step showing. */
    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The view the step wants shown; the shell selects it. */
    public ReadOnlyStringProperty requestedViewProperty() {
        return requestedView.getReadOnlyProperty();
    }

    /** Why the last step or lesson folder could not be applied; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The student's answer to the question of the step on show (unanswered when the step asks none). */
    public LessonQuestionModel question() {
        return question;
    }

    /** The live simulation's curves for the step, empty when it has none. */
    public ReadOnlyObjectProperty<List<SimulationSeries>> simulationProperty() {
        return simulation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public int stepCount() {
        return lesson.get() == null ? 0 : lesson.get().steps().size();
    }

    public void next() {
        if (canGoForward.get()) {
            goTo(stepIndex.get() + 1);
        }
    }

    public void previous() {
        if (canGoBack.get()) {
            goTo(stepIndex.get() - 1);
        }
    }

    /** Applies step {@code index} of the current lesson. */
    public void goTo(int index) {
        Lesson current = lesson.get();
        if (current == null) {
            step.set(null);
            canGoBack.set(false);
            canGoForward.set(false);
            return;
        }
        int bounded = Math.max(0, Math.min(index, current.steps().size() - 1));
        stepIndex.set(bounded);
        LessonStep next = current.steps().get(bounded);
        canGoBack.set(bounded > 0);
        canGoForward.set(bounded < current.steps().size() - 1);
        try {
            apply(next);
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(current.source() + ", step " + (bounded + 1) + ": " + e.getMessage());
        }
        // Last: whoever shows the step finds its question and simulation already set up.
        step.set(next);
    }

    /**
     * Shows a lesson at a step as a session saved it, without applying the step: the session brings
     * the laws, settings and view the user had, which may differ from what the step sets up.
     */
    public void restore(Lesson restored, int index) {
        restoring = true;
        try {
            lesson.set(restored);
        } finally {
            restoring = false;
        }
        if (restored == null) {
            goTo(0);
            return;
        }
        int bounded = Math.max(0, Math.min(index, restored.steps().size() - 1));
        stepIndex.set(bounded);
        LessonStep current = restored.steps().get(bounded);
        canGoBack.set(bounded > 0);
        canGoForward.set(bounded < restored.steps().size() - 1);
        problem.set("");
        simulation.set(simulate(current));
        ask(current);
        step.set(current);
    }

    /** Adds the lessons of a teacher's folder; a bad file is reported and nothing is added. */
    public boolean addFolder(Path directory) {
        try {
            List<Lesson> added = new LessonReader(viewIds::contains,
                    key -> viewSettings == null || viewSettings.keys().contains(key)).folder(directory);
            if (added.isEmpty()) {
                problem.set(directory + ": no *.json lesson files");
                return false;
            }
            lessons.addAll(added);
            lesson.set(added.get(0));
            return true;
        } catch (LessonFileException e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    private void apply(LessonStep next) {
        question.ask(null, null);
        if (!viewIds.contains(next.view())) {
            throw new IllegalArgumentException("view must be one of " + viewIds + ", got " + next.view());
        }
        if (next.resetLaws()) {
            for (LawPreset preset : LawPreset.values()) {
                scenario.reset(preset);
            }
        }
        if (next.law() != null) {
            scenario.activePresetProperty().set(LawPreset.fromId(next.law()));
        }
        // View settings before the step's constants: a step that locks the valley's axes and raises E
        // locks them on the law as it was, so the lift shows even when the class jumps to that step.
        for (Map.Entry<String, Double> setting : next.settings().entrySet()) {
            viewSettings.set(setting.getKey(), setting.getValue());
        }
        for (Map.Entry<String, Map<String, Double>> law : next.constants().entrySet()) {
            LawPreset preset = LawPreset.fromId(law.getKey());
            for (Map.Entry<String, Double> constant : law.getValue().entrySet()) {
                scenario.setConstant(preset, constant.getKey(), constant.getValue());
            }
        }
        requestedView.set(next.view());
        simulation.set(simulate(next));
        ask(next);
    }

    /** A question starts unanswered; its right answer is computed from the law as it stands at Check. */
    private void ask(LessonStep current) {
        if (current.question() == null) {
            question.ask(null, null);
            return;
        }
        LessonAnswer answer = current.question().answer();
        question.ask(answer, () -> scenario.law(answer.law() != null ? LawPreset.fromId(answer.law())
                : scenario.activePreset()));
    }

    private List<SimulationSeries> simulate(LessonStep next) {
        if (next.simulation() == null) {
            return List.of();
        }
        // Fixed seeds: the class sees the same picture the teacher prepared.
        return switch (next.simulation()) {
            case "mean-estimation" -> List.of(new SimulationSeries(0,
                    MeanEstimationSimulation.run(2024, SIMULATION_SIZES, 200, 1.0)));
            case "nearest-neighbour" -> java.util.Arrays.stream(
                            next.dimensions() == null ? new int[] {1, 2, 4} : next.dimensions())
                    .mapToObj(d -> new SimulationSeries(d, NearestNeighbourSimulation.run(2024 + d, d, SIMULATION_SIZES, 150)))
                    .toList();
            default -> throw new IllegalArgumentException("unknown simulation " + next.simulation());
        };
    }

}
