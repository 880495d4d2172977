package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvesCommandTest {

    static final Path MISFITTING = Path.of("..", "shared", "data", "external", "misfitting2025-learning-curves",
            "scaling_results.csv");
    static final List<String> MISFITTING_COLUMNS = List.of("--column", "run=model,peak_lr,sweep,total_steps",
            "--column", "step=current_steps", "--column", "tokens=D", "--column", "lr=peak_lr");

    @TempDir
    Path dir;

    private Path sample() throws Exception {
        Path file = dir.resolve("log.csv");
        StringBuilder csv = new StringBuilder("run,step,tokens,loss,params,total_steps\n");
        for (String run : List.of("small", "big")) {
            double params = run.equals("small") ? 1e7 : 1e8;
            for (int step = 100; step <= 1000; step += 100) {
                double tokens = step * 1e6;
                csv.append(run).append(',').append(step).append(',').append(tokens).append(',')
                        .append(1.7 + 400 / Math.pow(params, 0.3) + 400 / Math.pow(tokens, 0.3)).append(',')
                        .append(params).append(',').append(run.equals("small") ? 1000 : 2000).append('\n');
            }
        }
        csv.append("big,1000,1e9,abc,1e8,2000\n");
        Files.writeString(file, csv);
        return file;
    }

    private static CliRun run(Path file, String... args) {
        List<String> all = new ArrayList<>(List.of("curves", file.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void countsRunsCheckpointsAndMidScheduleReads() throws Exception {
        CliRun result = run(sample(), "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = result.json();
        assertEquals(2, json.get("runs").asInt());
        assertEquals(20, json.get("checkpoints").asInt());
        assertEquals(19, json.get("mid_schedule_checkpoints").asInt(), "all but small's last; big stopped at 1000 of 2000");
        assertEquals(1, json.get("finished_runs").asInt());
        assertEquals(1, json.get("rows_skipped").asInt());
        assertTrue(result.err().contains("line 22, loss: not a number: 'abc' (row skipped)"), result.err());

        JsonNode finished = run(sample(), "--finished-only", "--json").json();
        assertEquals(1, finished.get("runs").asInt());
        assertEquals(9, finished.get("mid_schedule_checkpoints").asInt());

        CliRun text = run(sample());
        assertTrue(text.out().contains("mid_schedule_checkpoints"), text.out());
    }

    @Test
    void approach1PrintsExponentsAndIntervalsOnTheMisfittingCurves() {
        Assumptions.assumeTrue(Files.exists(MISFITTING), "../shared is absent");
        List<String> args = new ArrayList<>(MISFITTING_COLUMNS);
        args.addAll(List.of("--column", "params=N", "--column", "flops=C", "--approach", "1", "--bootstrap", "50", "--json"));
        CliRun result = run(MISFITTING, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = result.json();
        assertEquals(240, json.get("runs").asInt());
        assertEquals(0.451, json.get("a_exponent").asDouble(), 0.005);
        assertEquals(0.549, json.get("b_exponent").asDouble(), 0.005);
        JsonNode interval = json.get("ci95").get("a_exponent");
        assertTrue(interval.get(0).asDouble() < 0.451 && interval.get(1).asDouble() > 0.451, interval.toString());
        assertTrue(result.err().contains("second checkpoint"), "duplicated checkpoints are reported");
    }

    @Test
    void predictFitsTheScheduleLawAndComparesWithObservedFinalLosses() {
        Assumptions.assumeTrue(Files.exists(MISFITTING), "../shared is absent");
        List<String> args = new ArrayList<>(MISFITTING_COLUMNS);
        args.addAll(List.of("--column", "params=N", "--predict", "--fit-runs",
                "misfitting_400m/0.001/2024_11_22-11_48_37_sweep_test/12000", "--schedule", "cosine",
                "--warmup-steps", "50", "--final-lr-fraction", "0.1", "--json"));
        CliRun result = run(MISFITTING, args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        assertFalse(result.out().contains("NaN") || result.out().contains("Infinity"));
        JsonNode prediction = result.json().get("prediction");
        assertEquals(11, prediction.get("predictions").size(), "the other 400M runs");
        assertEquals(0.016, prediction.get("mean_abs_error_same_peak_lr").asDouble(), 0.004);
        for (JsonNode row : prediction.get("predictions")) {
            assertTrue(row.get("observed_final_loss").isNumber());
        }
        JsonNode shapes = prediction.get("final_loss_by_schedule");
        assertEquals(12000, shapes.get("target_steps").asInt());
        assertTrue(shapes.get("cosine").asDouble() < shapes.get("constant").asDouble(), "annealing lowers the final loss");
    }

    @Test
    void badArgumentsPrintOneLineAndExitTwo() throws Exception {
        Path file = sample();
        List<List<String>> cases = List.of(
                List.of("--x", "epochs"),
                List.of("--approach", "2"),
                List.of("--bootstrap", "1"),
                List.of("--bootstrap", "20000"),
                List.of("--grid", "1"),
                List.of("--column", "size=N"),
                List.of("--column", "loss=nope"),
                List.of("--predict"),
                List.of("--predict", "--fit-runs", "small", "--schedule", "triangle"),
                List.of("--predict", "--fit-runs", "nope", "--schedule", "cosine", "--peak-lr", "1e-3"),
                List.of("--predict", "--fit-runs", "small", "--schedule", "cosine"),
                List.of("--predict", "--fit-runs", "small", "--schedule", "cosine", "--target-steps", "1e12"),
                List.of("--predict", "--fit-runs", "small", "--schedule", "cosine", "--decay-factor", "1"),
                List.of("--fit-runs", "small"));
        for (List<String> args : cases) {
            CliRun result = run(file, args.toArray(String[]::new));
            assertEquals(2, result.exitCode(), args + ": " + result.err());
            assertEquals(1, result.err().strip().lines().filter(line -> line.startsWith("error:")).count(), args + ": " + result.err());
            assertFalse(result.err().contains("Exception"), result.err());
        }
        assertTrue(run(file, "--bootstrap", "20000").err().contains("10,000 (the limit)"));
        Path noSchedule = dir.resolve("plain.csv");
        Files.writeString(noSchedule, "run,step,loss\na,1,3\na,2,2.5\n");
        CliRun finishedOnly = run(noSchedule, "--finished-only");
        assertEquals(2, finishedOnly.exitCode());
        assertTrue(finishedOnly.err().contains("--finished-only needs each run's scheduled length"), finishedOnly.err());
        assertEquals(2, run(dir.resolve("missing.csv")).exitCode());
    }
}
