package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

class RepeatCommandTest {

    private static final DataConstrainedLaw LAW = DataConstrainedLaw.MUENNIGHOFF_2023;

    @Test
    void jsonCarriesTheDocumentedKeysAndTheLawsValues() {
        CliRun run = CliRun.of("repeat", "--unique", "1e11", "--epochs", "8", "--params", "7e9", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        for (String key : new String[] {"unique_tokens", "epochs", "tokens", "effective_tokens", "loss_repeated",
                "loss_fresh"}) {
            assertTrue(json.has(key), "missing " + key + " in " + run.out());
        }
        assertEquals(1e11, json.get("unique_tokens").asDouble());
        assertEquals(8, json.get("epochs").asDouble());
        assertEquals(8e11, json.get("tokens").asDouble(), 1);
        // D'/U_D = 1 + R_D* (1 - exp(-7 / R_D*)) = 6.6241188 by hand.
        assertEquals(6.6241188e11, json.get("effective_tokens").asDouble(), 1e4);
        assertEquals(LAW.loss(7e9, 8e11, 1e11), json.get("loss_repeated").asDouble(), 1e-12);
        assertEquals(LAW.freshLoss(7e9, 8e11), json.get("loss_fresh").asDouble(), 1e-12);
        assertTrue(json.get("loss_repeated").asDouble() > json.get("loss_fresh").asDouble());
    }

    @Test
    void paramsDefaultToTheComputeOptimalSizeForTheTokens() {
        JsonNode json = CliRun.of("repeat", "--unique", "1e11", "--epochs", "8", "--json").json();
        assertEquals(LAW.paramsForTokens(8e11), json.get("params").asDouble(), 1);
    }

    @Test
    void textNamesTheValueOfRepetitionAndThePenalty() {
        CliRun run = CliRun.of("repeat", "--unique", "1e11", "--epochs", "4");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("value of the repeats    90.9% of fresh tokens"), run.out());
        assertTrue(run.out().contains("value of the whole run  93.1% of fresh tokens"), run.out());
        assertTrue(run.out().contains("loss penalty"), run.out());
    }

    @Test
    void badArgumentsExitWithTwoAndOneLine() {
        assertBadArgument(CliRun.of("repeat", "--unique", "1e11", "--epochs", "0.5"), "--epochs", "0.5");
        assertBadArgument(CliRun.of("repeat", "--unique", "0", "--epochs", "4"), "--unique", "got 0");
        assertBadArgument(CliRun.of("repeat", "--unique", "NaN", "--epochs", "4"), "--unique", "NaN");
        assertBadArgument(CliRun.of("repeat", "--unique", "1e11", "--epochs", "4", "--params", "-3"), "--params", "got -3");
        assertBadArgument(CliRun.of("repeat", "--unique", "lots", "--epochs", "4"), "--unique", "lots");
    }

    static void assertBadArgument(CliRun run, String option, String value) {
        assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(option) && run.err().contains(value), run.err());
        assertTrue(run.out().isEmpty(), run.out());
    }
}
