package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

class DataConstrainedAllocatorTest {

    private static final DataConstrainedLaw LAW = DataConstrainedLaw.MUENNIGHOFF_2023;

    private static DataConstrainedAllocation optimum(double flops, double uniqueTokens) {
        return DataConstrainedAllocator.allocate(LAW, ComputeBudget.ofFlops(flops), uniqueTokens);
    }

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, Math.abs(expected) * tolerance, what);
    }

    @Test
    void reproducesScienceMdAt1e22FlopsAnd25BillionUniqueTokens() {
        DataConstrainedAllocation best = optimum(1e22, 25e9);
        assertRelative(7.03e9, best.params(), 0.01, "params");
        assertRelative(2.37e11, best.tokens(), 0.01, "tokens");
        assertRelative(9.49, best.epochs(), 0.01, "epochs");
        assertEquals(2.22213, best.loss(), 1e-5, "loss");
        assertEquals(1e22, 6 * best.params() * best.tokens(), 1e22 * 1e-12, "the budget holds");
    }

    @Test
    void neverWorseThanTheAuthorsGridSearch() {
        double gridLoss = LAW.loss(7.02e9, 2.373e11, 25e9);
        assertTrue(optimum(1e22, 25e9).loss() <= gridLoss,
                "optimum " + optimum(1e22, 25e9).loss() + " vs grid " + gridLoss);
    }

    @Test
    void isALocalMinimumAlongTheBudget() {
        DataConstrainedAllocation best = optimum(1e22, 25e9);
        for (double factor : new double[] {0.9, 0.99, 0.999, 1.001, 1.01, 1.1}) {
            double params = best.params() * factor;
            assertTrue(LAW.loss(params, 1e22 / (6 * params), 25e9) >= best.loss(), "factor " + factor);
        }
    }

    @Test
    void reproducesScienceMdForScarceDataAndForMoreCompute() {
        DataConstrainedAllocation scarce = optimum(1e22, 5e9);
        assertRelative(5.73e9, scarce.params(), 0.01, "params, U_D 5e9");
        assertEquals(58, scarce.epochs(), 0.6, "epochs, U_D 5e9");
        assertEquals(2.37826, scarce.loss(), 1e-5, "loss, U_D 5e9");

        DataConstrainedAllocation moreCompute = optimum(1e23, 25e9);
        assertRelative(1.885e10, moreCompute.params(), 0.01, "params, C 1e23");
        assertEquals(35, moreCompute.epochs(), 0.5, "epochs, C 1e23");
        assertEquals(2.16432, moreCompute.loss(), 1e-5, "loss, C 1e23");
    }

    @Test
    void freshOptimumIsTheClosedFormOfScienceMd() {
        Allocation fresh = DataConstrainedAllocator.allocateFresh(LAW, ComputeBudget.ofFlops(1e22));
        assertRelative(9.22e9, fresh.params(), 0.005, "params");
        assertEquals(2.18800, fresh.loss(), 1e-5, "loss");
    }

    @Test
    void withEnoughUniqueDataTheConstrainedOptimumIsTheFreshOne() {
        ComputeBudget budget = ComputeBudget.ofFlops(1e22);
        Allocation fresh = DataConstrainedAllocator.allocateFresh(LAW, budget);
        for (double poolOverTokens : new double[] {1.0, 2.0, 100.0}) {
            DataConstrainedAllocation plenty = optimum(1e22, fresh.tokens() * poolOverTokens);
            assertRelative(fresh.params(), plenty.params(), 1e-4, "params with pool " + poolOverTokens + " D_opt");
            assertEquals(fresh.loss(), plenty.loss(), 1e-9);
        }
    }

    @Test
    void scarceDataMakesTheOptimalModelSmallerAndTrainLonger() {
        OptimumAcrossPools curve = DataConstrainedAllocator.acrossPools(LAW, ComputeBudget.ofFlops(1e22),
                1e8, 1e12, 40);
        assertEquals(40, curve.size());
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.params()[i] >= curve.params()[i - 1] * (1 - 1e-6), "N grows with the pool at " + i);
            assertTrue(curve.loss()[i] <= curve.loss()[i - 1] + 1e-9, "loss falls with the pool at " + i);
            assertTrue(curve.params()[i] <= curve.fresh().params() * (1 + 1e-6), "never above the fresh optimum");
        }
        assertTrue(curve.epochs()[0] > 100);
        assertEquals(curve.fresh().loss(), curve.loss()[curve.size() - 1], 1e-9);
    }

    @Test
    void refusesABadPool() {
        var e = assertThrows(IllegalArgumentException.class, () -> optimum(1e22, -5));
        assertTrue(e.getMessage().contains("uniqueTokens") && e.getMessage().contains("-5.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> optimum(1e22, Double.NaN));
        assertTrue(e.getMessage().contains("uniqueTokens") && e.getMessage().contains("NaN"), e.getMessage());
    }
}
