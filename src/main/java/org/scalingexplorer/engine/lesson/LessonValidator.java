package org.scalingexplorer.engine.lesson;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.JsonLocator;
import org.scalingexplorer.engine.law.ConstantBounds;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;

/**
 * Checks every field of a lesson when its file is opened, so nothing a teacher wrote can fail later
 * in front of the class (a budget of 1e40 at Check, an unknown law, 20,000 dimensions freezing the
 * window). A refusal names the file, the line and the field:
 * "teacher.json: line 14, field steps[2].question.answer.flops: must be between 1e10 and 1e32 FLOPs, got 1e40".
 */
final class LessonValidator {

    /** Dimensions the nearest-neighbour simulation runs in. */
    static final int MAX_DIMENSION = 16;
    /** A tolerance of 3 decades accepts any answer a slider offers; 0 accepts none. */
    private static final double MAX_TOLERANCE_LOG10 = 3;
    private static final double MAX_TOLERANCE_RELATIVE = 1;
    private static final int MAX_ID_CHARS = 100;

    private final String name;
    private final byte[] json;
    private final Predicate<String> knownView;
    private final Predicate<String> knownSetting;

    LessonValidator(String name, byte[] json, Predicate<String> knownView, Predicate<String> knownSetting) {
        this.name = name;
        this.json = json;
        this.knownView = knownView;
        this.knownSetting = knownSetting;
    }

    void validate(Lesson lesson) throws LessonFileException {
        require(lesson.formatVersion() >= 1, "format_version", "must be 1, got " + lesson.formatVersion());
        require(lesson.formatVersion() <= Lesson.FORMAT_VERSION, "format_version", "format_version "
                + lesson.formatVersion() + " is newer than this app reads (" + Lesson.FORMAT_VERSION + ")");
        require(lesson.id() != null && !lesson.id().isBlank(), "id", "is missing");
        require(lesson.id().length() <= MAX_ID_CHARS, "id", "is longer than " + MAX_ID_CHARS + " characters");
        requireText(lesson.title(), "title");
        require(lesson.steps() != null && !lesson.steps().isEmpty(), "steps", "needs at least one step");
        require(lesson.steps().size() <= Limits.LESSON_STEPS, "steps", "has " + Limits.count(lesson.steps().size())
                + " steps, more than the " + Limits.LESSON_STEPS + " a lesson may have");
        for (int i = 0; i < lesson.steps().size(); i++) {
            step(lesson.steps().get(i), "steps[" + i + "]");
        }
    }

    private void step(LessonStep step, String at) throws LessonFileException {
        require(step != null, at, "is empty");
        requireText(step.title(), at + ".title");
        requireText(step.text(), at + ".text");
        require(step.view() != null && !step.view().isBlank(), at + ".view", "is missing");
        require(knownView.test(step.view()), at + ".view", "is not a view of this app: " + Limits.excerpt(step.view()));
        if (step.law() != null) {
            preset(step.law(), at + ".law");
        }
        for (Map.Entry<String, Map<String, Double>> law : step.constants().entrySet()) {
            String lawAt = at + ".constants." + law.getKey();
            LawPreset preset = preset(law.getKey(), lawAt);
            require(law.getValue() != null, lawAt, "must be an object of constants");
            Set<String> keys = preset.law().constants().stream().map(LawConstant::key).collect(Collectors.toSet());
            for (Map.Entry<String, Double> constant : law.getValue().entrySet()) {
                String constantAt = lawAt + "." + constant.getKey();
                require(keys.contains(constant.getKey()), constantAt, "is not a constant of " + preset.id()
                        + " (" + String.join(", ", keys.stream().sorted().toList()) + ")");
                require(constant.getValue() != null, constantAt, "must be a number");
                String problem = ConstantBounds.of(constant.getKey()).map(b -> b.problem(constant.getValue())).orElse(null);
                require(problem == null, constantAt, problem);
            }
        }
        for (Map.Entry<String, Double> setting : step.settings().entrySet()) {
            String settingAt = at + ".settings." + setting.getKey();
            require(knownSetting.test(setting.getKey()), settingAt, "is not a setting of this app");
            require(setting.getValue() != null && Double.isFinite(setting.getValue()), settingAt, "must be a finite number");
        }
        if (step.simulation() != null) {
            require(LessonReader.SIMULATIONS.contains(step.simulation()), at + ".simulation",
                    "must be one of " + LessonReader.SIMULATIONS + ", got " + Limits.excerpt(step.simulation()));
        }
        if (step.dimensions() != null) {
            int[] dimensions = step.dimensions();
            require(dimensions.length >= 1 && dimensions.length <= Limits.LESSON_DIMENSIONS, at + ".dimensions",
                    "must list 1 to " + Limits.LESSON_DIMENSIONS + " dimensions, got " + Limits.count(dimensions.length));
            for (int i = 0; i < dimensions.length; i++) {
                require(dimensions[i] >= 1 && dimensions[i] <= MAX_DIMENSION, at + ".dimensions[" + i + "]",
                        "must be between 1 and " + MAX_DIMENSION + ", got " + dimensions[i]);
            }
        }
        if (step.question() != null) {
            question(step.question(), at + ".question");
        }
    }

