package org.scalingexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.repetition.DataCharts;

/** The view-model without any view: what the sliders and fields do to the optimum. */
class DataViewModelTest {

    private final DataViewModel viewModel = new DataViewModel();

    private DataQuantityModel uniqueTokens() {
        return viewModel.quantity(DataViewModel.UNIQUE_TOKENS);
    }

    @Test
    void defaultsGiveTheOptimumOfScienceSectionFive() {
        DataConstrainedAllocation optimum = viewModel.charts().optimum();
        // science.md section 5: C 1e22, U_D 25e9 -> N 7.03e9, 9.49 epochs, L 2.22213; fresh N 9.22e9.
        assertEquals(7.03e9, optimum.params(), 0.01e9);
        assertEquals(9.49, optimum.epochs(), 0.01);
        assertEquals(2.22213, optimum.loss(), 1e-4);
        assertEquals(9.22e9, viewModel.charts().freshOptimum().params(), 0.01e9);
        assertFalse(viewModel.modifiedProperty().get());
    }

    @Test
    void shrinkingUniqueTokensLowersTheOptimalModelAndRaisesEpochs() {
        DataConstrainedAllocation before = viewModel.charts().optimum();
        uniqueTokens().sliderPositionProperty().set(Math.log10(5e9));
        DataConstrainedAllocation after = viewModel.charts().optimum();
        assertEquals(5e9, uniqueTokens().value(), 1e-3 * 5e9);
        assertTrue(after.params() < before.params(), after.params() + " < " + before.params());
        assertTrue(after.epochs() > before.epochs(), after.epochs() + " > " + before.epochs());
        // science.md section 5: C 1e22, U_D 5e9 -> N 5.73e9, 58 epochs.
        assertEquals(5.73e9, after.params(), 0.02e9);
        assertEquals(58, after.epochs(), 1);
        assertTrue(viewModel.modifiedProperty().get());
    }

    @Test
    void everyChangeRecomputesOnce() {
        int[] publications = {0};
        viewModel.chartsProperty().addListener((obs, old, now) -> publications[0]++);
        DataCharts before = viewModel.charts();
        viewModel.quantity(DataViewModel.FLOPS).sliderPositionProperty().set(23);
        assertEquals(1, publications[0]);
        assertNotSame(before, viewModel.charts());
        assertEquals(1e23, viewModel.charts().optimum().flops(), 1e14);
        viewModel.reset();
        assertEquals(2, publications[0], "reset recomputes once, not once per slider");
    }

    @Test
    void resetRestoresTheDefaults() {
        uniqueTokens().submit("1e9");
        viewModel.quantity(DataViewModel.EPOCHS).sliderPositionProperty().set(1.5);
        viewModel.quantity(DataViewModel.PARAMS).submit("2e10");
        viewModel.quantity(DataViewModel.FLOPS).submit("1e24");
        viewModel.reset();
        for (DataQuantityModel quantity : viewModel.quantities()) {
            assertEquals(quantity.defaultValue(), quantity.value(), quantity.key());
            assertEquals(Math.log10(quantity.defaultValue()), quantity.sliderPositionProperty().get(), 1e-12);
        }
        assertEquals("2.500e10", uniqueTokens().textProperty().get());
        assertEquals(7.03e9, viewModel.charts().optimum().params(), 0.01e9);
        assertFalse(viewModel.modifiedProperty().get());
    }

    @Test
    void typedValuesAreCheckedBeforeTheyReachTheScenario() {
        assertFalse(uniqueTokens().submit("lots"));
        assertTrue(uniqueTokens().invalidInputProperty().get());
        assertFalse(uniqueTokens().submit("1e15"), "outside the slider range");
        assertFalse(uniqueTokens().submit("-5e9"));
        assertEquals(25e9, uniqueTokens().value());
        assertTrue(uniqueTokens().submit(" 5e9 "));
        assertFalse(uniqueTokens().invalidInputProperty().get());
        assertEquals(5e9, viewModel.charts().optimum().uniqueTokens());
        assertEquals(Math.log10(5e9), uniqueTokens().sliderPositionProperty().get(), 1e-12);
    }

    @Test
    void theRunFollowsItsSliders() {
        DataViewModel.Run run = viewModel.run();
        assertEquals(7e9, run.params());
        assertEquals(100e9, run.tokens(), 1);
        assertEquals(6 * 7e9 * 100e9, run.flops(), 1e12);
        assertTrue(run.loss() > run.freshLoss(), "repeats are worth less than fresh tokens");
        viewModel.quantity(DataViewModel.EPOCHS).submit("40");
        assertEquals(1000e9, viewModel.run().tokens(), 1);
        assertTrue(viewModel.run().effectiveTokens() < viewModel.run().tokens() / 2);
    }

    @Test
    void everyChartIsFiniteAtTheSliderExtremes() {
        for (double position : new double[] {0, 1}) {
            for (DataQuantityModel q : viewModel.quantities()) {
                q.sliderPositionProperty().set(q.range().sliderMin()
                        + position * (q.range().sliderMax() - q.range().sliderMin()));
            }
            DataCharts charts = viewModel.charts();
            assertTrue(Double.isFinite(charts.optimum().loss()) && charts.optimum().params() > 0);
            for (double v : charts.banana().lossRepeated()) {
                assertTrue(Double.isFinite(v), "banana " + v);
            }
            assertTrue(Double.isFinite(viewModel.run().loss()));
        }
    }
}
