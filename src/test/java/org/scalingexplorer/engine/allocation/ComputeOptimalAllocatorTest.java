package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawPreset;

class ComputeOptimalAllocatorTest {

    private static final double GOPHER_FLOPS = 5.76e23;

    @Test
    void hoffmannPresetHasThePublishedConstants() {
        ChinchillaLaw law = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
        assertEquals(1.69, law.irreducible());
        assertEquals(406.4, law.paramsCoefficient());
        assertEquals(410.7, law.tokensCoefficient());
        assertEquals(0.34, law.alpha());
        assertEquals(0.28, law.beta());
    }

    @Test
    void chinchillaExponentsAreApproachThreesAbout046And054() {
        ChinchillaOptimum optimum = ChinchillaOptimum.of((ChinchillaLaw) LawPreset.CHINCHILLA_2022.law());
        // a = beta / (alpha + beta) = 0.28 / 0.62, b = 0.34 / 0.62 (science.md section 3: 0.46 and 0.54)
        assertEquals(0.28 / 0.62, optimum.paramsExponent(), 1e-15);
        assertEquals(0.34 / 0.62, optimum.tokensExponent(), 1e-15);
        assertEquals(0.46, optimum.paramsExponent(), 0.01);
        assertEquals(0.54, optimum.tokensExponent(), 0.01);
        double g = Math.pow(0.34 * 406.4 / (0.28 * 410.7), 1 / 0.62);
        assertEquals(g, optimum.g(), 1e-12 * g);
    }

    @Test
    void hoffmannOptimumAtGopherBudgetEqualsClosedFormAndSpendsTheBudget() {
        Allocation allocation = ComputeOptimalAllocator.allocate(LawPreset.CHINCHILLA_2022.law(),
                ComputeBudget.ofFlops(GOPHER_FLOPS));
        // Closed form written out independently of the engine.
        double g = Math.pow((0.34 * 406.4) / (0.28 * 410.7), 1 / (0.34 + 0.28));
        double expectedParams = g * Math.pow(GOPHER_FLOPS / 6, 0.28 / (0.34 + 0.28));
        double expectedTokens = Math.pow(GOPHER_FLOPS / 6, 0.34 / (0.34 + 0.28)) / g;
        assertEquals(expectedParams, allocation.params(), 1e-9 * expectedParams);
        assertEquals(expectedTokens, allocation.tokens(), 1e-9 * expectedTokens);
        assertEquals(GOPHER_FLOPS, 6 * allocation.params() * allocation.tokens(), 1e-9 * GOPHER_FLOPS);
        double expectedLoss = 1.69 + 406.4 / Math.pow(expectedParams, 0.34) + 410.7 / Math.pow(expectedTokens, 0.28);
        assertEquals(expectedLoss, allocation.loss(), 1e-12);
    }

    @Test
    void epochRefitGivesAboutTwentyTokensPerParameter() {
        for (double flops : new double[] {1e20, 1e22, GOPHER_FLOPS, 1e26}) {
            Allocation allocation = ComputeOptimalAllocator.allocate(LawPreset.EPOCH_2024.law(), ComputeBudget.ofFlops(flops));
            assertTrue(allocation.tokensPerParam() > 12 && allocation.tokensPerParam() < 30,
                    "tokens per param at " + flops + ": " + allocation.tokensPerParam());
        }
    }

    @Test
    void kaplanAllocatesTableSixModelAndSpendsTheWholeBudget() {
        ComputeBudget budget = ComputeBudget.ofFlops(GOPHER_FLOPS);
        Allocation allocation = ComputeOptimalAllocator.allocate(LawPreset.KAPLAN_2020.law(), budget);
        double pfDays = GOPHER_FLOPS / 8.64e19;
        assertEquals(1.3e9 * Math.pow(pfDays, 0.73), allocation.params(), 1e-9 * allocation.params());
        assertEquals(GOPHER_FLOPS, 6 * allocation.params() * allocation.tokens(), 1e-9 * GOPHER_FLOPS);
        // Kaplan's own D_opt differs: Table 6 assumes C_min, not C = 6ND.
        double published = KaplanEfficientFrontier.publishedTokens(pfDays);
        assertTrue(Math.abs(published - allocation.tokens()) / published > 0.05);
        // Kaplan puts far more of the budget into parameters than Chinchilla: under one token per parameter here.
        assertTrue(allocation.tokensPerParam() < 1, "Kaplan tokens per param " + allocation.tokensPerParam());
    }

    @Test
    void kaplanLossOfParamsIsOneAtTheCriticalSize() {
        KaplanLaw kaplan = (KaplanLaw) LawPreset.KAPLAN_2020.law();
        assertEquals(1.0, kaplan.lossOfParams(8.8e13), 1e-15);
        assertEquals(1.0, kaplan.lossOfTokens(5.4e13), 1e-15);
        assertEquals(1.0, kaplan.lossOfMinCompute(3.1e8), 1e-15);
        // The joint form reduces to L(N) with unlimited data.
        assertEquals(kaplan.lossOfParams(1e9), kaplan.loss(1e9, 1e30), 1e-9);
    }
}
