package org.scalingexplorer.engine.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.RowProblem;

class CurveReaderTest {

    static final Path MISFITTING = Path.of("..", "shared", "data", "external", "misfitting2025-learning-curves",
            "scaling_results.csv");
    static final List<String> MISFITTING_COLUMNS = List.of("run=model,peak_lr,sweep,total_steps", "step=current_steps",
            "tokens=D", "params=N", "total_steps=total_steps", "lr=peak_lr");

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ColumnMapping mapping(String... specs) {
        return ColumnMapping.parse(List.of(specs), CurveRoles.ALL);
    }

    @Test
    void readsLongFormatCsvIntoOneCurvePerRunInStepOrder() throws Exception {
        Path file = write("runs.csv", """
                run,step,loss,params,total_steps
                a,200,3.1,1e8,400
                a,100,3.5,1e8,400
                b,100,3.6,2e8,200
                a,400,2.9,1e8,400
                b,200,3.0,2e8,200
                """);
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null);
        assertEquals(CurveAxis.STEP, imported.axis());
        assertEquals(2, imported.curves().size());
        LearningCurve a = imported.curves().get(0);
        assertEquals("a", a.name());
        assertEquals(3, a.size());
        assertEquals(100, a.step(0));
        assertEquals(3.5, a.loss(0));
        assertEquals(400, a.step(2));
        assertEquals(3, a.line(0), "the row of step 100 is line 3 of the file");
        assertEquals(1e8, a.params());
        assertTrue(a.finished());
        assertEquals(2, a.midScheduleCount());
        assertEquals(5, imported.checkpoints());
        assertEquals(3, imported.midScheduleCheckpoints(), "a: 100 and 200 of 400; b: 100 of 200");
        assertTrue(imported.problems().isEmpty());
    }

    @Test
    void runNamedBySeveralColumnsAndMappedColumnsWithABom() throws Exception {
        Path file = write("sweep.csv", "\uFEFFmodel,peak_lr,current_steps,D,N,C4 Eval Loss\n"
                + "m1,0.001,10,1e7,1e6,4.0\n"
                + "m1,0.002,10,1e7,1e6,4.2\n"
                + "m1,0.001,20,2e7,1e6,3.8\n");
        CurveImport imported = CurveReader.read(file, mapping("run=model,peak_lr", "step=current_steps", "tokens=D",
                "params=N", "loss=C4 Eval Loss"), null);
        assertEquals(List.of("m1/0.001", "m1/0.002"), imported.curves().stream().map(LearningCurve::name).toList());
        LearningCurve first = imported.curves().get(0);
        assertEquals(2, first.size());
        assertEquals(6 * 1e6 * 2e7, first.flops(1), 1, "flops are 6ND when the file has none");
    }

    @Test
    void badRowsAreNamedByLineAndColumnAndGoodRowsStillLoad() throws Exception {
        Path file = write("bad.csv", """
                run,step,loss
                a,1,3.0
                a,2,abc
                a,-3,2.0
                a,4,
                ,5,2.5
                a,6,-1
                a,7,2.4
                """);
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null);
        assertEquals(List.of(1.0, 7.0), List.of(imported.curves().get(0).step(0), imported.curves().get(0).step(1)));
        List<String> problems = imported.problems().stream().map(RowProblem::toString).toList();
        assertEquals(List.of("line 3, loss: not a number: 'abc'", "line 4, step: must be 0 or more, got -3",
                "line 6, run: missing run name", "line 7, loss: must be between 0.001 and 100 nats per token, got -1"), problems);
        assertEquals(1, imported.rowsWithoutLoss(), "line 5 has no loss: a tracker row, not an error");
    }

    @Test
    void duplicatedCheckpointsAreMergedAndReported() throws Exception {
        Path file = write("dup.csv", """
                run,step,loss
                a,1,3.0
                a,2,2.0
                a,2,2.2
                a,1,3.0
                """);
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null);
        LearningCurve a = imported.curves().get(0);
        assertEquals(2, a.size());
        assertEquals(2.1, a.loss(1), 1e-12);
        assertEquals(2, imported.duplicateCount());
        List<String> reports = imported.duplicates().stream().map(DuplicateCheckpoint::toString).toList();
        assertTrue(reports.contains("line 4: run 'a' has a second checkpoint at step 2 (first on line 3), "
                + "loss 2.00000 vs 2.20000, merged to their mean"), reports.toString());
        assertTrue(reports.contains("line 5: run 'a' has a second checkpoint at step 1 (first on line 2), same loss"),
                reports.toString());
    }

    @Test
    void quotedFieldsGoThroughCommonsCsvAndKeepLineNumbers() throws Exception {
        Path file = write("quoted.csv", "run,step,loss\n"
                + "\"a, with comma\",1,3.0\n"
                + "\"b\nsecond line\",1,3.1\n"
                + "\"c \"\"quoted\"\"\",1,abc\n"
                + "d,2,2.0\n");
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null);
        assertEquals(List.of("a, with comma", "b\nsecond line", "d"),
                imported.curves().stream().map(LearningCurve::name).toList());
        assertEquals(List.of("line 5, loss: not a number: 'abc'"),
                imported.problems().stream().map(RowProblem::toString).toList(), "the quoted field spans lines 3 and 4");
        assertEquals(6, imported.curves().get(2).line(0));
    }

    @Test
    void trackerExportLoadsThroughTheSameMapping() throws Exception {
        // A W&B-style export: run name column, _step, metrics logged at different steps.
        Path file = write("wandb.csv", """
                Name,_step,train/lr,eval/loss
                run-1,0,0.0,
                run-1,50,0.001,
                run-1,100,0.0009,3.2
                run-1,200,0.0005,2.9
                run-2,100,0.002,3.1
                """);
        CurveImport imported = CurveReader.read(file, mapping("run=Name", "lr=train/lr", "loss=eval/loss"), null);
        assertEquals(2, imported.curves().size());
        LearningCurve first = imported.curves().get(0);
        assertEquals("run-1", first.name());
        assertEquals(List.of(100.0, 200.0), List.of(first.step(0), first.step(1)), "_step is the step column");
        assertEquals(4, first.lrTraceSteps().length, "rows without a loss still give the learning rate");
        assertEquals(0.001, first.peakLearningRate());
        assertEquals(2, imported.rowsWithoutLoss());
    }

    @Test
    void jsonLinesAndTsvReadLikeCsv() throws Exception {
        Path jsonl = write("log.jsonl", """
                {"run": "a", "step": 1, "loss": 3.0, "lr": 0.001}
                {"run": "a", "step": 2, "loss": "2.5", "extra": {"nested": 1}}

                not json
                {"run": "b", "step": 1, "loss": 0}
                """);
        CurveImport json = CurveReader.read(jsonl, ColumnMapping.identity(), null);
        assertEquals(1, json.curves().size());
        assertEquals(2.5, json.curves().get(0).loss(1));
        List<String> problems = json.problems().stream().map(RowProblem::toString).toList();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 4, row: not valid JSON"), problems.toString());
        assertEquals("line 5, loss: must be between 0.001 and 100 nats per token, got 0", problems.get(1));

        Path byTokens = write("tokens.jsonl", "{\"tokens\": 1e6, \"loss\": 3}\n{\"tokens\": 2e6, \"loss\": 2.9}\n");
        CurveImport tokens = CurveReader.read(byTokens, ColumnMapping.identity(), null);
        assertEquals(CurveAxis.TOKENS, tokens.axis());
        assertEquals("tokens", tokens.curves().get(0).name(), "one curve named after the file");
        assertEquals(2, tokens.checkpoints());

        Path tsv = write("log.tsv", "run\ttokens\tloss\na\t1e6\t3\na\t2e6\t2.8\n");
        CurveImport tab = CurveReader.read(tsv, ColumnMapping.identity(), null);
        assertEquals(CurveAxis.TOKENS, tab.axis());
        assertEquals(2, tab.curves().get(0).size());
    }

    @Test
    void numbersAreReadStrictlyAndWithinPhysicalRanges() throws Exception {
        Path file = write("strict.csv", """
                run,step,loss,params
                a,1,0x1p1,1e8
                a,2,2.5d,1e8
                a,3,NaN,1e8
                a,4,3.0,1e17
                a,5,3.0,1.5e8
                a,6,2.9e-0,1e8
                """);
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null);
        List<String> problems = imported.problems().stream().map(RowProblem::toString).toList();
        assertEquals(5, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("line 2, loss: "), problems.toString());
        assertTrue(problems.get(3).startsWith("line 5, params: must be between"), problems.toString());
        // The first row that loads fixes the run's size.
        assertEquals("line 7, params: run 'a' has params 1.5E8 from an earlier row, got 1e8", problems.get(4));
        assertEquals(List.of(5.0), List.of(imported.curves().get(0).step(0)));
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithItsLine() throws Exception {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "run,step,loss\na,1,3\nb\u00e9,2,3\n".getBytes(StandardCharsets.ISO_8859_1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(file, ColumnMapping.identity(), null));
        assertTrue(e.getMessage().startsWith(file + ": line 3: not UTF-8 text"), e.getMessage());
    }

    @Test
    void unreadableFilesAreRefusedWithTheFileNamed() throws Exception {
        Path noLoss = write("noloss.csv", "run,step,value\na,1,2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(noLoss, ColumnMapping.identity(), null));
        assertTrue(e.getMessage().startsWith(noLoss + ": no 'loss' column"), e.getMessage());
        IllegalArgumentException mapped = assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(noLoss, mapping("loss=eval"), null));
        assertTrue(mapped.getMessage().contains("--column loss=eval: the file has no column 'eval'"), mapped.getMessage());
        IllegalArgumentException axis = assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(noLoss, mapping("loss=value"), CurveAxis.TOKENS));
        assertTrue(axis.getMessage().contains("no 'tokens' column for --x tokens"), axis.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> CurveReader.read(dir.resolve("missing.csv"), ColumnMapping.identity(), null));
        Path conflicting = write("conflict.csv", "run,step,loss,params\na,1,3,1e8\na,2,2.9,2e8\n");
        CurveImport imported = CurveReader.read(conflicting, ColumnMapping.identity(), null);
        assertEquals("line 3, params: run 'a' has params 1.0E8 from an earlier row, got 2e8",
                imported.problems().get(0).toString());
    }

    @Test
    void progressIsReportedAndCancelStopsTheRead() throws Exception {
        StringBuilder content = new StringBuilder("run,step,loss\n");
        for (int i = 1; i <= 3 * CurveReader.ROWS_PER_CHECK; i++) {
            content.append("r,").append(i).append(",").append(3 + 10.0 / i).append('\n');
        }
        Path file = write("long.csv", content.toString());
        List<Double> fractions = new ArrayList<>();
        CurveImport imported = CurveReader.read(file, ColumnMapping.identity(), null, fractions::add, () -> false);
        assertEquals(3 * CurveReader.ROWS_PER_CHECK, imported.checkpoints());
        assertTrue(fractions.size() >= 3, fractions.toString());
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1));
        }
        assertEquals(1.0, fractions.get(fractions.size() - 1));
        AtomicInteger checks = new AtomicInteger();
        assertThrows(CancellationException.class, () -> CurveReader.read(file, ColumnMapping.identity(), null,
                fraction -> { }, () -> checks.incrementAndGet() > 1));
    }

    @Test
    void readsThe240RunsOfTheMisfittingCurves() {
        Assumptions.assumeTrue(Files.exists(MISFITTING), "../shared is absent");
        CurveImport imported = CurveReader.read(MISFITTING, ColumnMapping.parse(MISFITTING_COLUMNS, CurveRoles.ALL), null);
        assertEquals(240, imported.curves().size(), "the README's 240 distinct runs");
        assertEquals(4852, imported.rowsRead());
        // Rows that give one run two losses at one step: 36 extra rows, all in the 17M sweep, where
        // re-runs with other checkpoint bookkeeping (total_epochs) share a run key (checked with Python).
        assertEquals(36, imported.duplicateCount());
        assertTrue(imported.duplicates().stream().allMatch(d -> d.run().startsWith("misfitting_17m/")));
        assertEquals(4852 - 36, imported.checkpoints());
        assertTrue(imported.problems().isEmpty(), imported.problems().toString());
        assertTrue(imported.curves().stream().allMatch(LearningCurve::finished));
        assertFalse(imported.curves().stream().anyMatch(curve -> !curve.hasParams()));
        // All but each run's final checkpoint, and two 70M runs of 250 steps log both step 250 and 256.
        assertEquals(4816 - 242, imported.midScheduleCheckpoints());
    }
}
