package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every size-like option has a bound and a refusal that names it; numbers no one means are refused;
 * output paths that cannot be written are refused in one line naming the path and the reason; long
 * work stops at its time limit; data that cannot determine a law is refused naming its lines. Each
 * case was a crash, a hang or a raw exception before.
 */
class CliLimitsTest {

    private static final String MAX = Integer.toString(Integer.MAX_VALUE);
    private static final Path SAMPLE = Path.of("assets/data/chinchilla-epoch.csv");

    @TempDir
    Path dir;

    @Test
    void everySizeLikeOptionAtItsMaximumIsRefusedByNameAtOnce() {
        String runs = SAMPLE.toString();
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("--bootstrap must be 0 (none) or between 2 and 10,000 (the limit), got 2,147,483,647",
                new String[] {"fit", runs, "--bootstrap", MAX});
        cases.put("--exclude-highest-loss must be between 0 and 1,000,000 (the limit), got 2,147,483,647",
                new String[] {"fit", runs, "--exclude-highest-loss", MAX});
        cases.put("--resamples must be between 10 and 10,000 (the limit), got 2,147,483,647",
                new String[] {"next-runs", runs, "--target", "1e24", "--resamples", MAX});
        cases.put("--count must be between 1 and 1,000 (the limit), got 2,147,483,647",
                new String[] {"next-runs", runs, "--target", "1e24", "--count", MAX});
        cases.put("--per-budget must be between 1 and 100 (the limit), got 2,147,483,647", new String[] {"simulate", "--per-budget", MAX});
        cases.put("--budget-count must be between 1 and 100 (the limit), got 2,147,483,647",
                new String[] {"simulate", "--budget-range", "1e18,1e20", "--budget-count", MAX});
        cases.put("--repeat must be 0 (none) or between 2 and 10,000 (the limit), got 2,147,483,647", new String[] {"simulate", "--repeat", MAX});
        cases.put("--budgets must be between 1 and 100 (the limit), got 10,000",
                new String[] {"simulate", "--budgets", String.join(",", java.util.Collections.nCopies(10_000, "1e20"))});
        cases.put("--flops must be between 1 and 100 (the limit), got 101",
                new String[] {"isoflop", "--flops", String.join(",", java.util.Collections.nCopies(101, "1e20"))});
        cases.put("--count must be between 1 and 1,000 (the limit), got 2,147,483,647", new String[] {"shapes", "--params", "7e9", "--count", MAX});
        cases.put("--vocab must be between 0 and 10,000,000 (the limit), got 9,223,372,036,854,775,807",
                new String[] {"shapes", "--params", "7e9", "--vocab", Long.toString(Long.MAX_VALUE)});
        cases.put("--width must be between 200 and 10,000 (the limit), got 2,147,483,647",
                new String[] {"render", "--out", dir.resolve("a.png").toString(), "--width", MAX});
        cases.put("--title must be at most 1,000 characters, got 100,000",
                new String[] {"render", "--out", dir.resolve("t.png").toString(), "--title", "x".repeat(100_000)});
        cases.put("--time-limit must be between 1 and 86,400 (the limit), got 2,147,483,647",
                new String[] {"fit", runs, "--time-limit", MAX});
        cases.put("the budgets and --per-budget give 10,000 runs, more than the 2,000 a study fits",
                new String[] {"simulate", "--budget-range", "1e18,1e22", "--budget-count", "100", "--per-budget", "100"});
        cases.put("--repeat 10000 of a study of 700 runs asks for 7,000,000 run fits, more than the 1,000,000 a command does",
                new String[] {"simulate", "--budget-range", "1e18,1e22", "--budget-count", "100", "--per-budget", "7",
                        "--repeat", "10000"});
        cases.forEach((message, args) -> {
            long start = System.nanoTime();
            CliRun run = CliRun.of(args);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertRefused(run, message);
            assertTrue(seconds < 10, () -> org.scalingexplorer.engine.Limits.excerpt(String.join(" ", args)) + " took " + seconds + " s");
        });
    }

    @Test
    void numbersNoOneMeansAreRefusedNamingTheOption() {
        assertRefused(CliRun.of("allocate", "--flops", "0x1p70"),
                "Invalid value for option '--flops': hexadecimal numbers are not accepted, got '0x1p70'; write it in decimal");
        assertRefused(CliRun.of("repeat", "--unique", "1e-320", "--epochs", "4"),
                "Invalid value for option '--unique': too small to tell from zero: 1e-320");
        assertRefused(CliRun.of("repeat", "--unique", "1e-300", "--epochs", "4"), "--unique must be between 1 and 1e18 tokens, got 1e-300");
        assertRefused(CliRun.of("allocate", "--law", "data-constrained", "--flops", "1e22", "--unique", "1e-300", "--json"),
                "--unique must be between 1 and 1e18 tokens, got 1e-300");
        assertRefused(CliRun.of("repeat", "--unique", "1e11", "--epochs", "1e300"), "--epochs must be between 1 and 1,000,000, got 1e300");
        assertRefused(CliRun.of("repeat", "--unique", "1e14", "--epochs", "1e5"),
                "--unique x --epochs is 1e19 tokens, more than the 1e18 a run can read");
        assertRefused(CliRun.of("shapes", "--params", "1e300"), "--params must be between 1 and 1e16 parameters, got 1e300");
        assertRefused(CliRun.of("fit", SAMPLE.toString(), "--budget", "1e9d"), "Invalid value for option '--budget': not a number: '1e9d'");
    }

