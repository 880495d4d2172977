package org.scalingexplorer.ui.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.lesson.AnswerCheck;
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

    /** The outcome of checking the answer slider against the right answer. */
    public enum Verdict { NOT_CHECKED, RIGHT, WRONG }

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
    private final DoubleProperty answerPosition = new SimpleDoubleProperty(this, "answerPosition");
    private final ReadOnlyDoubleWrapper answerValue = new ReadOnlyDoubleWrapper(this, "answerValue");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict", Verdict.NOT_CHECKED);
    private final ReadOnlyDoubleWrapper expectedAnswer = new ReadOnlyDoubleWrapper(this, "expectedAnswer", Double.NaN);
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
        answerPosition.addListener((obs, old, now) -> {
            answerValue.set(toValue(now.doubleValue()));
            verdict.set(Verdict.NOT_CHECKED);
        });
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

    /** The answer slider's position (log10 of the value on a log-scale question). */
    public DoubleProperty answerPositionProperty() {
        return answerPosition;
    }

    /** The value the answer slider stands for. */
    public ReadOnlyDoubleProperty answerValueProperty() {
        return answerValue.getReadOnlyProperty();
    }

    /** Right, wrong, or not checked since the slider last moved. */
    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The right answer, shown once the student has checked. */
    public ReadOnlyDoubleProperty expectedAnswerProperty() {
        return expectedAnswer.getReadOnlyProperty();
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
        step.set(next);
        canGoBack.set(bounded > 0);
        canGoForward.set(bounded < current.steps().size() - 1);
        try {
            apply(next);
            problem.set("");
        } catch (IllegalArgumentException e) {
            problem.set(current.source() + ", step " + (bounded + 1) + ": " + e.getMessage());
        }
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
        step.set(current);
        canGoBack.set(bounded > 0);
        canGoForward.set(bounded < restored.steps().size() - 1);
        problem.set("");
        simulation.set(simulate(current));
        expectedAnswer.set(Double.NaN);
        verdict.set(Verdict.NOT_CHECKED);
    }

    /** Checks the answer slider against the right answer under the scenario's current law. */
    public Verdict check() {
        LessonStep current = step.get();
        if (current == null || current.question() == null) {
            return Verdict.NOT_CHECKED;
        }
        LessonAnswer answer = current.question().answer();
        double expected = AnswerCheck.expected(answer, scenario.law(answerLaw(current)));
        expectedAnswer.set(expected);
        verdict.set(AnswerCheck.accepts(answer, expected, answerValue.get()) ? Verdict.RIGHT : Verdict.WRONG);
        return verdict.get();
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
        for (Map.Entry<String, Map<String, Double>> law : next.constants().entrySet()) {
            LawPreset preset = LawPreset.fromId(law.getKey());
            for (Map.Entry<String, Double> constant : law.getValue().entrySet()) {
                scenario.setConstant(preset, constant.getKey(), constant.getValue());
            }
        }
        for (Map.Entry<String, Double> setting : next.settings().entrySet()) {
            viewSettings.set(setting.getKey(), setting.getValue());
        }
        requestedView.set(next.view());
        simulation.set(simulate(next));
        if (next.question() != null) {
            LessonAnswer answer = next.question().answer();
            double low = toPosition(answer, answer.sliderMin());
            double high = toPosition(answer, answer.sliderMax());
            answerPosition.set((low + high) / 2);
            answerValue.set(toValue(answerPosition.get()));
        }
        expectedAnswer.set(Double.NaN);
        verdict.set(Verdict.NOT_CHECKED);
    }

    private LawPreset answerLaw(LessonStep current) {
        String id = current.question().answer().law();
        return id != null ? LawPreset.fromId(id) : scenario.activePreset();
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

    /** Slider bounds of the current question, in slider units. */
    public double answerSliderMin() {
        LessonAnswer answer = currentAnswer();
        return answer == null ? 0 : toPosition(answer, answer.sliderMin());
    }

    public double answerSliderMax() {
        LessonAnswer answer = currentAnswer();
        return answer == null ? 1 : toPosition(answer, answer.sliderMax());
    }

    private LessonAnswer currentAnswer() {
        LessonStep current = step.get();
        return current == null || current.question() == null ? null : current.question().answer();
    }

    private double toValue(double position) {
        LessonAnswer answer = currentAnswer();
        return answer != null && answer.logScale() ? Math.pow(10, position) : position;
    }

    private static double toPosition(LessonAnswer answer, double value) {
        return answer.logScale() ? Math.log10(value) : value;
    }
}
