package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.Accelerator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.compute.HardwarePlan;
import org.scalingexplorer.engine.law.LawPreset;

class AllocationRowTest {

    private static final ComputeBudget BUDGET = ComputeBudget.ofFlops(5.76e23);
    private static final HardwarePlan H100 = new HardwarePlan(Accelerator.H100_SXM, 0.4, 2.5);

    @Test
    void rowCarriesTheOptimumItsCostAndItsBatch() {
        AllocationRow row = AllocationRow.of("approach1", LawPreset.CHINCHILLA_APPROACH_1.law(), BUDGET, H100,
                OptimumRule.LOSS_MINIMUM);
        assertEquals(6.78e10, row.params(), 0.01e10);
        assertEquals(20.9, row.tokensPerParam(), 0.05);
        assertEquals(LawPreset.CHINCHILLA_APPROACH_1.law().loss(row.params(), row.tokens()), row.loss(), 1e-12);
        // 5.76e23 / (989e12 * 0.4 * 3600) = 404,448 GPU-hours.
        assertEquals(404_448, row.gpuHours(), 1);
        assertEquals(row.gpuHours() * 2.5, row.costUsd(), 1e-6);
        assertEquals(2.1e8 / Math.pow(row.loss(), 1 / 0.21), row.criticalBatchTokens(), 1e-3);
        assertEquals(row.tokens() / row.criticalBatchTokens(), row.steps(), 1e-6);
    }

    @Test
    void kaplanRowsDependOnTheRule() {
        var law = LawPreset.KAPLAN_2020.law();
        AllocationRow table6 = AllocationRow.of("kaplan", law, BUDGET, H100, OptimumRule.PUBLISHED_RULE);
        AllocationRow bottom = AllocationRow.of("kaplan", law, BUDGET, H100, OptimumRule.LOSS_MINIMUM);
        assertEquals(KaplanEfficientFrontier.params(BUDGET.pfDays()), table6.params(), 1);
        assertNotEquals(table6.params(), bottom.params(), table6.params() * 0.5);
        assertTrue(bottom.loss() < table6.loss());
    }

    @Test
    void onePerPreset() {
        List<AllocationRow> rows = AllocationRow.forPresets(BUDGET, H100, OptimumRule.PUBLISHED_RULE);
        assertEquals(LawPreset.values().length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(LawPreset.values()[i].id(), rows.get(i).lawId());
            assertEquals(BUDGET.flops(), 6 * rows.get(i).params() * rows.get(i).tokens(), BUDGET.flops() * 1e-9);
        }
    }

    @Test
    void criticalBatchGrowsAsLossFalls() {
        CriticalBatchLaw law = CriticalBatchLaw.KAPLAN_2020;
        assertEquals(2.1e8, law.criticalBatchTokens(1), 1e-6);
        // Halving the loss multiplies B_crit by 2^(1/0.21) = 27.1.
        assertEquals(Math.pow(2, 1 / 0.21), law.criticalBatchTokens(1) / law.criticalBatchTokens(2), 1e-9);
        assertEquals(1e12 / law.criticalBatchTokens(2), law.steps(1e12, 2), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> law.criticalBatchTokens(0));
    }
}
