package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {

    private static final String SAMPLE = Path.of("assets", "data", "chinchilla-epoch.csv").toString();

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExplorerCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void approach3JsonHasTheDocumentedKeysAndValues() throws Exception {
        Outcome outcome = run("fit", SAMPLE, "--approach", "3", "--exclude-highest-loss", "5",
                "--bootstrap", "20", "--holdout-above", "1e21", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertTrue(keys(json).containsAll(List.of("approach", "n_runs", "E", "A", "B", "alpha", "beta", "objective",
                "a_exponent", "b_exponent", "tokens_per_param", "ci95", "holdout")), keys(json).toString());
        assertEquals("3", json.get("approach").asText());
        assertEquals(240, json.get("n_runs").asInt());
        assertEquals(1.817, json.get("E").asDouble(), 0.01 * 1.817);
        assertEquals(0.3473, json.get("alpha").asDouble(), 0.01 * 0.3473);
        for (String parameter : List.of("E", "A", "B", "alpha", "beta", "N_opt", "D_opt")) {
            JsonNode pair = json.get("ci95").get(parameter);
            assertEquals(2, pair.size(), parameter);
            assertTrue(pair.get(0).asDouble() <= pair.get(1).asDouble(), parameter);
        }
        JsonNode holdout = json.get("holdout");
        assertEquals(List.of("cutoff_flops", "train_runs", "n_runs", "mean_rel_error", "max_rel_error"), keys(holdout));
        assertEquals(23, holdout.get("n_runs").asInt());
    }

    @Test
    void approach2AndPowerPrintJson() throws Exception {
        Outcome two = run("fit", SAMPLE, "--approach", "2", "--exclude-highest-loss", "5", "--json");
        assertEquals(0, two.exitCode(), two.err());
        JsonNode twoJson = new ObjectMapper().readTree(two.out());
        assertEquals(1.0, twoJson.get("a_exponent").asDouble() + twoJson.get("b_exponent").asDouble(), 1e-9);
        assertTrue(twoJson.get("tokens_per_param").asDouble() > 0);

        Outcome power = run("fit", SAMPLE, "--approach", "power", "--against", "params", "--json");
        assertEquals(0, power.exitCode(), power.err());
        JsonNode powerJson = new ObjectMapper().readTree(power.out());
        assertTrue(keys(powerJson).containsAll(List.of("approach", "n_runs", "E", "A", "alpha", "objective")));
        assertEquals("params", powerJson.get("against").asText());
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() throws Exception {
        Path noLoss = dir.resolve("no-loss.csv");
        Files.writeString(noLoss, "params,tokens\n1e9,2e10\n");
        String[][] cases = {
            {"fit", dir.resolve("absent.csv").toString()},
            {"fit", SAMPLE, "--approach", "7"},
            {"fit", SAMPLE, "--budget", "-5"},
            {"fit", SAMPLE, "--bootstrap", "-1"},
            {"fit", SAMPLE, "--approach", "2", "--holdout-above", "1e21"},
            {"fit", noLoss.toString()},
        };
        String[] expectedMention = {"absent.csv", "--approach", "--budget", "--bootstrap", "--holdout-above", "'loss'"};
        for (int i = 0; i < cases.length; i++) {
            Outcome outcome = run(cases[i]);
            assertEquals(ExplorerCommand.BAD_ARGUMENT, outcome.exitCode(), String.join(" ", cases[i]));
            assertEquals("", outcome.out());
            String err = outcome.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.contains(expectedMention[i]), err);
        }
    }

    @Test
    void skippedRowsAreWarnedAboutAndTheRestFit() throws Exception {
        Path file = dir.resolve("runs.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(SAMPLE)));
        lines.add(3, "1e9,oops,1e19,3.0");
        Files.write(file, lines);
        Outcome outcome = run("fit", file.toString(), "--approach", "power", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().contains("line 4, tokens: not a number"), outcome.err());
        assertEquals(245, new ObjectMapper().readTree(outcome.out()).get("n_runs").asInt());
    }
}
