package org.scalingexplorer.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Porian et al. 2024's correction steps from their published isoFLOP points (read from ../shared, which
 * a user's clone does not have), and the reader's refusals.
 */
class CorrectionStepFitterTest {

    private static final Path PORIAN = Path.of("../shared/data/external/porian2024-isoflops/isoflop_points.csv");

    @TempDir
    Path dir;

    @Test
    void porianStepsFallFromAboutKaplansExponentToChinchillas() {
        Assumptions.assumeTrue(Files.exists(PORIAN), "needs ../shared/data/external/porian2024-isoflops");
        List<ConfigurationRuns> configurations = ConfigurationRunsReader.read(PORIAN);
        assertEquals(15, configurations.size(), "5 steps on 2 data sets, 4 attention-FLOPs steps, Kaplan tuned");
        List<ConfigurationRuns> refinedWeb = configurations.stream().filter(c -> c.dataset().equals("rw"))
                .limit(5).toList();
        assertEquals(List.of("Reproducing Kaplan et al.", "Counting last layer FLOPs", "Correcting warmup",
                "Cosine decay", "Optimizer tuning (no decay)"),
                refinedWeb.stream().map(ConfigurationRuns::configuration).toList());
        assertEquals(107, refinedWeb.get(0).runs().size(), "the data README's count");
        List<CorrectionStepExponent> steps = CorrectionStepFitter.fit(refinedWeb, 50, 1, f -> { }, () -> false);
        // The data README's own check: a parabola through the 5 sizes nearest each minimum gives
        // 0.864, 0.697, 0.595, 0.550, 0.501 (the authors' Akima fits: 0.835, 0.706, 0.602, 0.571, 0.497).
        double[] expected = {0.864, 0.697, 0.595, 0.550, 0.501};
        for (int i = 0; i < expected.length; i++) {
            CorrectionStepExponent step = steps.get(i);
            assertEquals(expected[i], step.exponent(), 5e-4, step.configuration());
            assertTrue(step.ci95().low() < step.exponent() && step.exponent() < step.ci95().high(),
                    step.configuration() + " " + step.ci95());
            assertEquals(step.flops().length, step.optimalParams().length);
        }
        assertEquals(11, steps.get(0).flops().length, "Kaplan's step has points at 11 of the 12 budgets");
        assertEquals(2, steps.get(1).skippedBudgets(), "two budgets of the second step have their minimum at an edge");
        assertEquals(10, steps.get(1).flops().length);
    }

    @Test
    void aFileWithoutTheConfigurationColumnIsRefusedNamingFileAndColumn() throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "dataset,flops,params,loss\nrw,1e18,1e8,3.1\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConfigurationRunsReader.read(file));
        assertTrue(refused.getMessage().startsWith(file + ": missing required column 'config'"), refused.getMessage());
    }

    @Test
    void aFileWithNeitherFlopsNorTokensIsRefused() throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "config,params,loss\nA,1e8,3.1\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConfigurationRunsReader.read(file));
        assertTrue(refused.getMessage().contains("missing required column 'flops' or 'tokens'"), refused.getMessage());
    }

    @Test
    void aBadNumberIsRefusedWithItsLineAndField() throws Exception {
        Path file = dir.resolve("points.csv");
        Files.writeString(file, "config,flops,params,loss\nA,1e18,1e8,3.1\nA,1e18,lots,3.0\n");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConfigurationRunsReader.read(file));
        assertTrue(refused.getMessage().startsWith(file + ": line 3, params:"), refused.getMessage());
    }

    @Test
    void tokensGiveTheBudgetAndConfigurationsKeepFileOrder() throws Exception {
        Path file = dir.resolve("points.tsv.csv");
        Files.writeString(file, "config,tokens,params,loss\nB,1e9,1e8,3.1\nA,2e9,1e8,3.0\nB,4e9,1e8,2.9\n");
        List<ConfigurationRuns> read = ConfigurationRunsReader.read(file);
        assertEquals(List.of("B", "A"), read.stream().map(ConfigurationRuns::label).toList());
        assertEquals(6e17, read.get(0).runs().get(0).flops(), 1);
    }

    @Test
    void aCancelledFitStops() {
        ConfigurationRuns synthetic = new ConfigurationRuns("", "synthetic", List.of());
        assertThrows(CancellationException.class,
                () -> CorrectionStepFitter.fit(List.of(synthetic), 10, 1, f -> { }, () -> true));
    }
}
