package org.scalingexplorer.ui.data;

import org.scalingexplorer.ui.control.QuantityModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.engine.repetition.DataPool;
import org.scalingexplorer.engine.repetition.DataScenario;
import org.scalingexplorer.engine.repetition.MixtureOffset;
import org.scalingexplorer.engine.repetition.ParallelLines;
import org.scalingexplorer.engine.repetition.PoolCrossing;
import org.scalingexplorer.ui.data.DataViewModel.PoolField;
import org.scalingexplorer.ui.data.DataViewModel.PoolInputError;
import org.scalingexplorer.ui.data.DataViewModel.PoolInputProblem;

/** The view-model without any view: what the sliders and fields do to the optimum. */
class DataViewModelTest {

    private final DataViewModel viewModel = new DataViewModel();

    private QuantityModel uniqueTokens() {
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
        for (QuantityModel quantity : viewModel.quantities()) {
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
            for (QuantityModel q : viewModel.quantities()) {
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

    /** The budget where the heavily filtered pool stops winning against the lightly filtered one. */
    private double filteredCrossingFlops() {
        return viewModel.charts().qualityQuantity().crossings().stream()
                .filter(c -> c.betterBelow().name().equals("heavily filtered")
                        && c.betterAbove().name().equals("lightly filtered"))
                .mapToDouble(PoolCrossing::flops).findFirst().orElseThrow();
    }

    @Test
    void aLargerOrCleanerSmallPoolWinsUntilALargerBudget() {
        double before = filteredCrossingFlops();
        assertTrue(viewModel.editPool(0, PoolField.UNIQUE_TOKENS, "5e10"));
        double larger = filteredCrossingFlops();
        // More unique tokens means fewer repeats at each budget, so the clean pool holds out longer.
        assertTrue(larger > 2 * before, larger + " > 2 x " + before);
        assertEquals(new DataPool("heavily filtered", 5e10, -0.10), viewModel.pools().get(0));
        assertEquals(viewModel.pools(), viewModel.charts().scenario().pools());

        assertTrue(viewModel.editPool(0, PoolField.QUALITY_OFFSET, "-0.11"));
        double cleaner = filteredCrossingFlops();
        assertTrue(cleaner > larger, cleaner + " > " + larger);
        assertTrue(viewModel.modifiedProperty().get());
    }

    @Test
    void aBadPoolValueIsRefusedAndNothingChanges() {
        DataCharts charts = viewModel.charts();
        List<DataPool> pools = viewModel.pools();
        assertFalse(viewModel.editPool(1, PoolField.UNIQUE_TOKENS, "lots"));
        assertEquals(new PoolInputError(1, PoolField.UNIQUE_TOKENS, "lots", PoolInputProblem.NOT_A_NUMBER),
                viewModel.poolErrorProperty().get());
        assertFalse(viewModel.editPool(1, PoolField.UNIQUE_TOKENS, "-2e11"));
        assertEquals(PoolInputProblem.OUT_OF_RANGE, viewModel.poolErrorProperty().get().problem());
        assertFalse(viewModel.editPool(2, PoolField.QUALITY_OFFSET, "-3"), "would push E below zero");
        assertEquals(2, viewModel.poolErrorProperty().get().row());
        assertFalse(viewModel.editPool(2, PoolField.NAME, "heavily filtered"));
        assertEquals(PoolInputProblem.DUPLICATE_NAME, viewModel.poolErrorProperty().get().problem());
        assertFalse(viewModel.editPool(0, PoolField.NAME, "  "));
        assertEquals(PoolInputProblem.EMPTY_NAME, viewModel.poolErrorProperty().get().problem());
        assertSame(charts, viewModel.charts(), "no recompute for refused input");
        assertSame(pools, viewModel.pools());
        assertFalse(viewModel.modifiedProperty().get());

        assertTrue(viewModel.editPool(0, PoolField.NAME, "curated"));
        assertNull(viewModel.poolErrorProperty().get(), "an accepted edit clears the message");
        assertEquals("curated", viewModel.charts().qualityQuantity().curves().get(0).pool().name());
    }

    @Test
    void poolsCanBeAddedUpToSixAndRemovedDownToOne() {
        assertTrue(viewModel.addPool(n -> "Pool " + n));
        DataPool added = viewModel.pools().get(3);
        assertEquals(new DataPool("Pool 4", 2e13, 0.03), added);
        assertEquals(4, viewModel.charts().qualityQuantity().curves().size());
        while (viewModel.pools().size() < DataViewModel.MAX_POOLS) {
            assertTrue(viewModel.addPool(n -> "Pool " + n));
        }
        assertFalse(viewModel.addPool(n -> "Pool " + n));
        assertEquals(DataViewModel.MAX_POOLS, viewModel.charts().qualityQuantity().curves().size());
        assertEquals(6, viewModel.pools().stream().map(DataPool::name).distinct().count());
        while (viewModel.pools().size() > 1) {
            assertTrue(viewModel.removePool(0));
        }
        assertFalse(viewModel.removePool(0), "the last pool stays");
        assertEquals(1, viewModel.charts().qualityQuantity().curves().size());
        assertTrue(viewModel.charts().qualityQuantity().crossings().isEmpty());
    }

    @Test
    void anOffsetSliderMovesOnlyItsLineAndKeepsTheSlope() {
        ParallelLines before = viewModel.charts().parallelLines();
        viewModel.testSetOffsets().get(1).sliderPositionProperty().set(0.3);
        ParallelLines after = viewModel.charts().parallelLines();
        assertEquals(0.3, after.distributions().get(1).logOffset());
        for (int i = 0; i < after.params().length; i++) {
            assertEquals(before.loss().get(0)[i], after.loss().get(0)[i], 0, "line 0 stays");
            assertEquals(before.loss().get(2)[i], after.loss().get(2)[i], 0, "line 2 stays");
            assertEquals(0.3 - 0.05, Math.log(after.loss().get(1)[i] / before.loss().get(1)[i]), 1e-12);
        }
        double alpha = viewModel.charts().scenario().law().alpha();
        for (int i = 0; i + 1 < after.params().length; i++) {
            assertEquals(-alpha, after.logLogSlope(1, i), 1e-9);
        }
        assertFalse(viewModel.testSetOffsets().get(1).submit("0.9"), "outside +-0.5");
        assertEquals(0.3, viewModel.charts().parallelLines().distributions().get(1).logOffset());
    }

    @Test
    void theWeightSlidersOffsetFollowsTheMixture() {
        MixtureOffset mixture = DataScenario.ILLUSTRATIVE_MIXTURE;
        MixtureOffset.MixtureCurve curve = viewModel.charts().mixture();
        assertEquals(0.5, curve.chosenWeight());
        assertEquals(mixture.offset(0.5), curve.chosenOffset(), 1e-15);
        for (double w : new double[] {0, 0.2, 0.9, 1}) {
            viewModel.mixtureWeight().sliderPositionProperty().set(w);
            curve = viewModel.charts().mixture();
            assertEquals(w, curve.chosenWeight());
            assertEquals(mixture.offset(w), curve.chosenOffset(), 1e-15);
            assertTrue(curve.chosenOffset() >= curve.bestOffset());
            assertEquals(0.8411309, curve.bestWeight(), 1e-7, "the best weight does not follow the slider");
        }
        assertFalse(viewModel.mixtureWeight().submit("1.5"));
        assertEquals(1, viewModel.charts().mixture().chosenWeight());
    }

    @Test
    void resetRestoresTheIllustrativePoolsOffsetsAndWeight() {
        viewModel.editPool(0, PoolField.UNIQUE_TOKENS, "1e12");
        viewModel.addPool(n -> "Pool " + n);
        viewModel.editPool(1, PoolField.QUALITY_OFFSET, "nonsense");
        viewModel.testSetOffsets().get(2).submit("-0.4");
        viewModel.mixtureWeight().submit("0.1");
        assertTrue(viewModel.modifiedProperty().get());
        viewModel.reset();
        assertEquals(DataScenario.ILLUSTRATIVE_POOLS, viewModel.pools());
        assertEquals(DataScenario.ILLUSTRATIVE_POOLS, viewModel.charts().scenario().pools());
        assertEquals(DataScenario.ILLUSTRATIVE_TEST_SETS, viewModel.charts().scenario().testDistributions());
        assertEquals(DataScenario.ILLUSTRATIVE_MIXTURE_WEIGHT, viewModel.charts().mixture().chosenWeight());
        assertEquals(0.15, viewModel.testSetOffsets().get(2).sliderPositionProperty().get());
        assertNull(viewModel.poolErrorProperty().get());
        assertFalse(viewModel.modifiedProperty().get());
    }
}
