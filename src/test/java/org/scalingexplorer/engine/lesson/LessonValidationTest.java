package org.scalingexplorer.engine.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every field of a lesson is checked when its file is opened, and a bad one is refused naming the
 * file, line and field. Before, a budget of 1e40, an unknown law or negative params threw at Check in
 * front of the class, a negative tolerance was accepted and 20,000 dimensions froze the window.
 */
class LessonValidationTest {

    private static final String STEP_START = "{\"title\": {\"en\": \"S\", \"zh_CN\": \"步\"}, \"text\": {\"en\": \"Hi\", \"zh_CN\": \"你好\"},\n";

    private final LessonReader reader = new LessonReader(view -> view.equals("power-laws") || view.equals("data"),
            setting -> setting.equals("allocation.log10_flops"));

    /** A lesson whose one step carries {@code fields} on its third line. */
    private static String lesson(String fields) {
        return "{\"format_version\": 1, \"id\": \"x\", \"title\": {\"en\": \"T\", \"zh_CN\": \"标题\"},\n"
                + " \"steps\": [" + STEP_START + "  \"view\": \"power-laws\", " + fields + "}]}";
    }

    private static String question(String answer) {
        return "\"question\": {\"text\": {\"en\": \"Q\", \"zh_CN\": \"问\"}, \"answer\": {" + answer + "}}";
    }

    @Test
    void questionsAreCheckedBeforeAnyoneAnswersThem() {
        String log = "\"tolerance_log10\": 0.2, \"slider_min\": 1e8, \"slider_max\": 1e12, \"log_scale\": true";
        assertRefused(question("\"quantity\": \"optimal_params\", \"flops\": 1e40, " + log),
                "line 3, field steps[0].question.answer.flops: must be between 1e10 and 1e32 FLOPs, got 1e40");
        assertRefused(question("\"quantity\": \"optimal_params\", \"law\": \"gpt5\", \"flops\": 1e22, " + log),
                "line 3, field steps[0].question.answer.law: law must be one of kaplan, chinchilla");
        assertRefused(question("\"quantity\": \"loss\", \"params\": -7e9, \"tokens\": 1e12, " + log),
                "line 3, field steps[0].question.answer.params: must be between 1 and 1e16 parameters, got -7e9");
        assertRefused(question("\"quantity\": \"loss\", \"params\": 7e9, \"tokens\": 1e12, \"tolerance_relative\": -0.1, "
                        + "\"slider_min\": 1, \"slider_max\": 4, \"log_scale\": false"),
                "line 3, field steps[0].question.answer.tolerance_relative: must be above 0 and at most 1 (100%), got -0.1");
        assertRefused(question("\"quantity\": \"value\", \"value\": 2, \"tolerance_log10\": 0, \"slider_min\": 1, "
                        + "\"slider_max\": 4, \"log_scale\": false"),
                "line 3, field steps[0].question.answer.tolerance_log10: must be above 0 and at most 3 decades, got 0.0");
        assertRefused(question("\"quantity\": \"value\", \"value\": 2, \"tolerance_relative\": 0.1, \"slider_min\": 4, "
                        + "\"slider_max\": 1, \"log_scale\": false"),
                "line 3, field steps[0].question.answer.slider_max: must be above slider_min (4), got 1");
        assertRefused(question("\"quantity\": \"value\", \"value\": 2, \"tolerance_relative\": 0.1, \"slider_min\": 0, "
                        + "\"slider_max\": 10, \"log_scale\": true"),
                "line 3, field steps[0].question.answer.slider_min: must be above 0 on a log scale, got 0");
        assertRefused(question("\"quantity\": \"perplexity\", \"value\": 2, \"tolerance_relative\": 0.1, \"slider_min\": 1, "
                        + "\"slider_max\": 10, \"log_scale\": false"),
                "line 3, field steps[0].question.answer.quantity: must be one of loss, optimal_params");
    }