    @Test
    void theSmallestUniquePoolStillGivesFiniteJson() {
        CliRun run = CliRun.of("allocate", "--law", "data-constrained", "--flops", "1e22", "--unique", "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(run.out().contains("Infinity") || run.out().contains("NaN"), run.out());
        assertTrue(Double.isFinite(run.json().get("epochs").asDouble()));
    }

    @Test
    void jsonRefusesNonFiniteNumbersNamingTheField() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("law", "x");
        report.put("nested", Map.of("epochs", Double.POSITIVE_INFINITY));
        ArithmeticException error = assertThrows(ArithmeticException.class, () -> Json.write(report));
        assertEquals("the result nested.epochs is Infinity, not a number; nothing printed", error.getMessage());
        assertThrows(ArithmeticException.class, () -> Json.write(List.of(1.0, Double.NaN)));
        assertThrows(ArithmeticException.class, () -> Json.write(Map.of("ci95", new double[] {1, Double.NaN})));
    }

    @Test
    void everyHelpPrintsWithoutAFormatWarning() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String command : List.of("allocate", "isoflop", "fit", "repeat", "render", "report", "simulate", "shapes",
                    "next-runs")) {
                CliRun run = CliRun.of(command, "--help");
                assertEquals(0, run.exitCode(), command);
                assertFalse(run.out().contains("WARN") || run.err().contains("WARN"), command + ": " + run.out() + run.err());
                assertTrue(run.out().startsWith("Usage: scaling-explorer " + command), run.out());
            }
        } finally {
            System.setErr(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8), "picocli warned on stderr");
    }

    @Test
    void outputPathsThatCannotBeWrittenAreRefusedInOneLineNamingPathAndReason() throws IOException {
        Path file = Files.writeString(dir.resolve("afile"), "not a folder");
        assertRefused(render(dir.resolve("missing/folder/chart.png")),
                dir.resolve("missing/folder/chart.png") + ": cannot write: the folder " + dir.resolve("missing/folder") + " does not exist");
        assertRefused(render(file.resolve("chart.png")),
                file.resolve("chart.png") + ": cannot write: " + file + " is a file, not a folder");
        Path folder = Files.createDirectory(dir.resolve("chart.png"));
        assertRefused(render(folder), folder + ": cannot write: it is a folder");
        Path readOnly = Files.writeString(dir.resolve("kept.png"), "the old picture");
        byte[] before = Files.readAllBytes(readOnly);
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r--r--r--"));
        assertRefused(render(readOnly), readOnly + ": cannot write: the file is read-only");
        assertArrayEquals(before, Files.readAllBytes(readOnly), "the read-only file was not touched");
        assertRefused(CliRun.of("report", "--out", dir.resolve("r.png").toString()), "--out must name a .pdf file, got");
        assertEquals(List.of(), leftovers(), "no temporary file left");
    }

    @Test
    void aFolderWithoutWritePermissionIsRefused() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertRefused(render(locked.resolve("chart.png")),
                    locked.resolve("chart.png") + ": cannot write: permission denied in the folder " + locked);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aBudgetCountWithoutABudgetRangeIsStillBounded() {
        assertRefused(CliRun.of("simulate", "--budget-count", "10000"),
                "--budget-count must be between 1 and 100 (the limit), got 10,000");
    }

    @Test
    void longWorkStopsAtItsTimeLimitInOneLine() {
        CliRun run = CliRun.of("fit", SAMPLE.toString(), "--bootstrap", "10000", "--time-limit", "1");
        assertEquals(ExplorerCommand.FAILED, run.exitCode(), run.err());
        assertTrue(run.err().matches("error: (the Approach 3 fit of 245 runs|10000 bootstrap resamples of 245 runs) "
                + "stopped after 1 s \\(--time-limit 1\\); ask for less work or allow more time\\s*"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void moreRefitsThanACommandDoesAreRefusedBeforeFitting() throws IOException {
        StringBuilder text = new StringBuilder("params,tokens,loss\n");
        for (int i = 0; i < 600; i++) {
            text.append(1e8 * (1 + i % 20)).append(',').append(1e10 * (1 + i / 20)).append(",3\n");
        }
        Path file = Files.writeString(dir.resolve("runs.csv"), text);
        assertRefused(CliRun.of("fit", file.toString(), "--bootstrap", "10000"),
                "--bootstrap 10000 with 600 runs asks for 6,000,000 run-refits, more than the 5,000,000 a command does "
                        + "(runs x refits); ask for fewer");
    }

    @Test
    void runsThatCannotDetermineTheLawAreRefusedNamingTheirLines() throws IOException {
        StringBuilder oneSize = new StringBuilder("params,tokens,loss\n");
        for (int i = 0; i < 20; i++) {
            oneSize.append("1e9,").append(1e9 * (i + 1)).append(',').append(3 - 0.01 * i).append('\n');
        }
        Path file = Files.writeString(dir.resolve("one-size.csv"), oneSize);
        assertRefused(CliRun.of("fit", file.toString()), "the runs cannot determine the law: all 20 runs have params = 1e9 "
                + "(line 2, line 3, line 4 and 17 more), so nothing in them shows how loss falls with N (A and alpha); "
                + "add runs that differ in params");
        assertRefused(CliRun.of("fit", file.toString(), "--approach", "power", "--against", "params"),
                "a power law with offset fits 3 constants and needs 3 or more distinct values of params, got 1");
        assertRefused(CliRun.of("next-runs", file.toString(), "--target", "1e24"), "all 20 runs have params = 1e9");
    }

    @Test
    void sessionsWithExtremeConstantsAreRefusedInOneLineNamingFileLineAndField() throws IOException {
        Path session = Files.writeString(dir.resolve("huge-a.slx.json"), "{\n  \"format_version\": \"1.0\",\n"
                + "  \"active_law\": \"chinchilla\",\n  \"laws\": {\"chinchilla\": {\"A\": 1e300}}\n}\n");
        for (String view : List.of("power-laws", "loss-valley")) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("render", "--view", view, "--session", session.toString(), "--out",
                    dir.resolve(view + ".png").toString());
            assertRefused(run, session + ": line 4, column 32, field laws.chinchilla.A: must be between 1 and 1e5 "
                    + "(the reach of its slider), got 1e300");
            assertTrue((System.nanoTime() - start) / 1e9 < 10, "refused before any drawing");
        }
        assertRefused(CliRun.of("report", "--session", session.toString(), "--out", dir.resolve("r.pdf").toString()),
                "field laws.chinchilla.A");
        assertRefused(CliRun.of("simulate", "--constant", "alpha=1e-9"),
                "--constant alpha=1.0E-9: must be between 0.05 and 1 (the reach of its slider), got 1e-9");
        assertFalse(Files.exists(dir.resolve("power-laws.png")), "nothing written");
    }

    @Test
    void aSessionAtTheEdgeOfTheRangesIsDrawnWithItsOwnConstants() throws IOException {
        Path session = Files.writeString(dir.resolve("edge.slx.json"), "{\"format_version\": \"1.0\", \"laws\": {"
                + "\"chinchilla\": {\"E\": 4, \"A\": 1e5, \"B\": 1e5, \"alpha\": 0.05, \"beta\": 0.05},"
                + "\"kaplan\": {\"alpha_N\": 0.3, \"alpha_D\": 0.01, \"N_c\": 1e16, \"D_c\": 1e10}}}");
        Path csv = dir.resolve("edge.csv");
        CliRun run = CliRun.of("render", "--view", "power-laws", "--session", session.toString(), "--out", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "nothing on stderr");
        List<String> chinchilla = Files.readAllLines(csv).stream()
                .filter(line -> line.startsWith("\"Loss against parameters") && line.contains(",Chinchilla")).toList();
        assertFalse(chinchilla.isEmpty());
        for (String line : chinchilla) {
            String[] cells = line.substring(line.indexOf("\",") + 2).split(",");
            double params = Double.parseDouble(cells[2]);
            double loss = Double.parseDouble(cells[4]);
            assertEquals(4 + 1e5 * Math.pow(params, -0.05), loss, 1e-9 * loss, "the session's law, not the published one");
        }
        assertFalse(Files.readString(csv).contains("Infinity") || Files.readString(csv).contains("NaN"));
    }

    private CliRun render(Path out) {
        return CliRun.of("render", "--view", "power-laws", "--out", out.toString(), "--width", "400", "--height", "300");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    static void assertRefused(CliRun run, String message) {
        assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode(), run.err());
        assertEquals(1, run.err().strip().lines().count(), "one line: " + run.err());
        assertTrue(run.err().startsWith("error: ") && run.err().contains(message), "expected '" + message + "' in " + run.err());
        assertEquals("", run.out());
    }
}
