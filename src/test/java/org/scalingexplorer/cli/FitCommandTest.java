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
        Outcome outcome = run("fit", SAMPLE, "--approach", "3", "--exclude-highest-loss", "5", "--bootstrap", "20", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        assertTrue(keys(json).containsAll(List.of("approach", "form", "n_runs", "E", "A", "B", "alpha", "beta", "objective",
                "a_exponent", "b_exponent", "tokens_per_param", "ci95", "warnings")), keys(json).toString());
        assertEquals("3", json.get("approach").asText());
        assertEquals("chinchilla", json.get("form").asText());
        assertEquals(240, json.get("n_runs").asInt());
        assertEquals(1.817, json.get("E").asDouble(), 0.01 * 1.817);
        assertEquals(0.3473, json.get("alpha").asDouble(), 0.01 * 0.3473);
        for (String parameter : List.of("E", "A", "B", "alpha", "beta", "N_opt", "D_opt")) {
            JsonNode pair = json.get("ci95").get(parameter);
            assertEquals(2, pair.size(), parameter);
            assertTrue(pair.get(0).asDouble() <= pair.get(1).asDouble(), parameter);
        }
    }

    @Test
    void aHoldoutReportsEveryHeldOutRunWithItsInterval() throws Exception {
        Outcome outcome = run("fit", SAMPLE, "--exclude-highest-loss", "5", "--holdout-by", "flops",
                "--holdout-above", "1e21", "--bootstrap", "100", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        JsonNode holdout = json.get("holdout");
        assertEquals(List.of("by", "cutoff", "train_runs", "n_runs", "mean_rel_error", "max_rel_error", "coverage95", "runs"),
                keys(holdout));
        assertEquals("flops", holdout.get("by").asText());
        assertEquals(1e21, holdout.get("cutoff").asDouble());
        assertEquals(23, holdout.get("n_runs").asInt());
        assertEquals(217, holdout.get("train_runs").asInt());
        assertEquals(217, json.get("n_runs").asInt(), "constants come from the training runs only");
        JsonNode first = holdout.get("runs").get(0);
        assertEquals(List.of("name", "params", "tokens", "flops", "loss", "predicted", "low95", "high95"), keys(first));
        assertTrue(first.get("low95").asDouble() < first.get("predicted").asDouble()
                && first.get("predicted").asDouble() < first.get("high95").asDouble());
        double coverage = holdout.get("coverage95").asDouble();
        assertTrue(coverage >= 0 && coverage <= 1);
    }

    @Test
    void compareFormsPrintsTheCrossValidatedTableAndTheChosenForm() throws Exception {
        Outcome outcome = run("fit", SAMPLE, "--exclude-highest-loss", "5", "--compare-forms", "--holdout-by", "params",
                "--holdout-above", "5e9", "--json");
        assertEquals(0, outcome.exitCode(), outcome.err());
        JsonNode json = new ObjectMapper().readTree(outcome.out());
        JsonNode forms = json.get("forms");
        assertEquals(4, forms.size(), "no unique tokens, so no data-constrained row");
        List<String> names = new ArrayList<>();
        for (JsonNode row : forms) {
            assertEquals(List.of("form", "cv_mean_rel_error", "objective"), keys(row));
            names.add(row.get("form").asText());
        }
        assertTrue(names.containsAll(List.of("chinchilla", "chinchilla-tied", "kaplan", "power")), names.toString());
        assertEquals(forms.get(0).get("form").asText(), json.get("chosen_form").asText());
        assertEquals(json.get("chosen_form").asText(), json.get("form").asText());
        assertEquals("params", json.get("cv").get("by").asText());
    }

    @Test
    void splitByFitsEachGroupAndLabelsIt() throws Exception {
        Path file = dir.resolve("two-configs.csv");
        List<String> lines = Files.readAllLines(Path.of(SAMPLE));
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",config");
        for (String config : List.of("first", "second")) {
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                double loss = Double.parseDouble(f[3]) * (config.equals("first") ? 1 : 1.05);
                out.add(f[0] + "," + f[1] + "," + f[2] + "," + loss + "," + config);
            }
        }
        Files.write(file, out);
        for (String approach : List.of("3", "2")) {
            Outcome outcome = run("fit", file.toString(), "--approach", approach, "--split-by", "config",
                    "--exclude-highest-loss", "5", "--json");
            assertEquals(0, outcome.exitCode(), outcome.err());
            JsonNode json = new ObjectMapper().readTree(outcome.out());
            assertTrue(json.isArray());
            assertEquals(2, json.size());
            assertEquals("first", json.get(0).get("group").asText());
            assertEquals("second", json.get(1).get("group").asText());
            assertEquals(240, json.get(1).get("n_runs").asInt());
        }
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
            {"fit", SAMPLE, "--form", "chinchila"},
            {"fit", SAMPLE, "--holdout-by", "size", "--holdout-above", "1e21"},
            {"fit", SAMPLE, "--holdout-by", "group"},
            {"fit", SAMPLE, "--holdout-above", "1e21", "--holdout-group", "g"},
            {"fit", SAMPLE, "--form", "kaplan", "--fix", "alpha=0.3"},
            {"fit", SAMPLE, "--fix", "alpha"},
            {"fit", SAMPLE, "--column", "size=params"},
            {"fit", SAMPLE, "--column", "params=n_no_emb"},
            {"fit", SAMPLE, "--objective", "l2"},
            {"fit", SAMPLE, "--search", "exhaustive"},
            {"fit", SAMPLE, "--flops-from", "pf-days"},
            {"fit", SAMPLE, "--form", "data-constrained"},
            {"fit", SAMPLE, "--holdout-above", "1e30"},
            {"fit", SAMPLE, "--compare-forms", "--fix", "alpha=0.3"},
        };
        String[] expectedMention = {"absent.csv", "--approach", "--budget", "--bootstrap", "--holdout-above", "'loss'",
            "--form", "--holdout-by", "--holdout-group", "--holdout-group", "alpha_N", "--fix", "--column",
            "'n_no_emb'", "--objective", "--search", "--flops-from", "unique_tokens", "--holdout-above", "--compare-forms"};
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
