package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

/**
 * Sessions whose constants are legal but extreme, whose runs are absurd, or whose text is too big or
 * not UTF-8 are refused in one line naming the file, the line and the field; none of them reaches a
 * chart. A BOM is accepted.
 */
class SessionFileLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws Exception {
        byte[] text = "{\"format_version\": \"1.0\", \"laws\": {\"chinchilla\": {\"alpha\": 0.4}}}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Path file = Files.write(dir.resolve("bom.slx.json"), withBom);
        assertEquals(0.4, SessionFile.read(file).law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsLine() throws Exception {
        String json = "{\n  \"format_version\": \"1.0\",\n  \"view\": {\"last_view\": \"café\"}\n}";
        Path latin1 = Files.write(dir.resolve("latin1.slx.json"), json.getBytes(StandardCharsets.ISO_8859_1));
        assertRefused(latin1, 3, "", "not UTF-8 text (byte 0xE9 at column 29); save the file as UTF-8");
        Path utf16 = Files.write(dir.resolve("utf16.slx.json"), json.getBytes(StandardCharsets.UTF_16));
        assertRefused(utf16, 1, "", "is UTF-16 text, not UTF-8; save it as UTF-8");
    }

    @Test
    void lawConstantsOutsideTheirSlidersAreRefusedNamingFieldAndLine() throws Exception {
        assertRefused(session("\"laws\": {\"chinchilla\": {\"A\": 1e300}}"), 3, "laws.chinchilla.A",
                "must be between 1 and 1e5 (the reach of its slider), got 1e300");
        assertRefused(session("\"laws\": {\"epoch\": {\"alpha\": 1e-9}}"), 3, "laws.epoch.alpha",
                "must be between 0.05 and 1 (the reach of its slider), got 1e-9");
        assertRefused(session("\"laws\": {\"kaplan\": {\"N_c\": 1e20}}"), 3, "laws.kaplan.N_c",
                "must be between 1e10 and 1e16 (the reach of its slider), got 1e20");
        assertRefused(session("\"laws\": {\"kaplan\": {\"alpha_C_min\": 0.000001}}"), 3, "laws.kaplan.alpha_C_min",
                "must be between 0.005 and 0.5, got 1e-6");
        assertRefused(session("\"laws\": {\"chinchilla\": {\"E\": -1}}"), 3, "laws.chinchilla.E",
                "must be between 0 and 4 (the reach of its slider), got -1");
    }

    @Test
    void numbersNoOneMeansAreRefusedWherever() throws Exception {
        assertRefused(session("\"budgets\": [{\"flops\": 1e-320}]"), 3, "budgets[0].flops", "too small to tell from zero: 1.0E-320");
        assertRefused(session("\"repetition\": {\"epochs\": 1e400}"), 3, "repetition.epochs", "must be a finite number");
        assertRefused(session("\"view\": {\"settings\": {\"allocation.log10_flops\": \"22\"}}"), 3,
                "view.settings.allocation.log10_flops", "must be a number, got \"22\"");
    }

    @Test
    void importedRunsAreCheckedLikeARunFile() throws Exception {
        assertRefused(session("\"imported_runs\": [\n {\"params\": 1e9, \"tokens\": 2e10, \"loss\": 2.5},\n"
                + " {\"params\": 1e9, \"tokens\": 2e10, \"loss\": 8e108}]"), 5, "imported_runs[1].loss",
                "must be between 0.001 and 100 nats per token, got 8e108");
        assertRefused(session("\"imported_runs\": [{\"params\": 1e9, \"loss\": 2.5}]"), 3, "imported_runs[0]", "a run needs tokens");
        assertRefused(session("\"imported_runs\": [{\"params\": 1e9, \"tokens\": 2e10, \"loss\": 2.5, \"name\": 7}]"), 3,
                "imported_runs[0].name", "must be text in quotes, got 7");
        assertRefused(session("\"fit_results\": [{\"resamples\": 2000000000}]"), 3, "fit_results[0].resamples",
                "must be a number between 0 and 1e4, got 2000000000");
    }

    @Test
    void sizeLimitsAreRefusedByName() throws Exception {
        assertRefused(session("\"view\": {\"last_view\": \"" + "v".repeat(70_000) + "\"}"), 3, "",
                "past a limit of session files: String value length (70000) exceeds the maximum allowed (65536)");
        assertRefused(session("\"budgets\": [" + "9".repeat(100) + "]"), 3, "",
                "past a limit of session files: Number value length (100) exceeds the maximum allowed (64)");
        assertRefused(session("\"budgets\": " + "[".repeat(40) + "]".repeat(40)), 3, "",
                "past a limit of session files: Document nesting depth (33) exceeds the maximum allowed (32)");
        Path giant = dir.resolve("giant.slx.json");
        try (RandomAccessFile sparse = new RandomAccessFile(giant.toFile(), "rw")) {
            sparse.setLength(Limits.SESSION_BYTES + 1);
        }
        assertRefused(giant, -1, "", "33,554,433 bytes is larger than a session file may be (33,554,432 bytes, the limit)");
    }

    @Test
    void aSessionAtTheRunLimitAsTheAppWritesItOpensAgain() throws Exception {
        ArrayNode runs = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Limits.SESSION_RUNS; i++) {
            double params = 6795600349.289497 + i;
            double tokens = 2.451059579245427E8;
            runs.addObject().put("params", params).put("tokens", tokens).put("flops", 6 * params * tokens)
                    .put("loss", 5.005581996196243).put("unique_tokens", 1.2345678901234567E8)
                    .put("group", "budget-" + i % 9).put("name", "run number " + i);
        }
        Path file = dir.resolve("limit.slx.json");
        SessionFile.write(Session.published().withFitWork(runs, null), file);
        assertTrue(Files.size(file) < Limits.SESSION_BYTES, Files.size(file) + " bytes");
        assertEquals(Limits.SESSION_RUNS, SessionFile.read(file).importedRunCount());
    }

