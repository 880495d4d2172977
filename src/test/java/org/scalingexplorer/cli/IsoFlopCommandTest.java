package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

class IsoFlopCommandTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExplorerCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonIsOneObjectPerBudgetWithTheFourKeys() throws Exception {
        Run run = run("isoflop", "--law", "epoch", "--flops", "1e20,1e21,1e22", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertTrue(array.isArray());
        assertEquals(3, array.size());
        ChinchillaOptimum optimum = ChinchillaOptimum.of((ChinchillaLaw) LawPreset.EPOCH_2024.law());
        double[] budgets = {1e20, 1e21, 1e22};
        for (int i = 0; i < 3; i++) {
            JsonNode row = array.get(i);
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertEquals(List.of("flops", "params", "tokens", "loss"), keys);
            assertEquals(budgets[i], row.get("flops").asDouble(), 0);
            assertEquals(optimum.params(budgets[i]), row.get("params").asDouble(), optimum.params(budgets[i]) * 1e-4);
            assertEquals(budgets[i], 6 * row.get("params").asDouble() * row.get("tokens").asDouble(), budgets[i] * 1e-9);
            assertEquals(LawPreset.EPOCH_2024.law().loss(row.get("params").asDouble(), row.get("tokens").asDouble()),
                    row.get("loss").asDouble(), 1e-9);
        }
    }

    @Test
    void textNamesTheLawAndShowsTheRuleForKaplan() {
        Run run = run("isoflop", "--law", "kaplan", "--flops", "1e21");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Kaplan et al. 2020"), run.out());
        assertTrue(run.out().contains("5.610e+09"), run.out());
        assertTrue(run.out().contains("Table 6"), run.out());
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() {
        for (String[] args : new String[][] {
            {"isoflop", "--flops", "1e20,lots"},
            {"isoflop", "--flops", "0"},
            {"isoflop", "--law", "gpt", "--flops", "1e20"},
            {"isoflop"},
        }) {
            Run run = run(args);
            assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode(), String.join(" ", args));
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
            assertEquals("", run.out());
        }
    }
}
