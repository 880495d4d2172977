package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawPreset;

class IsoFlopProfileTest {

    static Stream<Arguments> chinchillaFormBudgets() {
        return Stream.of(LawPreset.CHINCHILLA_2022, LawPreset.EPOCH_2024, LawPreset.CHINCHILLA_APPROACH_1)
                .flatMap(preset -> Stream.of(1e18, 1e20, 1e22, 5.76e23, 1e26)
                        .map(flops -> Arguments.of(preset, flops)));
    }

    @ParameterizedTest(name = "{0} at {1} FLOPs")
    @MethodSource("chinchillaFormBudgets")
    void bananaBottomIsTheClosedFormOptimum(LawPreset preset, double flops) {
        ChinchillaLaw law = (ChinchillaLaw) preset.law();
        IsoFlopProfile profile = IsoFlopProfile.around(law, flops);
        double closedForm = ChinchillaOptimum.of(law).params(flops);

        // The brief asks for 1%; Brent on ln N does far better, so hold it to 0.01%.
        assertEquals(closedForm, profile.minimum().params(), closedForm * 1e-4);
        assertEquals(flops / (6 * profile.minimum().params()), profile.minimum().tokens(),
                profile.minimum().tokens() * 1e-12);
        assertTrue(profile.minimumInsideWindow());
        assertEquals(400, profile.size());
    }

    @Test
    void minimumIsRefinedBetweenGridPointsNotPickedFromThem() {
        ChinchillaLaw law = (ChinchillaLaw) LawPreset.EPOCH_2024.law();
        double flops = 1e21;
        double closedForm = ChinchillaOptimum.of(law).params(flops);
        // Nine points three decades wide are a third of a decade apart: the best grid point can be up to
        // 47% off, the refined minimum must not be.
        IsoFlopProfile coarse = IsoFlopProfile.over(law, flops, Math.log10(closedForm) - 1.37,
                Math.log10(closedForm) + 1.63, 9);
        double bestGridParams = 0;
        double bestGridLoss = Double.POSITIVE_INFINITY;
        for (int i = 0; i < coarse.size(); i++) {
            if (coarse.loss()[i] < bestGridLoss) {
                bestGridLoss = coarse.loss()[i];
                bestGridParams = coarse.params()[i];
            }
        }
        assertTrue(Math.abs(bestGridParams / closedForm - 1) > 0.05, "grid point should miss the optimum");
        assertEquals(closedForm, coarse.minimum().params(), closedForm * 1e-4);
        assertTrue(coarse.minimum().loss() <= bestGridLoss);
    }

    @Test
    void gridHoldsTheBudgetAndTheLawsLoss() {
        var law = LawPreset.CHINCHILLA_2022.law();
        IsoFlopProfile profile = IsoFlopProfile.over(law, 1e22, 8, 11, 301);
        assertEquals(1e8, profile.params()[0], 1e8 * 1e-12);
        assertEquals(1e11, profile.params()[300], 1e11 * 1e-12);
        for (int i = 0; i < profile.size(); i += 37) {
            double params = profile.params()[i];
            assertEquals(1e22, 6 * params * profile.tokens()[i], 1e22 * 1e-12);
            assertEquals(law.loss(params, profile.tokens()[i]), profile.loss()[i], 1e-12);
            if (i > 0) {
                assertEquals(0.01, profile.log10Params(i) - profile.log10Params(i - 1), 1e-9);
            }
        }
    }

    @Test
    void windowThatMissesTheBottomSaysSo() {
        ChinchillaLaw law = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
        double optimum = ChinchillaOptimum.of(law).params(1e22);
        IsoFlopProfile left = IsoFlopProfile.over(law, 1e22, Math.log10(optimum) - 2, Math.log10(optimum) - 1, 50);
        assertFalse(left.minimumInsideWindow());
        // Loss still falls towards the optimum, so the window's best is its right edge.
        assertEquals(optimum / 10, left.minimum().params(), optimum / 10 * 1e-6);
    }

    @Test
    void kaplanBottomFollowsItsJointLawNotTable6() {
        KaplanLaw law = (KaplanLaw) LawPreset.KAPLAN_2020.law();
        double p = law.alphaN() / law.alphaD();
        for (double flops : new double[] {1e19, 1e21, 1e23, 1e25}) {
            // d/dN [(N_c/N)^p + 6 D_c N / C] = 0.
            double analytic = Math.pow(p * Math.pow(law.criticalParams(), p) * flops / (6 * law.criticalTokens()),
                    1 / (1 + p));
            Allocation bottom = IsoFlopProfile.around(law, flops).minimum();
            assertEquals(analytic, bottom.params(), analytic * 1e-4, "at " + flops);
        }
        double table6 = KaplanEfficientFrontier.params(ComputeBudget.ofFlops(1e23).pfDays());
        double bottom = IsoFlopProfile.minimum(law, 1e23).params();
        assertEquals(3.09, table6 / bottom, 0.02);
        assertTrue(law.loss(table6, 1e23 / (6 * table6)) > IsoFlopProfile.minimum(law, 1e23).loss());
    }

    @Test
    void badArgumentsAreRefused() {
        var law = LawPreset.CHINCHILLA_2022.law();
        assertThrows(IllegalArgumentException.class, () -> IsoFlopProfile.around(law, 0));
        assertThrows(IllegalArgumentException.class, () -> IsoFlopProfile.over(law, 1e20, 9, 8, 100));
        assertThrows(IllegalArgumentException.class, () -> IsoFlopProfile.over(law, 1e20, 8, 9, 2));
        assertThrows(IllegalArgumentException.class, () -> IsoFlopProfile.around(law, 1e20, -1, 100));
    }
}
