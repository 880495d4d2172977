package org.scalingexplorer.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;

class HyperparameterAdvisorTest {

    private static final Path STEP_LAW_FITS =
            Path.of("../shared/data/external/steplaw2025-lr-bs/fitted_lr_bs_bootstrap_params.csv");

    @Test
    void deepSeekReproducesItsPublishedFormula() {
        // Bi et al. 2024 eq. 1 at 1e20 and 1e24 FLOPs, worked by hand.
        assertEquals(0.3118 * Math.pow(1e20, -0.125), DeepSeekHyperparameters.learningRate(1e20), 1e-15);
        assertEquals(9.86e-4, DeepSeekHyperparameters.learningRate(1e20), 1e-6);
        assertEquals(0.2920 * Math.pow(1e24, 0.3271), DeepSeekHyperparameters.batchTokens(1e24), 1e-3);
        assertEquals(2.069e7, DeepSeekHyperparameters.batchTokens(1e24), 0.001e7);
    }

    @Test
    void stepLawDependsOnDataForTheBatchAndOnBothForTheRate() {
        assertEquals(0.58 * Math.pow(1e11, 0.571), StepLawHyperparameters.batchTokens(1e11), 1e-6);
        // More parameters at the same data: a lower rate; more data at the same size: a higher rate.
        assertTrue(StepLawHyperparameters.learningRate(1e10, 1e11) < StepLawHyperparameters.learningRate(1e9, 1e11));
        assertTrue(StepLawHyperparameters.learningRate(1e9, 1e12) > StepLawHyperparameters.learningRate(1e9, 1e11));
        assertEquals(1.79 * Math.pow(1e9, -0.713) * Math.pow(1e11, 0.307),
                StepLawHyperparameters.learningRate(1e9, 1e11), 1e-15);
    }

    @Test
    void stepLawConstantsMatchTheAuthorsBootstrapMedians() throws IOException {
        Assumptions.assumeTrue(Files.exists(STEP_LAW_FITS), "needs ../shared/data (not in a user's clone)");
        List<Double> lrIntercept = new ArrayList<>();
        List<Double> lrN = new ArrayList<>();
        List<Double> lrD = new ArrayList<>();
        List<Double> bsIntercept = new ArrayList<>();
        List<Double> bsD = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(STEP_LAW_FITS)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                lrIntercept.add(Double.parseDouble(row.get("lr_intercept")));
                lrN.add(Double.parseDouble(row.get("lr_coefN")));
                lrD.add(Double.parseDouble(row.get("lr_coefD")));
                bsIntercept.add(Double.parseDouble(row.get("bs_intercept")));
                bsD.add(Double.parseDouble(row.get("bs_coefD")));
            }
        }
        assertEquals(StepLawHyperparameters.LEARNING_RATE_COEFFICIENT, Math.exp(median(lrIntercept)), 0.02);
        assertEquals(StepLawHyperparameters.LEARNING_RATE_PARAMS_EXPONENT, median(lrN), 0.002);
        assertEquals(StepLawHyperparameters.LEARNING_RATE_TOKENS_EXPONENT, median(lrD), 0.002);
        assertEquals(StepLawHyperparameters.BATCH_COEFFICIENT, Math.exp(median(bsIntercept)), 0.01);
        assertEquals(StepLawHyperparameters.BATCH_TOKENS_EXPONENT, median(bsD), 0.002);
    }

    @Test
    void adviceUsesTheActiveLawsAllocationCountedWithoutEmbeddings() {
        ComputeBudget budget = ComputeBudget.ofFlops(1e22);
        Allocation kaplan = ComputeOptimalAllocator.allocate(LawPreset.KAPLAN_2020.law(), budget);
        List<HyperparameterAdvice> advice = HyperparameterAdvisor.at(LawPreset.KAPLAN_2020.law(), false, budget);
        assertEquals(List.of(HyperparameterAdvisor.DEEPSEEK, HyperparameterAdvisor.STEP_LAW),
                advice.stream().map(HyperparameterAdvice::lawId).toList());
        // Kaplan counts non-embedding parameters already, so N and C are used as they are.
        assertEquals(kaplan.params(), advice.get(0).nonEmbeddingParams());
        assertEquals(1e22, advice.get(0).evaluatedFlops(), 1e10);
        assertEquals(DeepSeekHyperparameters.learningRate(1e22), advice.get(0).learningRate(), 1e-15);
        assertEquals(StepLawHyperparameters.learningRate(kaplan.params(), kaplan.tokens()),
                advice.get(1).learningRate(), 1e-15);
        assertEquals(StepLawHyperparameters.batchTokens(kaplan.tokens()), advice.get(1).batchTokens(), 1e-6);

        // Chinchilla counts all parameters: N loses its embedding share, and DeepSeek's C with it.
        Allocation chinchilla = ComputeOptimalAllocator.allocate(LawPreset.EPOCH_2024.law(), budget);
        HyperparameterAdvice deepSeek = HyperparameterAdvisor.at(LawPreset.EPOCH_2024.law(), true, budget).get(0);
        assertTrue(deepSeek.nonEmbeddingParams() < chinchilla.params());
        assertEquals(chinchilla.params(), EmbeddingCount.PEARCE_SONG_2024.totalParams(deepSeek.nonEmbeddingParams()),
                1e-6 * chinchilla.params());
        assertEquals(6 * deepSeek.nonEmbeddingParams() * chinchilla.tokens(), deepSeek.evaluatedFlops(), 1e8);
    }

    @Test
    void bothLawsLowerTheRateAndRaiseTheBatchAsComputeGrows() {
        List<List<HyperparameterAdvice>> series = HyperparameterAdvisor.against(LawPreset.EPOCH_2024.law(), true,
                1e18, 1e26, 9);
        assertEquals(9, series.size());
        for (int law = 0; law < 2; law++) {
            for (int i = 1; i < series.size(); i++) {
                HyperparameterAdvice before = series.get(i - 1).get(law);
                HyperparameterAdvice after = series.get(i).get(law);
                assertTrue(after.learningRate() < before.learningRate(), after.lawId() + " at " + after.flops());
                assertTrue(after.batchTokens() > before.batchTokens(), after.lawId() + " at " + after.flops());
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : 0.5 * (sorted.get(n / 2 - 1) + sorted.get(n / 2));
    }
}
