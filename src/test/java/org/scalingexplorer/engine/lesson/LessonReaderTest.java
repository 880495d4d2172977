package org.scalingexplorer.engine.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;

class LessonReaderTest {

    private final LessonReader reader = new LessonReader();

    private Lesson parse(String json) throws LessonFileException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "teacher.json");
    }

    private static final String MINIMAL = """
            {"format_version": 1, "id": "x", "title": {"en": "T", "zh_CN": "标题"},
             "steps": [{"title": {"en": "S", "zh_CN": "步"}, "text": {"en": "Hi", "zh_CN": "你好"}, "view": "power-laws"}]}
            """;

    @Test
    void everyBundledLessonLoadsWithTextInBothLanguages() throws Exception {
        List<Lesson> lessons = reader.bundled();
        assertTrue(lessons.size() >= 5, "lessons: " + lessons.size());
        for (Lesson lesson : lessons) {
            for (LessonStep step : lesson.steps()) {
                assertFalse(step.text().in("en").isBlank());
                assertTrue(step.text().in("zh_CN").codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), lesson.id());
            }
        }
    }

    @Test
    void aTeachersFileLoadsFromAFolder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("my-lesson.json"), MINIMAL);
        Files.writeString(dir.resolve("notes.txt"), "not a lesson");
        List<Lesson> lessons = reader.folder(dir);
        assertEquals(1, lessons.size());
        assertEquals("你好", lessons.get(0).steps().get(0).text().in("zh_CN"));
    }

    @Test
    void aMisspelledFieldIsRefusedWithItsNameAndLine() {
        String typo = MINIMAL.replace("\"view\"", "\"veiw\"");
        LessonFileException e = assertThrows(LessonFileException.class, () -> parse(typo));
        assertTrue(e.getMessage().startsWith("teacher.json: line 2, field steps[0].veiw: "), e.getMessage());
    }

    @Test
    void aStepWithoutChineseTextIsRefused() {
        String missing = MINIMAL.replace(", \"zh_CN\": \"你好\"", "");
        LessonFileException e = assertThrows(LessonFileException.class, () -> parse(missing));
        assertEquals("teacher.json: line 2, field steps[0].text: needs both en and zh_CN", e.getMessage());
    }

    @Test
    void brokenJsonAndNewerFormatsAreRefused() {
        assertTrue(assertThrows(LessonFileException.class, () -> parse("{\"id\": ")).getMessage()
                .contains("not valid JSON"));
        LessonFileException newer = assertThrows(LessonFileException.class,
                () -> parse(MINIMAL.replace("\"format_version\": 1", "\"format_version\": 9")));
        assertTrue(newer.getMessage().contains("format_version 9 is newer"), newer.getMessage());
    }

    @Test
    void aQuestionAcceptsTheRightAnswerAndRefusesAWrongOne() throws Exception {
        Lesson lesson = reader.bundled().stream().filter(l -> l.id().equals("compute-optimal")).findFirst().orElseThrow();
        LessonAnswer answer = lesson.steps().get(0).question().answer();
        double expected = AnswerCheck.expected(answer, LawPreset.EPOCH_2024.law());
        assertEquals(ComputeOptimalAllocator.allocate(LawPreset.EPOCH_2024.law(), ComputeBudget.ofFlops(1e22)).params(),
                expected, 1e-6 * expected);
        assertTrue(AnswerCheck.accepts(answer, expected, expected * 1.2));
        assertFalse(AnswerCheck.accepts(answer, expected, expected * 3), "a factor of 3 is half a decade off");
        assertFalse(AnswerCheck.accepts(answer, expected, Double.NaN));
    }

    private static final String QUESTION = """
            {"format_version": 1, "id": "q", "title": {"en": "T", "zh_CN": "标题"},
             "steps": [{"title": {"en": "S", "zh_CN": "步"}, "text": {"en": "Hi", "zh_CN": "你好"}, "view": "power-laws",
               "question": {"text": {"en": "How much?", "zh_CN": "多少？"},
                 "answer": {"quantity": "value", "value": 10, "tolerance_relative": 0.1, "slider_min": 1,
                            "slider_max": 100, "log_scale": true}}}]}
            """;

    @Test
    void aQuestionWithoutTheNewFieldsStillLoadsAsBefore() throws Exception {
        LessonQuestion question = parse(QUESTION).steps().get(0).question();
        assertEquals(null, question.hint());
        assertEquals(LessonAnswer.EITHER, question.answer().answerFormat());
        assertTrue(question.answer().bySlider() && question.answer().byTyping());
    }

    @Test
    void aHintAndAnAnswerFormatAreRead() throws Exception {
        String typed = QUESTION.replace("\"log_scale\": true}", "\"log_scale\": true, \"answer_format\": \"typed\"},"
                + " \"hint\": {\"en\": \"Two decades\", \"zh_CN\": \"两个数量级\"}");
        LessonQuestion question = parse(typed).steps().get(0).question();
        assertEquals("两个数量级", question.hint().in("zh_CN"));
        assertFalse(question.answer().bySlider());
        assertTrue(question.answer().byTyping());
    }

    @Test
    void anUnknownAnswerFormatOrAHalfTranslatedHintIsRefusedByName() {
        LessonFileException format = assertThrows(LessonFileException.class, () -> parse(QUESTION.replace(
                "\"log_scale\": true}", "\"log_scale\": true, \"answer_format\": \"spoken\"}")));
        assertEquals("teacher.json: line 5, field steps[0].question.answer.answer_format: must be one of either, slider,"
                + " typed, got spoken", format.getMessage());
        LessonFileException hint = assertThrows(LessonFileException.class, () -> parse(QUESTION.replace(
                "\"log_scale\": true}", "\"log_scale\": true}, \"hint\": {\"en\": \"Look\"}")));
        assertTrue(hint.getMessage().matches("teacher\\.json: line \\d+, field steps\\[0]\\.question\\.hint: needs both en and zh_CN"),
                hint.getMessage());
    }
}
