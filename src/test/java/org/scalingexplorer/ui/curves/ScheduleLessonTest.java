package org.scalingexplorer.ui.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.curves.DemoCurves;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.ScheduleLaw;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;
import org.scalingexplorer.engine.lesson.AnswerCheck;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.engine.lesson.LessonAnswer;
import org.scalingexplorer.engine.lesson.LessonReader;
import org.scalingexplorer.engine.lesson.LessonStep;
import org.scalingexplorer.ui.lessons.LessonQuestionModel;
import org.scalingexplorer.ui.lessons.LessonsViewModel;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The schedule-law lesson: checked as strictly as a teacher's folder (every view and setting it
 * names exists), each step applied to the Curves view-model, every answer it expects computed again
 * by the view and the engine, every number its text quotes traced to the engine, and no answer given
 * away (not in the text before the question, not where the answer slider starts).
 */
class ScheduleLessonTest {

    private static final String FILE = "18-schedule-law.json";
    private static final String ID = "schedule-law";
    /** Numbers as the lesson writes them: 12,000, 0.844, −0.020, 10⁻³. */
    private static final Pattern NUMBER = Pattern.compile("10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+|[−-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        org.scalingexplorer.ui.shell.ExplorerWindowFixture.startToolkit();
    }

    @Test
    void theLessonIsBundledAndPassesTheChecksOfATeachersFolder() throws Exception {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        try (InputStream in = LessonReader.class.getResourceAsStream("/org/scalingexplorer/lessons/" + FILE)) {
            assertNotNull(in, FILE + " is missing");
            Lesson strict = new LessonReader(ViewRegistry.ids()::contains, models.viewSettings().keys()::contains)
                    .read(in, FILE);
            assertEquals(ID, strict.id());
        }
        assertTrue(new LessonReader().bundled().stream().anyMatch(lesson -> lesson.id().equals(ID)), "listed in index.txt");
    }

    @Test
    void everyAnswerIsWhatTheCurvesViewShowsAtItsStep() {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        LessonsViewModel lessons = models.lessons();
        Lesson lesson = lessons.lessons().stream().filter(l -> l.id().equals(ID)).findFirst().orElseThrow();
        lessons.lessonProperty().set(lesson);
        CurvesViewModel curves = models.viewModel(CurvesModule.MODULE);

        lessons.goTo(0);
        assertEquals("", lessons.problemProperty().get());
        assertEquals("curves", lessons.requestedViewProperty().get());
        assertTrue(curves.source().demo(), "the step loads the demo curves");
        assertEquals(CurvesViewModel.Panel.CURVES, curves.panelProperty().get());
        assertEquals(6, curves.curves().size());

        // Step 2: the cosine's final loss against the constant rate's, both as the tab prints them.
        ScheduleLawResult result = applied(lessons, curves, 1);
        assertEquals(CurvesViewModel.Panel.SCHEDULE_LAW, curves.panelProperty().get());
        assertEquals("cosine 12000", result.fitted().get(0).name(), "fitted on the 12,000-step cosine");
        assertEquals("cosine 12000", result.observed().name(), "the predicted schedule is the fitted run's own");
        double cosineFinal = last(result.observed().losses());
        ScheduleLawResult.Prediction constant = result.predictions().stream()
                .filter(p -> p.run().equals("constant 12000")).findFirst().orElseThrow();
        checkAnswer(lessons, constant.observed() - cosineFinal,
                shown(constant.observed()) - shown(cosineFinal));
        assertEquals(DemoCurves.LAW.finalLoss(DemoCurves.schedule("constant", 12_000))
                - DemoCurves.LAW.finalLoss(DemoCurves.schedule("cosine", 12_000)), constant.observed() - cosineFinal, 1e-9);

        // Step 3: the student types 24000 as the length, as the step tells them.
        result = applied(lessons, curves, 2);
        assertTrue(curves.scheduleLaw().submitTargetSteps("24000"));
        result = curves.scheduleLaw().result();
        assertEquals(24_000, result.target().totalSteps());
        assertNull(result.observed(), "the demo has no 24,000-step run");
        double predicted = last(result.predicted().losses());
        checkAnswer(lessons, predicted, shown(predicted));
        assertEquals(DemoCurves.LAW.finalLoss(DemoCurves.schedule("cosine", 24_000)), predicted, 1e-6,
                "the fit recovers the law the demo was generated with");

        // Step 4: the difference of the two exponents the trap line prints.
        result = applied(lessons, curves, 3);
        assertEquals(12_000, result.target().totalSteps(), "the step puts the length back");
        TruncatedCosineTrap trap = result.trap();
        assertNotNull(trap, result.trapProblem());
        assertEquals("cosine 12000", result.trapLongRun());
        checkAnswer(lessons, trap.exponentGap(), Double.parseDouble(CurvesText.exponent(trap.earlyReadExponent()))
                - Double.parseDouble(CurvesText.exponent(trap.endedExponent())));

        lessons.goTo(4);
        assertEquals("", lessons.problemProperty().get());
    }

