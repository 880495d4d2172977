package org.scalingexplorer.ui.isoflop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.LawSweep;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The IsoFLOP view-model without a view: budgets, the bottoms of the bananas and the shared scenario. */
class IsoFlopViewModelTest {

    private final ScenarioModel scenario = new ScenarioModel();
    private final IsoFlopViewModel viewModel = new IsoFlopViewModel(scenario);

    private LawSweep active() {
        return viewModel.figure().active();
    }

    private static double largestMinimum(LawSweep sweep) {
        double[] params = sweep.minimumParams();
        return params[params.length - 1];
    }

    @Test
    void eachBananaMinimumIsChinchillasClosedFormOptimumWithinOnePercent() {
        viewModel.budgetCountProperty().set(12);
        LawSweep chinchilla = active();
        assertEquals(LawPreset.CHINCHILLA_2022, chinchilla.preset());
        assertEquals(12, chinchilla.sweep().profiles().size());
        for (IsoFlopProfile profile : chinchilla.sweep().profiles()) {
            double closedForm = ComputeOptimalAllocator.optimalParams(scenario.law(LawPreset.CHINCHILLA_2022),
                    ComputeBudget.ofFlops(profile.flops()));
            assertEquals(1, profile.minimum().params() / closedForm, 0.01, "at C = " + profile.flops());
            assertTrue(profile.minimumInsideWindow());
        }
        // Chinchilla's closed form: N_opt grows as C^(beta / (alpha + beta)) = C^0.4516.
        assertEquals(0.28 / (0.34 + 0.28), chinchilla.sweep().paramsFit().exponent(), 1e-3);
        assertTrue(chinchilla.publishedParams().isEmpty(), "published rule and banana bottom agree for Chinchilla");
    }

    @Test
    void raisingTheTopBudgetMovesTheLargestBananaMinimumUp() {
        double before = largestMinimum(active());
        viewModel.log10MaxFlopsProperty().set(26);
        double after = largestMinimum(active());
        assertEquals(1e26, viewModel.figure().budgets()[viewModel.figure().budgets().length - 1], 1e26 * 1e-12);
        // Two decades more compute at C^0.452: about 8 times larger.
        assertEquals(Math.pow(100, 0.28 / 0.62), after / before, 0.05);
    }

    @Test
    void budgetCountAndRangeSetTheLogSpacedBudgets() {
        viewModel.log10MinFlopsProperty().set(19);
        viewModel.log10MaxFlopsProperty().set(23);
        viewModel.budgetCountProperty().set(5);
        assertArrayEquals(new double[] {1e19, 1e20, 1e21, 1e22, 1e23}, viewModel.figure().budgets(), 1e10);
        viewModel.budgetCountProperty().set(40);
        assertEquals(IsoFlopViewModel.MAX_BUDGETS, viewModel.figure().budgets().length, "clamped to 12");
    }

    @Test
    void thumbsOnOneSpotStillGiveThreeBudgetsOnTheLadder() {
        viewModel.log10MaxFlopsProperty().set(21);
        viewModel.log10MinFlopsProperty().set(21);
        assertArrayEquals(new double[] {1e21, 2e21, 5e21}, viewModel.figure().budgets(), 0);
        viewModel.log10MinFlopsProperty().set(IsoFlopViewModel.LOG10_FLOPS_MAX);
        viewModel.log10MaxFlopsProperty().set(IsoFlopViewModel.LOG10_FLOPS_MAX);
        assertArrayEquals(new double[] {2e26, 5e26, 1e27}, viewModel.figure().budgets(), 0, "widened downwards at the top");
    }

