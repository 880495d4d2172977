package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The batch, hyper and mup commands. */
class RecipeCommandsTest {

    @Test
    void batchAtTheCriticalBatchDoublesStepsAndTokens() {
        CliRun run = CliRun.of("batch", "--law", "chinchilla", "--flops", "1e22", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        double bCrit = json.get("b_crit").asDouble();
        assertEquals(bCrit, json.get("batch").asDouble());
        assertEquals(2 * json.get("s_min").asDouble(), json.get("steps").asDouble(), 1e-6);
        assertEquals(2 * json.get("e_min").asDouble(), json.get("tokens").asDouble(), 1);
        // B_crit is Kaplan's at the predicted loss.
        assertEquals(2.1e8 / Math.pow(json.get("loss").asDouble(), 1 / 0.21), bCrit, 1e-3);
        assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"));
    }

    @Test
    void batchAtAGivenBatchFollowsMcCandlish() {
        JsonNode json = CliRun.of("batch", "--law", "epoch", "--flops", "1e21", "--batch", "1e5", "--json").json();
        double bCrit = json.get("b_crit").asDouble();
        assertEquals(json.get("s_min").asDouble() * (1 + bCrit / 1e5), json.get("steps").asDouble(), 1e-6);
        assertEquals(json.get("e_min").asDouble() * (1 + 1e5 / bCrit), json.get("tokens").asDouble(), 1);
    }

    @Test
    void hyperGivesEachLawWithItsSource() {
        CliRun run = CliRun.of("hyper", "--flops", "1e22", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode laws = run.json().get("laws");
        assertEquals(2, laws.size());
        assertEquals("deepseek", laws.get(0).get("id").asText());
        assertTrue(laws.get(0).get("source").asText().contains("arXiv:2401.02954"));
        assertEquals("step-law", laws.get(1).get("id").asText());
        assertTrue(laws.get(1).get("source").asText().contains("arXiv:2503.04715"));
        for (JsonNode law : laws) {
            double rate = law.get("learning_rate").asDouble();
            double batch = law.get("batch_tokens").asDouble();
            assertTrue(rate > 1e-5 && rate < 1e-2, law.toString());
            assertTrue(batch > 1e5 && batch < 1e8, law.toString());
        }
    }

    @Test
    void chinchillaStillNamesTheRoundedPresetAndTheUnroundedOneIsItsOwn() {
        JsonNode rounded = CliRun.of("allocate", "--law", "chinchilla", "--flops", "5.76e23", "--json").json();
        JsonNode unrounded = CliRun.of("allocate", "--law", "chinchilla-unrounded", "--flops", "5.76e23", "--json")
                .json();
        assertEquals(92.6, rounded.get("tokens_per_param").asDouble(), 0.1);
        assertEquals(58.9, unrounded.get("tokens_per_param").asDouble(), 0.1);
    }

    @Test
    void mupPrintsEachWidthsLossesAndBestRateUnderBoth() {
        CliRun run = CliRun.of("mup", "--widths", "16,32", "--rates", "0.001,0.01,0.1", "--steps", "40", "--batch", "8",
                "--seed", "1", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("sp", "mup", "widths", "learning_rates")), keys.toString());
        for (String section : List.of("sp", "mup")) {
            JsonNode curves = json.get(section).get("curves");
            assertEquals(2, curves.size());
            for (JsonNode curve : curves) {
                assertEquals(3, curve.get("losses").size());
                double best = curve.get("best_learning_rate").asDouble();
                assertTrue(best == 0.001 || best == 0.01 || best == 0.1, curve.toString());
            }
        }
        // The base width is the same network under both parametrisations.
        assertEquals(json.get("sp").get("curves").get(0).get("losses"), json.get("mup").get("curves").get(0).get("losses"));
        assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"));
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"batch", "--flops", "1e40"},
            {"batch", "--law", "gpt", "--flops", "1e22"},
            {"batch", "--flops", "1e22", "--batch", "0"},
            {"hyper"},
            {"hyper", "--flops", "-3"},
            {"mup", "--widths", "64"},
            {"mup", "--widths", "64,32"},
            {"mup", "--widths", "32,abc"},
            {"mup", "--steps", "0"},
            {"mup", "--rates", "0.1,0.01,0.001"},
        };
        String[] mention = {"--flops", "--law", "--batch", "--flops", "--flops", "--widths", "--widths: widths must be "
            + "strictly increasing", "--widths", "--steps: steps must be between 1 and", "--rates: learning rates must be "
            + "strictly increasing"};
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.of(cases[i]);
            assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode(), String.join(" ", cases[i]) + ": " + run.err());
            assertEquals("", run.out(), String.join(" ", cases[i]));
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(mention[i]), String.join(" ", cases[i]) + ": " + run.err());
        }
    }
}