    /** What the last step says of the trap's direction holds for the demo curves. */
    @Test
    void theTrapIsDescribedTheWayTheEngineComputesIt() {
        TruncatedCosineTrap trap = demoTrap();
        assertEquals(List.of(1_500L, 3_000L, 6_000L, 12_000L), java.util.Arrays.stream(trap.steps()).boxed().toList());
        assertTrue(trap.exponentGap() < 0, "the difference is negative: the early reads fall less steeply");
        assertTrue(trap.earlyReadLosses()[0] < trap.endedLosses()[0], "at 1,500 steps the long cosine reads lower");
        assertTrue(trap.earlyReadLosses()[1] > trap.endedLosses()[1], "at 3,000 steps it reads higher");
        assertTrue(trap.earlyReadLosses()[2] > trap.endedLosses()[2], "at 6,000 steps it reads higher");
        String last = step(4).text().in("en");
        assertTrue(last.contains(fixed(trap.earlyReadLosses()[0], 3) + " against " + fixed(trap.endedLosses()[0], 3)), last);
        assertTrue(step(1).text().in("en").contains("its S₂ stays at zero, while its S₁ is the largest of all six runs"));
        LearningCurve constant = DemoCurves.curves().get(4);
        assertEquals("constant 12000", constant.name());
        for (LearningCurve curve : DemoCurves.curves()) {
            assertTrue(forwardArea(constant) >= forwardArea(curve), curve.name() + " has a larger S₁ than the constant rate");
        }
    }

