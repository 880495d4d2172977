package org.scalingexplorer.ui.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.allocation.KaplanEfficientFrontier;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.allocation.ReferenceVerdict;
import org.scalingexplorer.engine.compute.Accelerator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Row;
import org.scalingexplorer.ui.allocation.AllocationViewModel.VerdictRow;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The Allocation view-model without a view: budget, hardware, rule, inference and the shared scenario. */
class AllocationViewModelTest {

    private final ScenarioModel scenario = new ScenarioModel();
    private final AllocationViewModel viewModel = new AllocationViewModel(scenario);

    private Row row(LawPreset preset) {
        return viewModel.result().row(preset);
    }

    private VerdictRow verdict(String name) {
        return viewModel.result().verdicts().stream().filter(v -> v.model().name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void startsAtChinchillasBudgetWithOneRowPerLaw() {
        assertEquals(5.76e23, viewModel.result().flops());
        assertEquals(LawPreset.values().length, viewModel.result().rows().size());
        Row chinchilla = row(LawPreset.CHINCHILLA_2022);
        assertTrue(chinchilla.active());
        assertEquals(ComputeOptimalAllocator.optimalParams(LawPreset.CHINCHILLA_2022.law(),
                ComputeBudget.ofFlops(5.76e23)), chinchilla.params(), 1);
        assertEquals(5.76e23, 6 * chinchilla.params() * chinchilla.tokens(), 5.76e23 * 1e-12);
        // The Approach 1 preset reproduces Table 3: 67B parameters and 1.5T tokens at 5.76e23 FLOPs.
        assertEquals(67e9, row(LawPreset.CHINCHILLA_APPROACH_1).params(), 67e9 * 0.03);
        // Kaplan by Table 6: N = 1.3e9 * C^0.73 in PF-days.
        assertEquals(KaplanEfficientFrontier.params(5.76e23 / ComputeBudget.FLOPS_PER_PF_DAY),
                row(LawPreset.KAPLAN_2020).params(), 1);
    }

    @Test
    void aBudgetChangeMovesEveryRow() {
        Row before = row(LawPreset.CHINCHILLA_2022);
        viewModel.log10FlopsProperty().set(25);
        Row after = row(LawPreset.CHINCHILLA_2022);
        assertEquals(1e25, viewModel.flopsProperty().get(), 1e25 * 1e-12);
        // N_opt grows as C^(beta / (alpha + beta)) = C^0.4516.
        assertEquals(Math.pow(1e25 / 5.76e23, 0.28 / 0.62), after.params() / before.params(), 1e-6);
        assertTrue(after.gpuHours() > 17 * before.gpuHours());
        assertTrue(after.loss() < before.loss());
    }

    @Test
    void aTypedBudgetIsTakenExactlyAndABadOneIsRefused() {
        viewModel.log10FlopsProperty().set(20);
        assertTrue(viewModel.submitBudget("5.76e23"));
        assertEquals(5.76e23, viewModel.result().flops(), 0);
        assertEquals(Math.log10(5.76e23), viewModel.log10FlopsProperty().get(), 1e-12);
        assertTrue(viewModel.submitBudget(" 1e24 FLOPs "));
        assertEquals(1e24, viewModel.result().flops(), 0);
        assertFalse(viewModel.submitBudget("lots"));
        assertTrue(viewModel.invalidBudgetProperty().get());
        assertFalse(viewModel.submitBudget("1e30"), "outside the slider's 1e18..1e27");
        assertEquals(1e24, viewModel.result().flops(), 0);
        viewModel.log10FlopsProperty().set(22);
        assertFalse(viewModel.invalidBudgetProperty().get());
    }

    @Test
    void hardwareSetsHoursAndCost() {
        Row h100 = row(LawPreset.CHINCHILLA_2022);
        // 5.76e23 / (989e12 * 0.4 * 3600) = 404,000 GPU-hours, at $2 each.
        assertEquals(5.76e23 / (989e12 * 0.4 * 3600), h100.gpuHours(), 1);
        assertEquals(2 * h100.gpuHours(), h100.costUsd(), 1e-6);
        viewModel.acceleratorProperty().set(Accelerator.A100);
        viewModel.mfuProperty().set(0.5);
        viewModel.usdPerGpuHourProperty().set(1.5);
        Row a100 = row(LawPreset.CHINCHILLA_2022);
        assertEquals(5.76e23 / (312e12 * 0.5 * 3600), a100.gpuHours(), 1);
        assertEquals(1.5 * a100.gpuHours(), a100.costUsd(), 1e-6);
        assertEquals(h100.params(), a100.params(), "hardware does not change the split");
    }

    @Test
    void criticalBatchAndStepsFollowKaplansBatchLaw() {
        Row row = row(LawPreset.CHINCHILLA_2022);
        assertEquals(2.1e8 / Math.pow(row.loss(), 1 / 0.21), row.criticalBatchTokens(), 1e-3);
        assertEquals(row.tokens() / row.criticalBatchTokens(), row.steps(), 1e-6);
    }

    @Test
    void aConstantChangedInTheScenarioMovesTheTable() {
        Row before = row(LawPreset.CHINCHILLA_2022);
        scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.BETA, 0.34);
        Row after = row(LawPreset.CHINCHILLA_2022);
        assertNotEquals(before.params(), after.params());
        // alpha = beta: N_opt = G sqrt(C/6) with G = (A/B)^(1/(2 alpha)).
        assertEquals(Math.pow(406.4 / 410.7, 1 / 0.68) * Math.sqrt(5.76e23 / 6), after.params(), after.params() * 1e-9);
        assertTrue(viewModel.modifiedProperty().get());
        // The sliders of this view edit the same scenario.
        LawConstantModel e = viewModel.constants().stream().filter(c -> c.key().equals(ChinchillaLaw.E))
                .findFirst().orElseThrow();
        e.sliderPositionProperty().set(2.0);
        assertEquals(after.loss() + 0.31, row(LawPreset.CHINCHILLA_2022).loss(), 1e-9);
    }

    @Test
    void theRuleSeparatesKaplansTableSixFromItsLossMinimum() {
        Row published = row(LawPreset.KAPLAN_2020);
        viewModel.ruleProperty().set(OptimumRule.LOSS_MINIMUM);
        Row minimum = row(LawPreset.KAPLAN_2020);
        assertEquals(IsoFlopProfile.minimum(LawPreset.KAPLAN_2020.law(), 5.76e23).params(), minimum.params(),
                minimum.params() * 1e-9);
        assertTrue(published.params() > 2 * minimum.params(), published.params() + " vs " + minimum.params());
        assertTrue(minimum.loss() < published.loss());
        assertEquals(row(LawPreset.CHINCHILLA_2022).params(),
                ComputeOptimalAllocator.optimalParams(LawPreset.CHINCHILLA_2022.law(), ComputeBudget.ofFlops(5.76e23)),
                1e3, "Chinchilla's closed form is its loss minimum");
    }

    @Test
    void inferenceTokensBuyASmallerModelTrainedLongerAtTheSameLoss() {
        Row computeOptimal = row(LawPreset.CHINCHILLA_2022);
        assertTrue(computeOptimal.inference().isEmpty());
        assertTrue(viewModel.submitInferenceTokens("2T"));
        assertEquals(2e12, viewModel.inferenceTokensProperty().get());
        Row aware = row(LawPreset.CHINCHILLA_2022);
        var shift = aware.inference().orElseThrow();
        assertTrue(aware.params() < computeOptimal.params());
        assertTrue(aware.tokens() > computeOptimal.tokens());
        assertEquals(computeOptimal.loss(), aware.loss(), 1e-9);
        assertTrue(shift.paramsRatio(aware) < 1 && shift.tokensRatio(aware) > 1);
        assertTrue(shift.lifetimeSaving() > 0);
        assertTrue(aware.trainingFlops() > 5.76e23, "training longer costs more training compute");
        assertFalse(viewModel.submitInferenceTokens("-3"));
        assertTrue(viewModel.invalidInferenceTokensProperty().get());
        assertTrue(viewModel.submitInferenceTokens(""));
        assertTrue(row(LawPreset.CHINCHILLA_2022).inference().isEmpty());
    }

    @Test
    void verdictsJudgeTheReferenceModelsUnderTheActiveLaw() {
        assertEquals(10, viewModel.result().verdicts().size());
        ReferenceVerdict gpt3 = verdict("GPT-3").verdict().orElseThrow();
        assertTrue(gpt3.oversized());
        assertEquals(ReferenceVerdict.of(verdict("GPT-3").model(), LawPreset.CHINCHILLA_2022.law(),
                OptimumRule.PUBLISHED_RULE).sizeRatio(), gpt3.sizeRatio(), 1e-12);
        assertTrue(gpt3.computeOverspend() > 1);
        assertFalse(verdict("Llama 3 8B").verdict().orElseThrow().oversized());
        assertEquals(LawPreset.CHINCHILLA_2022, viewModel.result().verdictLaw());
        scenario.activePresetProperty().set(LawPreset.CHINCHILLA_APPROACH_1);
        assertEquals(LawPreset.CHINCHILLA_APPROACH_1, viewModel.result().verdictLaw());
        // About 20 tokens per parameter: Chinchilla itself is compute-optimal under Approach 1.
        assertEquals(1, verdict("Chinchilla").verdict().orElseThrow().sizeRatio(), 0.1);
    }

    @Test
    void quantitiesReadWithSuffixesAndUnits() {
        assertEquals(Optional.of(5.76e23), org.scalingexplorer.ui.control.TypedNumber.parseQuantity("5.76e23", "flops"));
        assertEquals(Optional.of(5.76e23), org.scalingexplorer.ui.control.TypedNumber.parseQuantity("5.76E23 FLOPs", "flops"));
        assertEquals(Optional.of(2e12), org.scalingexplorer.ui.control.TypedNumber.parseQuantity("2T tokens", "tokens"));
        assertEquals(Optional.of(5e11), org.scalingexplorer.ui.control.TypedNumber.parseQuantity("500B", "tokens"));
        assertEquals(Optional.of(1.5e12), org.scalingexplorer.ui.control.TypedNumber.parseQuantity("1,5e12", "tokens"));
        assertTrue(org.scalingexplorer.ui.control.TypedNumber.parseQuantity("NaN", "tokens").isEmpty());
        assertTrue(org.scalingexplorer.ui.control.TypedNumber.parseQuantity("T", "tokens").isEmpty());
    }

    @Test
    void everyRowIsFiniteAtTheSliderExtremes() {
        for (double log10 : new double[] {AllocationViewModel.LOG10_FLOPS_MIN, AllocationViewModel.LOG10_FLOPS_MAX}) {
            viewModel.log10FlopsProperty().set(log10);
            for (LawConstantModel c : viewModel.constants()) {
                c.sliderPositionProperty().set(c.range().sliderMin());
            }
            assertAllFinite();
            for (LawConstantModel c : viewModel.constants()) {
                c.sliderPositionProperty().set(c.range().sliderMax());
            }
            assertAllFinite();
            viewModel.reset();
        }
    }

    private void assertAllFinite() {
        for (Row row : viewModel.result().rows()) {
            for (double v : new double[] {row.params(), row.tokens(), row.loss(), row.gpuHours(), row.costUsd(),
                    row.criticalBatchTokens(), row.steps()}) {
                assertTrue(Double.isFinite(v) && v > 0, row.preset() + " " + v);
            }
        }
    }
}
