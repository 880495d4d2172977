package org.scalingexplorer.engine.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.ComputeBudget;

class LawValidationTest {

    private final ScalingLaw chinchilla = LawPreset.CHINCHILLA_2022.law();

    @Test
    void chinchillaLossMatchesTheFormula() {
        double expected = 1.69 + 406.4 / Math.pow(7e10, 0.34) + 410.7 / Math.pow(1.4e12, 0.28);
        assertEquals(expected, chinchilla.loss(7e10, 1.4e12), 1e-12);
        assertEquals(1.69 + 406.4 / Math.pow(7e10, 0.34), chinchilla.lossOfParams(7e10), 1e-12);
    }

    @Test
    void nonPositiveOrNanParamsAreRefusedByName() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> chinchilla.loss(0, 1e9));
        assertEquals("params must be greater than 0, got 0.0", zero.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> chinchilla.loss(1e9, Double.NaN));
        assertEquals("tokens must be a finite number, got NaN", nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> chinchilla.lossOfParams(-5));
    }

    @Test
    void badConstantsAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> chinchilla.withConstant(ChinchillaLaw.ALPHA, -0.1));
        assertTrue(e.getMessage().startsWith("alpha must be greater than 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> chinchilla.withConstant("gamma", 1));
    }

    @Test
    void budgetsOutsideTheSupportedRangeAreRefused() {
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> ComputeBudget.ofFlops(1e9));
        assertEquals("flops must be between 1.0E10 and 1.0E32, got 1.0E9", low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ComputeBudget.ofFlops(1e33));
        assertThrows(IllegalArgumentException.class, () -> ComputeBudget.ofFlops(Double.POSITIVE_INFINITY));
    }

    @Test
    void presetsAreFoundByTheirCommandLineNames() {
        assertEquals(LawPreset.EPOCH_2024, LawPreset.fromId("Epoch"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LawPreset.fromId("gpt"));
        assertEquals("law must be one of kaplan, chinchilla, chinchilla-unrounded, epoch, approach1, got gpt", e.getMessage());
        assertTrue(LawPreset.CHINCHILLA_2022.countsEmbeddings());
        assertTrue(!LawPreset.KAPLAN_2020.countsEmbeddings());
    }

    @Test
    void curveSamplingRefusesNonFiniteLoss() {
        assertThrows(ArithmeticException.class, () -> LossCurve.sampleLogSpaced(x -> x > 1e3 ? Double.NaN : 1, 1, 1e6, 10));
        LossCurve curve = LossCurve.sampleLogSpaced(chinchilla::lossOfParams, 1e6, 1e12, 7);
        assertEquals(1e6, curve.x()[0], 1e-6);
        assertEquals(1e12, curve.x()[6], 1e-3);
    }
}