    @Test
    void everyNumberTheLessonQuotesComesFromTheEngine() {
        ScheduleLaw law = DemoCurves.LAW;
        TruncatedCosineTrap trap = demoTrap();
        Map<String, String> known = new LinkedHashMap<>();
        known.put(fixed(law.l0(), 2), "L0");
        known.put(fixed(law.a(), 3), "A");
        known.put(fixed(law.alpha(), 3), "alpha");
        known.put(fixed(law.c(), 3), "C");
        known.put(fixed(law.decayFactor(), 3), "lambda");
        known.put(String.format(Locale.ROOT, "%,d", Math.round(1 / (1 - law.decayFactor()))), "1/(1 - lambda), in steps");
        for (long steps : DemoCurves.COSINE_STEPS) {
            known.put(String.format(Locale.ROOT, "%,d", steps), "a demo cosine's length");
        }
        known.put(String.format(Locale.ROOT, "%,d", 2 * DemoCurves.LONG_STEPS), "twice the longest run: the schedule predicted");
        known.put(String.valueOf(2 * DemoCurves.LONG_STEPS), "the same, as typed into the length field");
        known.put(String.valueOf(DemoCurves.WARMUP_STEPS), "warmup steps");
        known.put("10" + superscript(Math.round(Math.log10(DemoCurves.PEAK_LR))), "peak learning rate");
        assertEquals(1e-3, DemoCurves.PEAK_LR);
        known.put(fixed(trap.earlyReadLosses()[0], 3), "the long cosine read at 1,500 steps");
        known.put(fixed(trap.endedLosses()[0], 3), "the 1,500-step cosine at its end");
        known.put("1", "the 1 of 1/(1 - lambda)");
        // Not the engine's: names and citations.
        assertEquals(400, Math.round(DemoCurves.NON_EMBEDDING_PARAMS / 1e8) * 100, "the (Mis)Fitting model is named by its size");
        known.put("400", "the (Mis)Fitting model named 400M");
        for (String year : List.of("2022", "2024", "2025")) {
            known.put(year, "a citation's year");
        }
        List<String> unknown = new ArrayList<>();
        for (LessonStep step : lesson().steps()) {
            for (String language : List.of("en", "zh_CN")) {
                List<String> texts = new ArrayList<>(List.of(step.title().in(language), step.text().in(language)));
                if (step.question() != null) {
                    texts.add(step.question().text().in(language));
                }
                for (String text : texts) {
                    Matcher matcher = NUMBER.matcher(text);
                    while (matcher.find()) {
                        if (!known.containsKey(matcher.group())) {
                            unknown.add(language + ": " + matcher.group() + " in \"" + excerpt(text, matcher.start()) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), unknown, "numbers the lesson quotes that the engine does not give");
        String first = step(0).text().in("en");
        assertTrue(first.contains("L₀ = " + fixed(law.l0(), 2) + ", A = " + fixed(law.a(), 3) + ", α = "
                + fixed(law.alpha(), 3) + " and C = " + fixed(law.c(), 3)), first);
        assertTrue(first.contains("λ = " + fixed(law.decayFactor(), 3)), first);
    }

    /** No answer is given away: not in the text of its step or the step before, not where the slider starts. */
    @Test
    void noAnswerIsGivenAwayBeforeItIsAsked() {
        List<LessonStep> steps = lesson().steps();
        int questions = 0;
        for (int i = 0; i < steps.size(); i++) {
            LessonStep step = steps.get(i);
            if (step.question() == null) {
                continue;
            }
            questions++;
            LessonAnswer answer = step.question().answer();
            assertEquals("value", answer.quantity());
            assertTrue(answer.value() > answer.sliderMin() && answer.value() < answer.sliderMax(), "within the slider");
            double start = (answer.sliderMin() + answer.sliderMax()) / 2;
            assertFalse(AnswerCheck.accepts(answer, answer.value(), start), "step " + (i + 1) + ": the slider starts on the answer");
            for (String written : List.of(fixed(answer.value(), 2), fixed(answer.value(), 3),
                    fixed(answer.value(), 3).replace('-', '−'), fixed(answer.value(), 2).replace('-', '−'))) {
                for (LessonStep before : List.of(steps.get(i - 1), step)) {
                    for (String language : List.of("en", "zh_CN")) {
                        String said = before.text().in(language) + " " + step.question().text().in(language);
                        assertFalse(said.contains(written), "step " + (i + 1) + " gives away " + written + " in " + language);
                    }
                }
            }
        }
        assertEquals(3, questions);
    }

    private static ScheduleLawResult applied(LessonsViewModel lessons, CurvesViewModel curves, int step) {
        lessons.goTo(step);
        assertEquals("", lessons.problemProperty().get(), "step " + (step + 1));
        ScheduleLawResult result = curves.scheduleLaw().result();
        assertNotNull(result, "step " + (step + 1));
        assertTrue(result.hasFit(), result.problem());
        return result;
    }

    /** The engine's value and the one a student works out from the printed figures both pass; the slider's start does not. */
    private static void checkAnswer(LessonsViewModel lessons, double engine, double fromPrinted) {
        LessonAnswer answer = lessons.stepProperty().get().question().answer();
        String at = lessons.stepProperty().get().title().in("en");
        assertTrue(AnswerCheck.accepts(answer, answer.value(), engine), at + ": the engine gives " + engine);
        assertTrue(AnswerCheck.accepts(answer, answer.value(), fromPrinted), at + ": the printed figures give " + fromPrinted);
        LessonQuestionModel question = lessons.question();
        assertEquals(LessonQuestionModel.Verdict.NOT_CHECKED, question.check(), at + ": the question starts unanswered");
        question.moveSlider((question.sliderMin() + question.sliderMax()) / 2);
        assertEquals(LessonQuestionModel.Verdict.WRONG, question.check(), at + ": the slider's middle is accepted");
    }

    private static double shown(double loss) {
        return Double.parseDouble(CurvesText.loss(loss));
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }

    private static double forwardArea(LearningCurve curve) {
        double sum = 0;
        for (int i = 0; i < curve.lrTraceSteps().length; i++) {
            sum += curve.lrTraceValues()[i];
        }
        return sum;
    }

    private static TruncatedCosineTrap demoTrap() {
        List<LearningCurve> cosines = DemoCurves.curves().subList(0, DemoCurves.COSINE_STEPS.length);
        return TruncatedCosineTrap.fromCurves(cosines.get(cosines.size() - 1), cosines);
    }

    private static Lesson lesson() {
        try {
            return new LessonReader().bundled().stream().filter(l -> l.id().equals(ID)).findFirst().orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static LessonStep step(int index) {
        return lesson().steps().get(index);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String superscript(long exponent) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder out = new StringBuilder(exponent < 0 ? "⁻" : "");
        for (char c : Long.toString(Math.abs(exponent)).toCharArray()) {
            out.append(digits.charAt(c - '0'));
        }
        return out.toString();
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30));
    }
}