    @Test
    void lawsAndConstantsAreHeldToTheSliders() {
        assertRefused("\"law\": \"gpt5\"", "line 3, field steps[0].law: law must be one of");
        assertRefused("\"constants\": {\"chinchilla\": {\"A\": 1e300}}",
                "line 3, field steps[0].constants.chinchilla.A: must be between 1 and 1e5 (the reach of its slider), got 1e300");
        assertRefused("\"constants\": {\"kaplan\": {\"alpha\": 0.3}}",
                "line 3, field steps[0].constants.kaplan.alpha: is not a constant of kaplan (C_c_min, D_c, N_c, alpha_C_min, alpha_D, alpha_N)");
        assertRefused("\"constants\": {\"llama\": {\"A\": 400}}", "line 3, field steps[0].constants.llama: law must be one of");
        assertRefused("\"settings\": {\"allocation.log10_flops\": 22, \"nowhere.x\": 1}",
                "line 3, field steps[0].settings.nowhere.x: is not a setting of this app");
        assertRefused("\"view\": \"chart-of-everything\"".replace("\"view\"", "\"simulation\": \"mean-estimation\", \"vew\""),
                "line 3, field steps[0].vew: Unrecognized field \"vew\"");
    }

    @Test
    void listsHaveBounds() {
        String many = String.join(", ", Collections.nCopies(20_000, "2"));
        assertRefused("\"simulation\": \"nearest-neighbour\", \"dimensions\": [" + many + "]",
                "line 3, field steps[0].dimensions: must list 1 to 8 dimensions, got 20,000");
        assertRefused("\"simulation\": \"nearest-neighbour\", \"dimensions\": [1, 99]",
                "line 3, field steps[0].dimensions[1]: must be between 1 and 16, got 99");
        String steps = String.join(",\n", Collections.nCopies(201, STEP_START + "\"view\": \"data\"}"));
        LessonFileException error = assertThrows(LessonFileException.class, () -> parse(
                "{\"format_version\": 1, \"id\": \"x\", \"title\": {\"en\": \"T\", \"zh_CN\": \"标题\"},\n \"steps\": [" + steps + "]}"));
        assertEquals("teacher.json: line 2, field steps: has 201 steps, more than the 200 a lesson may have", error.getMessage());
        error = assertThrows(LessonFileException.class, () -> parse(lesson("\"law\": \"" + "x".repeat(20_000) + "\"")));
        assertTrue(error.getMessage().startsWith("teacher.json: line 3, field steps[0].law: past a limit of lesson files: "
                + "String value length ("), error.getMessage());
        assertTrue(error.getMessage().endsWith("exceeds the maximum allowed (10000)"), error.getMessage());
    }

    @Test
    void filesThatAreNotUtf8OrTooLargeAreRefused(@TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, lesson("\"law\": \"epoch\"").replace("\"T\"", "\"Café\"").getBytes(StandardCharsets.ISO_8859_1));
        LessonFileException error = assertThrows(LessonFileException.class, () -> reader.read(latin1));
        assertTrue(error.getMessage().startsWith(latin1 + ": line 1: not UTF-8 text (byte 0x"), error.getMessage());
        Path big = dir.resolve("big.json");
        Files.writeString(big, " ".repeat(1024 * 1024 + 1));
        error = assertThrows(LessonFileException.class, () -> reader.read(big));
        assertEquals(big + ": 1,048,577 bytes is larger than a lesson file may be (1,048,576 bytes, the limit)", error.getMessage());
        Path bom = dir.resolve("bom.json");
        byte[] text = lesson("\"law\": \"epoch\"").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(bom, withBom);
        assertEquals("epoch", reader.read(bom).steps().get(0).law());
    }

    @Test
    void aGoodLessonStillLoads() throws Exception {
        Lesson lesson = parse(lesson("\"law\": \"epoch\", \"constants\": {\"epoch\": {\"alpha\": 0.5}}, "
                + "\"settings\": {\"allocation.log10_flops\": 22}, \"simulation\": \"nearest-neighbour\", \"dimensions\": [1, 2, 16], "
                + question("\"quantity\": \"loss\", \"params\": 7e9, \"tokens\": 1.4e12, \"tolerance_relative\": 0.05, "
                        + "\"slider_min\": 1, \"slider_max\": 4, \"log_scale\": false")));
        assertEquals(0.5, lesson.steps().get(0).constants().get("epoch").get("alpha"));
    }

    private Lesson parse(String json) throws LessonFileException {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "teacher.json");
    }

    private void assertRefused(String fields, String message) {
        LessonFileException error = assertThrows(LessonFileException.class, () -> parse(lesson(fields)));
        assertTrue(error.getMessage().startsWith("teacher.json: " + message), error.getMessage());
        assertTrue(error.getMessage().length() < 300, error.getMessage());
    }
}
