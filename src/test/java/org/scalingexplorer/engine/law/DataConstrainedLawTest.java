package org.scalingexplorer.engine.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DataConstrainedLawTest {

    private static final DataConstrainedLaw LAW = DataConstrainedLaw.MUENNIGHOFF_2023;
    private static final double R_D_STAR = 15.387756;

    @Test
    void presetHoldsTheAuthorsNaturalLogConstants() {
        assertEquals(520.8, LAW.paramsCoefficient(), 0.05);
        assertEquals(1487.7, LAW.tokensCoefficient(), 0.05);
        assertEquals(1.869, LAW.irreducible(), 5e-4);
        assertEquals("Muennighoff et al. 2023", DataConstrainedLaw.CITATION.shortForm());
        assertEquals("2305.16264", DataConstrainedLaw.CITATION.arxivId());
    }

    /** The two values the authors print in their README next to the fit. */
    @Test
    void reproducesTheAuthorsReferenceLosses() {
        assertEquals(2.2256441, LAW.loss(6.34e9, 242e9, 25e9), 1e-6);
        assertEquals(2.2269634, LAW.loss(8.67e9, 178e9, 25e9), 1e-6);
    }

    @Test
    void oneEpochIsWorthItsUniqueTokens() {
        assertEquals(25e9, LAW.effectiveTokens(25e9, 25e9), 1e-3);
        assertEquals(3e11, LAW.effectiveTokens(3e11, 3e11), 1e-2);
    }

    @Test
    void aPoolLargerThanTheRunCountsOnlyTheTokensRead() {
        assertEquals(1e9, LAW.effectiveTokens(1e9, 1e12), 1e-6);
        assertEquals(LAW.freshLoss(1e8, 1e9), LAW.loss(1e8, 1e9, 1e12), 1e-12);
    }

    @Test
    void effectiveTokensSaturateAtUniqueTimesOnePlusDecay() {
        double unique = 1e10;
        double ceiling = unique * (1 + R_D_STAR);
        double previous = 0;
        for (double epochs : new double[] {2, 4, 16, 64, 256}) {
            double effective = LAW.effectiveTokens(unique * epochs, unique);
            assertTrue(effective > previous, "D' grows with epochs");
            assertTrue(effective < ceiling, "D' stays below U_D (1 + R_D*) at " + epochs + " epochs");
            previous = effective;
        }
        // exp(-R_D / R_D*) underflows the last digits long before 10,000 epochs: D' is the ceiling.
        assertEquals(ceiling, LAW.effectiveTokens(unique * 10_000, unique), ceiling * 1e-12);
    }

    @Test
    void excessParamsAreCappedAtTheSizeTheUniqueDataSupports() {
        double unique = 25e9;
        double useful = LAW.paramsForTokens(unique);
        // alpha = beta, so N_for(D) = G^2 D with G = (alpha A / (beta B))^(1/(alpha+beta)).
        double g = Math.pow(LAW.paramsCoefficient() / LAW.tokensCoefficient(), 1 / (2 * 0.3526596));
        assertEquals(g * g * unique, useful, useful * 1e-9);
        assertEquals(useful / 2, LAW.effectiveParams(useful / 2, 1e12, unique), 1e-3);
        double excessRatio = 3;
        double expected = useful * (1 + 5.309743 * (1 - Math.exp(-excessRatio / 5.309743)));
        assertEquals(expected, LAW.effectiveParams(useful * (1 + excessRatio), 1e12, unique), expected * 1e-12);
    }

    @Test
    void freshDataLawHasTheSameConstantsAndAgreesAtTheComputeOptimalSize() {
        ChinchillaLaw fresh = LAW.freshDataLaw();
        double tokens = 2e11;
        double params = LAW.paramsForTokens(tokens);
        assertEquals(fresh.loss(params, tokens), LAW.freshLoss(params, tokens), 1e-12);
        // A model larger than the data supports loses value in the data-constrained law only.
        assertTrue(LAW.freshLoss(params * 10, tokens) > fresh.loss(params * 10, tokens));
    }

    @Test
    void poolLossMatchesTheLaw() {
        PoolLoss pool = LAW.withUniqueTokens(25e9);
        for (double tokens : new double[] {1e9, 25e9, 1e11, 1e13}) {
            for (double params : new double[] {1e8, 1e9, 1e10, 1e11}) {
                assertEquals(LAW.loss(params, tokens, 25e9), pool.loss(params, tokens), 1e-12);
            }
        }
    }

    @Test
    void badInputIsRefusedWithTheArgumentAndValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> LAW.loss(1e9, 1e10, 0));
        assertTrue(e.getMessage().contains("uniqueTokens") && e.getMessage().contains("0.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LAW.loss(Double.NaN, 1e10, 1e10));
        assertTrue(e.getMessage().contains("params") && e.getMessage().contains("NaN"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LAW.withConstant(DataConstrainedLaw.R_D_STAR, -1));
        assertTrue(e.getMessage().contains("R_D_star") && e.getMessage().contains("-1.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LAW.withConstant("gamma", 1));
    }

    @Test
    void withConstantChangesOnlyThatConstant() {
        DataConstrainedLaw changed = LAW.withConstant(DataConstrainedLaw.R_N_STAR, 2.0);
        assertEquals(2.0, changed.excessParamsDecay());
        assertEquals(LAW.repeatedTokensDecay(), changed.repeatedTokensDecay());
        assertEquals(7, LAW.constants().size());
    }
}
