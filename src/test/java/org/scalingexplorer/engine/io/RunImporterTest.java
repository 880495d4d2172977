package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunImporterTest {

    @TempDir
    Path dir;

    private static final String MIXED = String.join("\n",
            "params,tokens,loss,flops,unique_tokens,group,name", // line 1
            "1e9,2e10,2.5,,,g1,a",                                // 2 good, flops = 6ND
            "abc,2e10,2.5",                                       // 3 params not a number
            "1e9,-5,2.5",                                         // 4 tokens <= 0
            "1e9,2e10,NaN",                                       // 5 loss NaN
            "",                                                   // 6 blank, skipped silently
            "1e9,2e10",                                           // 7 loss column missing
            "2e9,2e10,2.4,1.5e20,1e10,g2,b",                      // 8 good, every column
            "1e9,2e10,2.5,,,g1,a",                                // 9 duplicate of line 2
            "1e9,2e10,0",                                         // 10 loss <= 0
            "\"1e9\",\"3e10\",\"2.3\"",                           // 11 good, quoted
            "1e9,3e10,",                                          // 12 loss empty
            "1e9,4e10,2.2,,-3");                                  // 13 unique_tokens <= 0

    @Test
    void badRowsAreReportedByLineAndFieldAndGoodRowsLoad() throws IOException {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, MIXED + "\n");

        RunImport imported = RunImporter.read(file);

        assertEquals(3, imported.runs().size(), imported.runs().toString());
        TrainingRun first = imported.runs().get(0);
        assertEquals(6 * 1e9 * 2e10, first.flops(), 1e6, "flops defaults to 6ND");
        assertFalse(first.hasUniqueTokens());
        assertEquals("g1", first.group());
        assertEquals("a", first.name());
        TrainingRun second = imported.runs().get(1);
        assertEquals(1.5e20, second.flops());
        assertEquals(1e10, second.uniqueTokens());
        assertEquals("b", second.name());
        assertEquals(3e10, imported.runs().get(2).tokens());

        List<RowProblem> problems = imported.problems();
        assertProblem(problems, 3, "params", "not a number");
        assertProblem(problems, 4, "tokens", "must be between 1 and 1e18 tokens, got -5");
        assertProblem(problems, 5, "loss", "NaN");
        assertProblem(problems, 7, "loss", "missing");
        assertProblem(problems, 9, "row", "duplicate of line 2");
        assertProblem(problems, 10, "loss", "must be between 0.001 and 100 nats per token, got 0");
        assertProblem(problems, 12, "loss", "missing value");
        assertProblem(problems, 13, "unique_tokens", "must be between 1 and 1e18");
        assertEquals(8, problems.size(), problems.toString());
    }

    private static void assertProblem(List<RowProblem> problems, int line, String field, String messagePart) {
        assertTrue(problems.stream().anyMatch(p -> p.lineNumber() == line && p.field().equals(field)
                        && p.message().contains(messagePart)),
                "expected line " + line + ", " + field + ": ..." + messagePart + "... among " + problems);
    }

    @Test
    void lineNumbersHoldWithWindowsLineEndingsAndNoFinalNewline() throws IOException {
        Path file = dir.resolve("crlf.csv");
        Files.writeString(file, "params,tokens,loss\r\n1e9,2e10,2.5\r\n\r\n1e9,2e10,x");
        RunImport imported = RunImporter.read(file);
        assertEquals(1, imported.runs().size());
        assertEquals(List.of(new RowProblem(4, "loss", "not a number: 'x'")), imported.problems());
    }

    @Test
    void missingRequiredColumnNamesFileAndColumn() throws IOException {
        Path file = dir.resolve("no-loss.csv");
        Files.writeString(file, "params,tokens,flops\n1e9,2e10,1.2e20\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RunImporter.read(file));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("'loss'"), error.getMessage());
    }

    @Test
    void missingFileIsAnErrorNamingIt() {
        Path file = dir.resolve("absent.csv");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> RunImporter.read(file));
        assertTrue(error.getMessage().contains("absent.csv"), error.getMessage());
    }

    @Test
    void tabSeparatedFilesAreDetectedByExtensionOrByHeader() throws IOException {
        String tsv = "Params\tTokens\tLoss\n1e9\t2e10\t2.5\n2e9\t2e10\t2.4\n";
        Path byExtension = dir.resolve("runs.tsv");
        Files.writeString(byExtension, tsv);
        Path byHeader = dir.resolve("runs.txt");
        Files.writeString(byHeader, tsv);
        for (Path file : List.of(byExtension, byHeader)) {
            RunImport imported = RunImporter.read(file);
            assertTrue(imported.isClean(), imported.problems().toString());
            assertEquals(2, imported.runs().size());
            assertEquals(2e9, imported.runs().get(1).params());
        }
    }

    @Test
    void sampleDataHasTheEpochRuns() {
        List<TrainingRun> runs = SampleData.chinchillaEpoch();
        assertEquals(245, runs.size());
        TrainingRun first = runs.get(0);
        assertEquals(6795600349.289497, first.params());
        assertEquals(5.005581996196243, first.loss());
        assertEquals(9.993852799709755e+18, first.flops());
    }

    @Test
    void aMillionRowsLoadWithProgress() throws IOException {
        Path file = writeRows(1_000_000);
        List<Double> reported = new ArrayList<>();
        long start = System.nanoTime();
        RunImport imported = RunImporter.read(file, reported::add, () -> false);
        System.out.printf("RunImporterTest: 1,000,000 rows in %.2f s%n", (System.nanoTime() - start) / 1e9);
        assertEquals(1_000_000, imported.runs().size());
        assertTrue(imported.isClean());
        assertTrue(reported.size() > 100, "progress reported " + reported.size() + " times");
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1), "progress went backwards at report " + i);
        }
        assertEquals(1.0, reported.get(reported.size() - 1));
        assertEquals(1e8 + 999_999, imported.runs().get(999_999).params());
    }

    @Test
    void cancelStopsALargeImport() throws IOException {
        Path file = writeRows(1_000_000);
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger reportsAfterCancel = new AtomicInteger();
        double[] lastProgress = {0};
        assertThrows(CancellationException.class, () -> RunImporter.read(file, fraction -> {
            if (cancel.get()) {
                reportsAfterCancel.incrementAndGet();
            }
            lastProgress[0] = fraction;
            if (fraction > 0.2) {
                cancel.set(true);
            }
        }, cancel::get));
        assertEquals(0, reportsAfterCancel.get(), "reading went on after cancel");
        assertTrue(lastProgress[0] < 0.3, "stopped at " + lastProgress[0]);
    }

    private Path writeRows(int rows) throws IOException {
        Path file = dir.resolve("big.csv");
        try (BufferedWriter writer = Files.newBufferedWriter(file)) {
            writer.write("params,tokens,loss\n");
            for (int i = 0; i < rows; i++) {
                writer.write(Double.toString(1e8 + i));
                writer.write(",2.0E10,");
                writer.write(Double.toString(2 + i * 1e-7));
                writer.write('\n');
            }
        }
        return file;
    }
}
