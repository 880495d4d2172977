package org.scalingexplorer.engine.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HardwarePlanTest {

    @Test
    void gpuHoursFollowPeakAndUtilisation() {
        HardwarePlan plan = new HardwarePlan(Accelerator.H100_SXM, 0.4, 2.5);
        ComputeBudget budget = ComputeBudget.ofFlops(1e24);
        double expectedHours = 1e24 / (989e12 * 0.4 * 3600);
        assertEquals(expectedHours, plan.gpuHours(budget), 1e-9 * expectedHours);
        assertEquals(expectedHours * 2.5, plan.costUsd(budget), 1e-9 * expectedHours);
        // An A100 at the same utilisation needs 989/312 times the hours.
        double a100Hours = new HardwarePlan(Accelerator.A100, 0.4, 0).gpuHours(budget);
        assertEquals(989.0 / 312.0, a100Hours / plan.gpuHours(budget), 1e-12);
    }

    @Test
    void pfDaysUseKaplansDefinition() {
        assertEquals(8.64e19, ComputeBudget.FLOPS_PER_PF_DAY);
        assertEquals(1.0, ComputeBudget.ofFlops(8.64e19).pfDays(), 1e-15);
        assertEquals(6 * 7e10 * 1.4e12, ComputeBudget.ofTraining(7e10, 1.4e12).flops(), 1e9);
    }

    @Test
    void utilisationOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HardwarePlan(Accelerator.A100, 1.5, 2));
        assertEquals("mfu must be between 0.001 and 1.0, got 1.5", e.getMessage());
    }
}