    @Test
    void aSessionOfMoreTokensThanItsRunsAllowIsRefusedWhileParsing() throws Exception {
        StringBuilder runs = new StringBuilder("\"imported_runs\": [");
        for (int i = 0; i < 300_000; i++) {
            runs.append(i == 0 ? "" : ",").append("{\"params\":1,\"tokens\":1,\"loss\":1}");
        }
        Path file = session(runs.append(']').toString());
        assertTrue(Files.size(file) < Limits.SESSION_BYTES, "small enough on disk");
        SessionFileException error = assertThrows(SessionFileException.class, () -> SessionFile.read(file));
        assertTrue(error.problem().startsWith("past a limit of session files: Token count"), error.getMessage());
        assertTrue(error.getMessage().endsWith("exceeds the maximum allowed (2100000)"), error.getMessage());
        assertEquals(3, error.line());
    }

    @Test
    void moreRunsThanASessionKeepsAreRefusedOnReadAndNeverWritten() throws Exception {
        StringBuilder runs = new StringBuilder("\"imported_runs\": [");
        for (int i = 0; i <= Limits.SESSION_RUNS; i++) {
            runs.append(i == 0 ? "" : ",").append("{\"params\":1e9,\"tokens\":").append(1e9 + i).append(",\"loss\":2.5}");
        }
        assertRefused(session(runs.append(']').toString()), 3, "imported_runs",
                "holds 100,001 runs, more than the 100,000 a session keeps (the limit)");

        Path kept = dir.resolve("kept.slx.json");
        SessionFile.write(Session.published(), kept);
        byte[] before = Files.readAllBytes(kept);
        ArrayNode many = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i <= Limits.SESSION_RUNS; i++) {
            many.addObject().put("params", 1e9).put("tokens", 1e9 + i).put("loss", 2.5);
        }
        IOException error = assertThrows(IOException.class,
                () -> SessionFile.write(Session.published().withFitWork(many, null), kept));
        assertEquals(kept + ": cannot write: a session keeps at most 100,000 imported runs, this one has 100,001",
                error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(kept));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".part")).toList());
        }
    }

    private Path session(String body) throws IOException {
        Path file = dir.resolve("s" + System.nanoTime() + ".slx.json");
        Files.writeString(file, "{\n  \"format_version\": \"1.0\",\n  " + body + "\n}\n");
        return file;
    }

    private static void assertRefused(Path file, int line, String field, String problem) throws IOException {
        byte[] before = Files.readAllBytes(file);
        SessionFileException error = assertThrows(SessionFileException.class, () -> SessionFile.read(file));
        assertTrue(error.problem().startsWith(problem), "expected '" + problem + "', got: " + Limits.excerpt(error.getMessage(), 300));
        assertEquals(field, error.field(), error.getMessage());
        assertEquals(line, error.line(), error.getMessage());
        assertTrue(error.getMessage().startsWith(file.toString()), error.getMessage());
        assertTrue(error.getMessage().length() < 400 && !error.getMessage().contains("\n"), error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file), "a refused file is only read");
    }
}