    private void question(LessonQuestion question, String at) throws LessonFileException {
        requireText(question.text(), at + ".text");
        LessonAnswer answer = question.answer();
        require(answer != null, at + ".answer", "is missing");
        String answerAt = at + ".answer";
        require(LessonReader.QUANTITIES.contains(answer.quantity()), answerAt + ".quantity", "must be one of "
                + LessonReader.QUANTITIES.stream().sorted().collect(Collectors.joining(", ")) + ", got "
                + Limits.excerpt(String.valueOf(answer.quantity())));
        if (answer.law() != null) {
            preset(answer.law(), answerAt + ".law");
        }
        switch (answer.quantity()) {
            case "optimal_params", "optimal_tokens", "tokens_per_param" -> {
                require(answer.flops() != null, answerAt + ".flops", "is needed for " + answer.quantity());
                require(answer.flops() >= ComputeBudget.MIN_FLOPS && answer.flops() <= ComputeBudget.MAX_FLOPS,
                        answerAt + ".flops", "must be between " + PhysicalRange.format(ComputeBudget.MIN_FLOPS) + " and "
                                + PhysicalRange.format(ComputeBudget.MAX_FLOPS) + " FLOPs, got " + PhysicalRange.format(answer.flops()));
            }
            case "loss" -> {
                require(answer.params() != null, answerAt + ".params", "is needed for loss");
                require(answer.tokens() != null, answerAt + ".tokens", "is needed for loss");
                physical(PhysicalRange.PARAMS, answer.params(), answerAt + ".params");
                physical(PhysicalRange.TOKENS, answer.tokens(), answerAt + ".tokens");
            }
            default -> {
                require(answer.value() != null, answerAt + ".value", "is needed for quantity value");
                require(Double.isFinite(answer.value()), answerAt + ".value", "must be a finite number");
            }
        }
        require(LessonAnswer.FORMATS.contains(answer.answerFormat()), answerAt + ".answer_format", "must be one of "
                + LessonAnswer.FORMATS.stream().sorted().collect(Collectors.joining(", ")) + ", got "
                + Limits.excerpt(answer.answerFormat()));
        if (question.hint() != null) {
            requireText(question.hint(), at + ".hint");
        }
        require(answer.toleranceLog10() != null || answer.toleranceRelative() != null, answerAt,
                "needs tolerance_log10 or tolerance_relative");
        if (answer.toleranceLog10() != null) {
            require(answer.toleranceLog10() > 0 && answer.toleranceLog10() <= MAX_TOLERANCE_LOG10, answerAt + ".tolerance_log10",
                    "must be above 0 and at most " + (int) MAX_TOLERANCE_LOG10 + " decades, got " + answer.toleranceLog10());
        }
        if (answer.toleranceRelative() != null) {
            require(answer.toleranceRelative() > 0 && answer.toleranceRelative() <= MAX_TOLERANCE_RELATIVE,
                    answerAt + ".tolerance_relative", "must be above 0 and at most 1 (100%), got " + answer.toleranceRelative());
        }
        require(Double.isFinite(answer.sliderMin()) && Double.isFinite(answer.sliderMax()), answerAt,
                "slider_min and slider_max must be finite numbers");
        require(answer.sliderMax() > answer.sliderMin(), answerAt + ".slider_max", "must be above slider_min ("
                + PhysicalRange.format(answer.sliderMin()) + "), got " + PhysicalRange.format(answer.sliderMax()));
        require(!answer.logScale() || answer.sliderMin() > 0, answerAt + ".slider_min",
                "must be above 0 on a log scale, got " + PhysicalRange.format(answer.sliderMin()));
    }

    private LawPreset preset(String id, String at) throws LessonFileException {
        try {
            return LawPreset.fromId(id);
        } catch (IllegalArgumentException e) {
            throw refuse(at, Limits.excerpt(e.getMessage(), 200));
        }
    }

    private void physical(PhysicalRange range, double value, String at) throws LessonFileException {
        String problem = range.problem(value);
        require(problem == null, at, problem);
    }

    private void requireText(LocalizedText text, String at) throws LessonFileException {
        require(text != null && text.complete(), at, "needs both en and zh_CN");
    }

    private void require(boolean ok, String field, String problem) throws LessonFileException {
        if (!ok) {
            throw refuse(field, problem);
        }
    }

    LessonFileException refuse(String field, String problem) {
        int line = JsonLocator.locate(json, field)[0];
        return new LessonFileException(name + ": " + (line > 0 ? "line " + line + ", " : "") + "field " + field + ": " + problem);
    }
}
