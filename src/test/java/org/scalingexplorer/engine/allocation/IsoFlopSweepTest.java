package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawPreset;

class IsoFlopSweepTest {

    @Test
    void minimaFitExponentIsBetaOverAlphaPlusBeta() {
        for (LawPreset preset : new LawPreset[] {LawPreset.CHINCHILLA_2022, LawPreset.EPOCH_2024,
                LawPreset.CHINCHILLA_APPROACH_1}) {
            ChinchillaLaw law = (ChinchillaLaw) preset.law();
            IsoFlopSweep sweep = IsoFlopSweep.of(law, 1e18, 1e24, 7);
            double sum = law.alpha() + law.beta();
            assertEquals(law.beta() / sum, sweep.paramsFit().exponent(), 1e-4, preset.id());
            assertEquals(law.alpha() / sum, sweep.tokensFit().exponent(), 1e-4, preset.id());
            assertTrue(sweep.paramsFit().rSquared() > 0.99999, preset.id());
            assertEquals(ChinchillaOptimum.of(law).params(1e21), sweep.paramsFit().predict(1e21),
                    ChinchillaOptimum.of(law).params(1e21) * 1e-3, preset.id());
        }
        // Named values of science.md section 3: Approach 3 a = 0.46 (0.28 / 0.62 = 0.452) against Approach 1's 0.50.
        assertEquals(0.452, IsoFlopSweep.of(LawPreset.CHINCHILLA_2022.law(), 1e18, 1e24, 5).paramsFit().exponent(), 1e-3);
        assertEquals(0.500, IsoFlopSweep.of(LawPreset.CHINCHILLA_APPROACH_1.law(), 1e18, 1e24, 5).paramsFit().exponent(), 1e-4);
    }

    @Test
    void kaplanMinimaGrowAsCToTheAlphaDShareNotTable6() {
        KaplanLaw law = (KaplanLaw) LawPreset.KAPLAN_2020.law();
        IsoFlopSweep sweep = IsoFlopSweep.of(law, 1e18, 1e26, 12);
        double expected = law.alphaD() / (law.alphaN() + law.alphaD());
        assertEquals(0.5556, expected, 1e-4);
        assertEquals(expected, sweep.paramsFit().exponent(), 1e-4);
        assertTrue(Math.abs(sweep.paramsFit().exponent() - KaplanEfficientFrontier.PARAMS_EXPONENT) > 0.15);
    }

    @Test
    void budgetsAreLogSpacedAndCounted() {
        assertArrayEquals(new double[] {1e20, 1e21, 1e22, 1e23}, IsoFlopSweep.logSpacedBudgets(1e20, 1e23, 4), 1e8);
        var law = LawPreset.CHINCHILLA_2022.law();
        IsoFlopSweep sweep = IsoFlopSweep.of(law, 1e19, 1e23, 12);
        assertEquals(12, sweep.profiles().size());
        for (int i = 1; i < 12; i++) {
            assertTrue(sweep.minima().get(i).params() > sweep.minima().get(i - 1).params());
            assertTrue(sweep.minima().get(i).loss() < sweep.minima().get(i - 1).loss());
        }
        assertThrows(IllegalArgumentException.class, () -> IsoFlopSweep.of(law, 1e19, 1e23, 2));
        assertThrows(IllegalArgumentException.class, () -> IsoFlopSweep.of(law, 1e19, 1e23, 13));
        assertThrows(IllegalArgumentException.class, () -> IsoFlopSweep.of(law, 1e23, 1e19, 5));
    }

    @Test
    void powerLawFitRecoversAKnownLine() {
        double[] x = {1, 10, 100, 1000};
        double[] y = {3, 3 * Math.pow(10, 0.7), 3 * Math.pow(100, 0.7), 3 * Math.pow(1000, 0.7)};
        PowerLawFit fit = PowerLawFit.of(x, y);
        assertEquals(0.7, fit.exponent(), 1e-12);
        assertEquals(3, fit.coefficient(), 1e-12);
        assertEquals(1, fit.rSquared(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> PowerLawFit.of(new double[] {1, -1}, new double[] {1, 1}));
    }
}