    @Test
    void theBudgetsLandOnOneTwoFiveWhereverTheThumbsAreSet() {
        viewModel.log10MinFlopsProperty().set(Math.log10(3.7e19));
        viewModel.log10MaxFlopsProperty().set(Math.log10(9.69e25));
        assertEquals(Math.log10(5e19), viewModel.log10MinFlopsProperty().get(), 0, "the thumb itself lands on a rung");
        assertEquals(26, viewModel.log10MaxFlopsProperty().get(), 0);
        for (int count = IsoFlopViewModel.MIN_BUDGETS; count <= IsoFlopViewModel.MAX_BUDGETS; count++) {
            viewModel.budgetCountProperty().set(count);
            double[] budgets = viewModel.figure().budgets();
            assertEquals(5e19, budgets[0], 0);
            assertEquals(1e26, budgets[budgets.length - 1], 0);
            for (double flops : budgets) {
                double mantissa = flops / Math.pow(10, Math.floor(Math.log10(flops) + 1e-12));
                assertTrue(Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 2) < 1e-9 || Math.abs(mantissa - 5) < 1e-9,
                        flops + " with " + count + " budgets");
            }
        }
    }

    @Test
    void aConstantChangedInTheScenarioMovesTheBananas() {
        double before = largestMinimum(active());
        scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.45);
        assertNotEquals(before, largestMinimum(active()));
        assertTrue(viewModel.modifiedProperty().get());
        // The sliders of this view edit the same scenario.
        LawConstantModel beta = viewModel.constants().stream()
                .filter(c -> c.key().equals(ChinchillaLaw.BETA)).findFirst().orElseThrow();
        beta.sliderPositionProperty().set(0.4);
        assertEquals(0.4, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.BETA), 1e-12);
        assertEquals(0.4 / 0.85, active().sweep().paramsFit().exponent(), 1e-3);
        viewModel.reset();
        assertFalse(viewModel.modifiedProperty().get());
    }

    @Test
    void kaplanIsComparedWithItsTableSixRuleShownApart() {
        LawSweep kaplan = viewModel.figure().comparison().orElseThrow();
        assertEquals(LawPreset.KAPLAN_2020, kaplan.preset());
        // The bottom of Kaplan's own L(N, D) grows as C^(1 / (1 + alpha_N / alpha_D)) = C^0.556 ...
        assertEquals(1 / (1 + 0.076 / 0.095), kaplan.sweep().paramsFit().exponent(), 2e-3);
        // ... while Table 6 asks for C^0.73.
        assertEquals(0.73, kaplan.publishedExponent().orElseThrow(), 1e-6);
    }

    @Test
    void choosingTheComparisonLawAsActiveSwapsTheTwo() {
        scenario.activePresetProperty().set(LawPreset.KAPLAN_2020);
        assertEquals(LawPreset.KAPLAN_2020, viewModel.figure().active().preset());
        assertEquals(LawPreset.CHINCHILLA_2022, viewModel.comparisonProperty().get());
        assertEquals(LawPreset.CHINCHILLA_2022, viewModel.figure().comparison().orElseThrow().preset());
    }

    @Test
    void everyBananaIsFiniteAtTheSliderExtremes() {
        viewModel.budgetCountProperty().set(12);
        viewModel.log10MinFlopsProperty().set(IsoFlopViewModel.LOG10_FLOPS_MIN);
        viewModel.log10MaxFlopsProperty().set(IsoFlopViewModel.LOG10_FLOPS_MAX);
        for (LawConstantModel c : viewModel.constants()) {
            c.sliderPositionProperty().set(c.range().sliderMin());
        }
        assertAllFinite();
        for (LawConstantModel c : viewModel.constants()) {
            c.sliderPositionProperty().set(c.range().sliderMax());
        }
        assertAllFinite();
    }

    private void assertAllFinite() {
        for (LawSweep sweep : viewModel.figure().sweeps()) {
            for (IsoFlopProfile profile : sweep.sweep().profiles()) {
                for (double loss : profile.loss()) {
                    assertTrue(Double.isFinite(loss) && loss > 0, sweep.preset() + " " + loss);
                }
            }
            assertTrue(Double.isFinite(sweep.sweep().paramsFit().exponent()));
        }
    }
}
