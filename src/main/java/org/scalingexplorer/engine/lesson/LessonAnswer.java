package org.scalingexplorer.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a question's right answer is and how close a student must come. The answer is computed by
 * the engine from the scenario's current law at check time (so a teacher writes "the optimal N at
 * 1e22 FLOPs", not a number that goes stale), or given as a plain value.
 *
 * @param quantity          optimal_params, optimal_tokens, tokens_per_param, loss, or value
 * @param law               preset id whose current constants are used (default: the step's law)
 * @param flops             the budget, for the optimum quantities
 * @param params            N, for loss
 * @param tokens            D, for loss
 * @param value             the answer itself, for quantity "value"
 * @param toleranceLog10    accepted distance in decades (for quantities that span decades)
 * @param toleranceRelative accepted relative error (used when toleranceLog10 is absent)
 * @param sliderMin         lowest value the answer slider offers
 * @param sliderMax         highest value the answer slider offers
 * @param logScale          whether the answer slider moves in decades
 * @param answerFormat      how the student answers: "slider", "typed" or "either" (the default, when absent)
 */
public record LessonAnswer(
        String quantity,
        String law,
        Double flops,
        Double params,
        Double tokens,
        Double value,
        @JsonProperty("tolerance_log10") Double toleranceLog10,
        @JsonProperty("tolerance_relative") Double toleranceRelative,
        @JsonProperty("slider_min") double sliderMin,
        @JsonProperty("slider_max") double sliderMax,
        @JsonProperty("log_scale") boolean logScale,
        @JsonProperty("answer_format") String answerFormat) {

    public static final String SLIDER = "slider";
    public static final String TYPED = "typed";
    public static final String EITHER = "either";
    static final java.util.Set<String> FORMATS = java.util.Set.of(SLIDER, TYPED, EITHER);

    /** The answer format, {@value #EITHER} when the file names none. */
    public String answerFormat() {
        return answerFormat == null ? EITHER : answerFormat;
    }

    /** Whether the answer slider is offered. */
    public boolean bySlider() {
        return !TYPED.equals(answerFormat());
    }

    /** Whether a typed answer is offered. */
    public boolean byTyping() {
        return !SLIDER.equals(answerFormat());
    }
}
