package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void jsonCarriesTruthRecoveryAndExtrapolationError() {
        CliRun run = CliRun.of("simulate", "--law", "chinchilla", "--budgets", "1e18,1e19,1e20", "--per-budget", "7",
                "--noise", "0.01", "--seed", "1", "--target", "1e24", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(List.of("law", "noise_model", "noise", "objective", "seed", "n_runs", "target_flops", "truth",
                "recovered", "relative_error", "true_loss_at_target", "extrapolated_loss_at_target",
                "extrapolation_error", "true_loss_at_fitted_allocation", "converged", "status"), keys(json));
        assertEquals(List.of("E", "A", "B", "alpha", "beta", "a_exponent"), keys(json.get("truth")));
        assertEquals(List.of("E", "A", "B", "alpha", "beta", "a_exponent"), keys(json.get("recovered")));
        assertEquals(21, json.get("n_runs").asInt());
        assertEquals("gaussian", json.get("noise_model").asText());
        assertEquals("huber", json.get("objective").asText());
        assertEquals(1.69, json.get("truth").get("E").asDouble());
        assertEquals(0.28 / (0.34 + 0.28), json.get("truth").get("a_exponent").asDouble(), 1e-12);
        double recoveredE = json.get("recovered").get("E").asDouble();
        assertEquals((recoveredE - 1.69) / 1.69, json.get("relative_error").get("E").asDouble(), 1e-12);
        double extrapolated = json.get("extrapolated_loss_at_target").asDouble();
        double trueLoss = json.get("true_loss_at_target").asDouble();
        assertEquals((extrapolated - trueLoss) / trueLoss, json.get("extrapolation_error").asDouble(), 1e-12);
        // The same seed prints the same study.
        assertEquals(run.out(), CliRun.of("simulate", "--law", "chinchilla", "--budgets", "1e18,1e19,1e20",
                "--per-budget", "7", "--noise", "0.01", "--seed", "1", "--target", "1e24", "--json").out());
    }

    @Test
    void zeroNoiseRecoversCustomConstantsWithTheAsymmetricObjective() {
        CliRun run = CliRun.of("simulate", "--law", "epoch", "--constant", "E=1.9", "--budget-range", "1e18,1e21",
                "--budget-count", "4", "--per-budget", "5", "--noise", "0", "--noise-model", "one-sided",
                "--objective", "asymmetric", "--lambda", "20", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(20, json.get("n_runs").asInt());
        assertEquals(20.0, json.get("lambda").asDouble());
        assertEquals("asymmetric", json.get("objective").asText());
        assertEquals("one-sided", json.get("noise_model").asText());
        assertEquals(1.9, json.get("truth").get("E").asDouble());
        assertEquals(1.9, json.get("recovered").get("E").asDouble(), 1e-4 * 1.9);
        assertEquals(0.3658, json.get("recovered").get("beta").asDouble(), 1e-4 * 0.3658);
        assertEquals(0, json.get("extrapolation_error").asDouble(), 1e-4);
    }

    @Test
    void repeatPrintsPercentilesOfEveryEstimate() {
        CliRun run = CliRun.of("simulate", "--repeat", "8", "--noise", "0.01", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = run.json();
        assertEquals(8, json.get("repetitions").asInt());
        assertEquals("near-truth", json.get("starts").asText());
        assertEquals(List.of("E", "A", "B", "alpha", "beta", "a_exponent", "extrapolated_loss", "extrapolation_error"),
                keys(json.get("spread")));
        JsonNode e = json.get("spread").get("E");
        assertEquals(List.of("truth", "p2_5", "p25", "median", "p75", "p97_5"), keys(e));
        assertTrue(e.get("p2_5").asDouble() <= e.get("median").asDouble()
                && e.get("median").asDouble() <= e.get("p97_5").asDouble(), e.toString());
    }

    @Test
    void textShowsTheTruthNextToTheRecoveredConstants() {
        CliRun run = CliRun.of("simulate", "--budgets", "1e18,1e19,1e20", "--noise", "0");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("constant") && run.out().contains("truth") && run.out().contains("recovered"),
                run.out());
        assertTrue(run.out().contains("extrapolation_error"), run.out());
    }

    @Test
    void badArgumentsGiveOneLineAndExitCodeTwo() {
        String[][] cases = {
            {"simulate", "--law", "kaplan"},
            {"simulate", "--law", "moon"},
            {"simulate", "--budgets", "1e18,-1"},
            {"simulate", "--budgets", "1e18", "--budget-range", "1e18,1e20"},
            {"simulate", "--per-budget", "2", "--budgets", "1e18,1e19"},
            {"simulate", "--noise", "-0.1"},
            {"simulate", "--noise-model", "uniform"},
            {"simulate", "--objective", "l2"},
            {"simulate", "--objective", "asymmetric", "--lambda", "0.5"},
            {"simulate", "--target", "0"},
            {"simulate", "--constant", "gamma=2"},
            {"simulate", "--repeat", "1"},
            {"simulate", "--noise", "lots"},
        };
        String[] mention = {"--law", "moon", "--budgets", "--budget-range", "at least 5", "--noise", "uniform",
            "--objective", "--lambda", "--target", "gamma", "--repeat", "lots"};
        for (int i = 0; i < cases.length; i++) {
            CliRun run = CliRun.of(cases[i]);
            assertEquals(ExplorerCommand.BAD_ARGUMENT, run.exitCode(), String.join(" ", cases[i]) + ": " + run.err());
            assertEquals("", run.out(), String.join(" ", cases[i]));
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(mention[i]), run.err());
        }
    }
}
