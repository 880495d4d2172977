package org.scalingexplorer.ui.lessons;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.lesson.AnswerCheck;
import org.scalingexplorer.engine.lesson.LessonAnswer;
import org.scalingexplorer.ui.control.TypedNumber;

/**
 * The student's answer to the question of the step on show. A question starts unanswered (the slider
 * rests at its low end and stands for nothing until it is moved); the answer comes from the slider or
 * from typed text; Check compares it with what the law computes. A wrong answer says which way it
 * misses and gives the hint, never the value: the value is shown only when the answer is right or
 * the student asks for it.
 */
public final class LessonQuestionModel {

    /** The outcome of the last check, reset when the answer changes. */
    public enum Verdict { NOT_CHECKED, RIGHT, WRONG }

    /** Which way a wrong answer misses the right one. */
    public enum Miss { NONE, TOO_HIGH, TOO_LOW }

    private final ReadOnlyDoubleWrapper sliderPosition = new ReadOnlyDoubleWrapper(this, "sliderPosition");
    private final ReadOnlyObjectWrapper<Double> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict", Verdict.NOT_CHECKED);
    private final ReadOnlyObjectWrapper<Miss> miss = new ReadOnlyObjectWrapper<>(this, "miss", Miss.NONE);
    private final ReadOnlyDoubleWrapper shownAnswer = new ReadOnlyDoubleWrapper(this, "shownAnswer", Double.NaN);
    private final ReadOnlyBooleanWrapper revealed = new ReadOnlyBooleanWrapper(this, "revealed");
    private final ReadOnlyBooleanWrapper canReveal = new ReadOnlyBooleanWrapper(this, "canReveal");
    private final ReadOnlyBooleanWrapper invalidTyped = new ReadOnlyBooleanWrapper(this, "invalidTyped");
    private LessonAnswer question;
    private Supplier<ScalingLaw> law;

    /** Sets up a new question: no answer, the slider at its low end, nothing checked or shown. */
    void ask(LessonAnswer newQuestion, Supplier<ScalingLaw> lawAtCheckTime) {
        question = newQuestion;
        law = lawAtCheckTime;
        sliderPosition.set(newQuestion == null ? 0 : toPosition(newQuestion.sliderMin()));
        answer.set(null);
        verdict.set(Verdict.NOT_CHECKED);
        miss.set(Miss.NONE);
        shownAnswer.set(Double.NaN);
        revealed.set(false);
        canReveal.set(false);
        invalidTyped.set(false);
    }

    /** The question being answered, if the step asks one. */
    public Optional<LessonAnswer> question() {
        return Optional.ofNullable(question);
    }

    /** Where the slider stands, in slider units (log10 of the value on a log-scale question). */
    public ReadOnlyDoubleProperty sliderPositionProperty() {
        return sliderPosition.getReadOnlyProperty();
    }

    /** The student's answer; null until the slider is moved or a value is typed. */
    public ReadOnlyObjectProperty<Double> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** After a wrong answer, whether it was too high or too low. */
    public ReadOnlyObjectProperty<Miss> missProperty() {
        return miss.getReadOnlyProperty();
    }

    /** The right answer once it may be shown (a right answer, or "Show answer"); NaN before. */
    public ReadOnlyDoubleProperty shownAnswerProperty() {
        return shownAnswer.getReadOnlyProperty();
    }

    /** True once the student asked to see the answer. */
    public ReadOnlyBooleanProperty revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    /** "Show answer" is offered after a first wrong answer, so that a class tries before it is told. */
    public ReadOnlyBooleanProperty canRevealProperty() {
        return canReveal.getReadOnlyProperty();
    }

    /** True after typed text was refused, until an answer is given again. */
    public ReadOnlyBooleanProperty invalidTypedProperty() {
        return invalidTyped.getReadOnlyProperty();
    }

    public double sliderMin() {
        return question == null ? 0 : toPosition(question.sliderMin());
    }

    public double sliderMax() {
        return question == null ? 1 : toPosition(question.sliderMax());
    }

    /** The student moved the slider: its position becomes the answer. */
    public void moveSlider(double position) {
        if (question == null || !Double.isFinite(position)) {
            return;
        }
        double bounded = Math.max(sliderMin(), Math.min(sliderMax(), position));
        sliderPosition.set(bounded);
        answered(question.logScale() ? Math.pow(10, bounded) : bounded);
    }

    /**
     * The student typed an answer ("20", "7e10", "70B"); text that is not a positive number on a
     * log-scale question, or not a number at all, is refused and the answer stays as it was.
     */
    public boolean submitTyped(String typed) {
        if (question == null) {
            return false;
        }
        Optional<Double> value = TypedNumber.parseQuantity(typed, "");
        if (value.isEmpty() || (question.logScale() && !(value.get() > 0))) {
            invalidTyped.set(true);
            return false;
        }
        double position = toPosition(value.get());
        sliderPosition.set(Math.max(sliderMin(), Math.min(sliderMax(), position)));
        answered(value.get());
        return true;
    }

    /** Compares the answer with the law's value as the scenario stands now; nothing to check without an answer. */
    public Verdict check() {
        if (question == null || answer.get() == null) {
            return Verdict.NOT_CHECKED;
        }
        double expected = AnswerCheck.expected(question, law.get());
        boolean right = AnswerCheck.accepts(question, expected, answer.get());
        verdict.set(right ? Verdict.RIGHT : Verdict.WRONG);
        miss.set(right ? Miss.NONE : answer.get() > expected ? Miss.TOO_HIGH : Miss.TOO_LOW);
        if (right) {
            shownAnswer.set(expected);
        } else {
            canReveal.set(true);
        }
        return verdict.get();
    }

    /** Shows the right answer; offered after a wrong one. */
    public void reveal() {
        if (question == null || !canReveal.get()) {
            return;
        }
        revealed.set(true);
        shownAnswer.set(AnswerCheck.expected(question, law.get()));
    }

    private void answered(double value) {
        invalidTyped.set(false);
        answer.set(value);
        verdict.set(Verdict.NOT_CHECKED);
        miss.set(Miss.NONE);
    }

    private double toPosition(double value) {
        return question.logScale() ? Math.log10(value) : value;
    }
}
