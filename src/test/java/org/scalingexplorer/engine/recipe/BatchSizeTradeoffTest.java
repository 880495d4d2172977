package org.scalingexplorer.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;

class BatchSizeTradeoffTest {

    private static final double[] BUDGETS = {1e18, 1e20, 1e22, 5.76e23, 1e25};

    @Test
    void atTheCriticalBatchStepsAndTokensAreTwiceTheirMinimum() {
        for (LawPreset preset : LawPreset.values()) {
            for (double flops : BUDGETS) {
                BatchSizeTradeoff t = BatchSizeTradeoff.forBudget(preset.law(), ComputeBudget.ofFlops(flops));
                double critical = t.criticalBatchTokens();
                assertEquals(2 * t.minSteps(), t.steps(critical), 1e-9 * t.minSteps(), preset + " " + flops);
                assertEquals(2 * t.minTokens(), t.tokens(critical), 1e-9 * t.minTokens(), preset + " " + flops);
            }
        }
    }

    @Test
    void everyBatchLiesOnMcCandlishsHyperbola() {
        BatchSizeTradeoff t = BatchSizeTradeoff.forBudget(LawPreset.EPOCH_2024.law(), ComputeBudget.ofFlops(1e22));
        for (double factor : new double[] {1e-3, 0.1, 0.5, 1, 3, 100}) {
            double batch = factor * t.criticalBatchTokens();
            double product = (t.steps(batch) / t.minSteps() - 1) * (t.tokens(batch) / t.minTokens() - 1);
            assertEquals(1, product, 1e-9, "B = " + factor + " B_crit");
        }
        // Far below B_crit a run uses the fewest tokens and many steps; far above, the fewest steps.
        assertEquals(t.minTokens(), t.tokens(1e-6 * t.criticalBatchTokens()), 1e-5 * t.minTokens());
        assertEquals(t.minSteps(), t.steps(1e6 * t.criticalBatchTokens()), 1e-5 * t.minSteps());
    }

    @Test
    void minimumTokensAreTheAllocationsAndBcritIsKaplansAtItsLoss() {
        ComputeBudget budget = ComputeBudget.ofFlops(5.76e23);
        Allocation allocation = ComputeOptimalAllocator.allocate(LawPreset.CHINCHILLA_2022.law(), budget);
        BatchSizeTradeoff t = BatchSizeTradeoff.forBudget(LawPreset.CHINCHILLA_2022.law(), budget);
        assertEquals(allocation.tokens(), t.minTokens());
        assertEquals(allocation.loss(), t.loss());
        assertEquals(2.1e8 / Math.pow(allocation.loss(), 1 / 0.21), t.criticalBatchTokens(), 1e-6);
        assertEquals(t.minTokens(), t.minSteps() * t.criticalBatchTokens(), 1e-6 * t.minTokens());
        assertEquals(6 * allocation.params() * 2 * allocation.tokens(), t.flops(t.criticalBatchTokens()),
                1e-9 * budget.flops());
    }

    @Test
    void kaplansOwnStepsAreOfTheOrderOfTable6() {
        // At 1 PF-day Kaplan's Table 6 gives S_min = 5.4e3 steps and B = 2.0e6 tokens. Along Kaplan's
        // allocation, E_min / B_crit(L) comes to 3.7e3 steps and B_crit to 3.0e6 tokens: the same
        // order, not the same number (Table 6 fits L(C_min), not L(N, D)).
        ComputeBudget onePfDay = ComputeBudget.ofPfDays(1);
        BatchSizeTradeoff t = BatchSizeTradeoff.forBudget(LawPreset.KAPLAN_2020.law(), onePfDay);
        assertEquals(5.4e3, BatchSizeTradeoff.kaplanTableMinSteps(onePfDay), 1e-9);
        assertEquals(2.0e6, BatchSizeTradeoff.kaplanTableBatchTokens(onePfDay), 1e-6);
        assertEquals(3721, t.minSteps(), 5);
        assertEquals(2.977e6, t.criticalBatchTokens(), 1e3);
    }

    @Test
    void stepsGrowSlowlyAlongKaplansTableButFasterAlongChinchillas() {
        // Lesson 09: S_min ~ C^0.03 holds along Kaplan's own allocation; along another law's
        // allocation the steps D / B_crit grow much faster.
        double kaplanTable = Math.log(BatchSizeTradeoff.kaplanTableMinSteps(ComputeBudget.ofFlops(1e23))
                / BatchSizeTradeoff.kaplanTableMinSteps(ComputeBudget.ofFlops(1e19))) / Math.log(1e4);
        assertEquals(0.03, kaplanTable, 1e-12);
        double chinchilla = stepsExponent(LawPreset.CHINCHILLA_2022);
        double epoch = stepsExponent(LawPreset.EPOCH_2024);
        assertTrue(chinchilla > 0.3 && chinchilla < 0.4, "Chinchilla Approach 3: " + chinchilla);
        assertTrue(epoch > 0.25 && epoch < 0.35, "Epoch: " + epoch);
        // Lesson 09 at its budget of 1e22 FLOPs: "roughly as C^0.4" (local slope from 1e22 to 1e24).
        double local = Math.log(BatchSizeTradeoff.forBudget(LawPreset.CHINCHILLA_2022.law(), ComputeBudget.ofFlops(1e24))
                .minSteps() / BatchSizeTradeoff.forBudget(LawPreset.CHINCHILLA_2022.law(), ComputeBudget.ofFlops(1e22))
                .minSteps()) / Math.log(100);
        assertEquals(0.43, local, 0.02);
    }

    @Test
    void aBadBatchIsRefused() {
        BatchSizeTradeoff t = BatchSizeTradeoff.forBudget(LawPreset.EPOCH_2024.law(), ComputeBudget.ofFlops(1e22));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.steps(0));
        assertTrue(e.getMessage().contains("batch tokens"), e.getMessage());
    }

    private static double stepsExponent(LawPreset preset) {
        double low = BatchSizeTradeoff.forBudget(preset.law(), ComputeBudget.ofFlops(1e19)).minSteps();
        double high = BatchSizeTradeoff.forBudget(preset.law(), ComputeBudget.ofFlops(1e23)).minSteps();
        return Math.log(high / low) / Math.log(1e4);
    }
}
