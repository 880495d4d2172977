package org.scalingexplorer.engine.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.LawPreset;

/**
 * The text of every bundled lesson as a class reads it on a projector: math in Unicode (α, σ², 10²³,
 * −1), and no step that gives away the answer to the question it is about to ask.
 */
class LessonTextTest {

    /** ASCII spellings of math that Unicode writes properly, each with what to write instead. */
    private static final List<Pattern> ASCII_MATH = List.of(
            Pattern.compile("(?i)\\b(alpha|beta|gamma|delta|epsilon|sigma|lambda|theta|sqrt)\\b"),
            Pattern.compile("\\^\\s*[-+\u2212]?\\d"),
            Pattern.compile("\\b\\d+(\\.\\d+)?[eE][-+]?\\d+\\b"),
            Pattern.compile("(?<![\\w-])-\\d"));

    private static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    /**
     * A number as lesson text writes it: "10²²", "5.76 × 10²³", "175B", "1.4T", "3000 亿", "1.4 万亿",
     * "0.81", or (where it slipped through) "5e9".
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(\\d+(?:\\.\\d+)?)(?:\\s*\u00D7\\s*10([\u207B]?[" + SUPERSCRIPTS + "]+)"
                    + "|(?<=^10|\\D10)([\u207B]?[" + SUPERSCRIPTS + "]+)|[eE]([-+]?\\d+))?"
                    + "\\s*(\u4E07\u4EBF|\u4EBF|\u4E07|[KMBT](?![A-Za-z]))?");

    @Test
    void numbersAreReadFromLessonTextAsAReaderReadsThem() {
        assertEquals(List.of(1e22, 5.76e23, 1.75e11, 1.4e12, 3e11, 1.4e12, 0.81, 5e9, 3.0),
                numbers("10²² and 5.76 × 10²³; 175B, 1.4T, 3000 亿, 1.4 万亿, 0.81, 5e9, GPT-3"));
    }

    @Test
    void everyLessonTextWritesItsMathInUnicode() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : new LessonReader().bundled()) {
            for (String text : texts(lesson)) {
                for (Pattern ascii : ASCII_MATH) {
                    Matcher m = ascii.matcher(text);
                    if (m.find()) {
                        problems.add(lesson.source() + ": \"" + m.group() + "\" in: " + text);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), "ASCII math in lessons (write α, σ², 10²³, −1):\n" + String.join("\n", problems));
    }

    @Test
    void theAsciiRulesCatchWhatTheyAreFor() {
        for (String bad : new String[] {"alpha = 0.5", "sigma^2 / n", "C^0.73", "1e22 FLOPs", "10^23", "slope -1"}) {
            assertTrue(ASCII_MATH.stream().anyMatch(p -> p.matcher(bad).find()), bad);
        }
        for (String good : new String[] {"α = 0.5", "σ²/n", "C⁰·⁷³", "10²² FLOPs", "slope −1", "GPT-3", "N^α_N"}) {
            assertFalse(ASCII_MATH.stream().anyMatch(p -> p.matcher(good).find()), good);
        }
    }

    /**
     * A question is a question only if the step (and the one before it) does not already print a
     * number the check would accept: "Kaplan's rule asks for about 800B parameters" followed by "how
     * many parameters does Kaplan's rule ask for?" teaches nothing.
     */
    @Test
    void noStepStatesTheAnswerRightBeforeAskingIt() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Lesson lesson : new LessonReader().bundled()) {
            String activeLaw = LawPreset.CHINCHILLA_2022.id();
            for (int i = 0; i < lesson.steps().size(); i++) {
                LessonStep step = lesson.steps().get(i);
                activeLaw = step.law() != null ? step.law() : activeLaw;
                if (step.question() == null) {
                    continue;
                }
                LessonAnswer answer = step.question().answer();
                double expected = AnswerCheck.expected(answer,
                        LawPreset.fromId(answer.law() != null ? answer.law() : activeLaw).law());
                List<LocalizedText> told = new ArrayList<>(List.of(step.title(), step.text(), step.question().text()));
                if (i > 0) {
                    told.add(lesson.steps().get(i - 1).text());
                }
                for (LocalizedText text : told) {
                    for (String language : new String[] {"en", "zh_CN"}) {
                        for (double number : numbers(text.in(language))) {
                            if (AnswerCheck.accepts(answer, expected, number)) {
                                problems.add(lesson.source() + " step " + (i + 1) + " says " + number
                                        + ", an accepted answer (" + expected + "): " + text.in(language));
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theAnswerCheckWouldCatchAStatedAnswer() {
        // The old wording of the Kaplan lesson: the optimum stated, then asked for.
        LessonAnswer kaplan = new LessonAnswer("optimal_params", "kaplan", 5.76e23, null, null, null, 0.15, null,
                1e9, 1e13, true, null);
        double expected = AnswerCheck.expected(kaplan, LawPreset.KAPLAN_2020.law());
        assertTrue(numbers("Kaplan's rule asks for a model of about 800B parameters").stream()
                .anyMatch(n -> AnswerCheck.accepts(kaplan, expected, n)));
        assertTrue(numbers("Kaplan 的规则要求约 8000 亿参数的模型").stream()
                .anyMatch(n -> AnswerCheck.accepts(kaplan, expected, n)));
    }

    private static List<String> texts(Lesson lesson) {
        List<LocalizedText> all = new ArrayList<>(List.of(lesson.title()));
        for (LessonStep step : lesson.steps()) {
            all.add(step.title());
            all.add(step.text());
            if (step.question() != null) {
                all.add(step.question().text());
                if (step.question().hint() != null) {
                    all.add(step.question().hint());
                }
            }
        }
        List<String> texts = new ArrayList<>();
        all.forEach(t -> {
            texts.add(t.in("en"));
            texts.add(t.in("zh_CN"));
        });
        return texts;
    }

    static List<Double> numbers(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1));
            // Through the text of a decimal, so that 5.76 × 10²³ reads as exactly 5.76e23.
            if (m.group(2) != null) {
                value = Double.parseDouble(m.group(1) + "e" + superscript(m.group(2)));
            } else if (m.group(3) != null) {
                value = Double.parseDouble("1e" + superscript(m.group(3)));
            } else if (m.group(4) != null) {
                value = Double.parseDouble(m.group(1) + "e" + m.group(4));
            }
            if (m.group(5) != null) {
                value *= switch (m.group(5)) {
                    case "K" -> 1e3;
                    case "M", "\u4E07\u4EBF" -> m.group(5).equals("M") ? 1e6 : 1e12;
                    case "B" -> 1e9;
                    case "T" -> 1e12;
                    case "\u4EBF" -> 1e8;
                    default -> 1e4;
                };
            }
            numbers.add(value);
        }
        return numbers;
    }

    private static int superscript(String digits) {
        int value = 0;
        boolean negative = false;
        for (char c : digits.toCharArray()) {
            if (c == '\u207B') {
                negative = true;
            } else {
                value = 10 * value + SUPERSCRIPTS.indexOf(c);
            }
        }
        return negative ? -value : value;
    }
}
