package org.scalingexplorer.ui.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.TestRuns;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.compute.Accelerator;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.repetition.DataPool;
import org.scalingexplorer.ui.allocation.AllocationModule;
import org.scalingexplorer.ui.allocation.AllocationViewModel;
import org.scalingexplorer.ui.data.DataModule;
import org.scalingexplorer.ui.data.DataViewModel;
import org.scalingexplorer.ui.fit.FitApproach;
import org.scalingexplorer.ui.fit.FitModule;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.isoflop.IsoFlopModule;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel;
import org.scalingexplorer.ui.lessons.LessonsViewModel;
import org.scalingexplorer.ui.plan.PlanModule;
import org.scalingexplorer.ui.plan.PlanViewModel;
import org.scalingexplorer.ui.valley.LossValleyModule;
import org.scalingexplorer.ui.valley.LossValleyViewModel;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Every view's settings go into a session file and come back exactly, in a new window: each test sets
 * what a user would (away from the defaults), saves, opens the file into fresh view-models and reads
 * it back.
 */
class SessionRoundTripTest {

    /** Sets up a window, writes its session to bytes and opens them in a new window. */
    private static ExplorerModels roundTrip(Consumer<ExplorerModels> userSets) throws Exception {
        ExplorerModels first = new ExplorerModels(WorkMode.INLINE);
        userSets.accept(first);
        byte[] file = SessionFile.toBytes(first.capture("power-laws", Session.published()));
        ExplorerModels second = new ExplorerModels(WorkMode.INLINE);
        second.apply(SessionFile.parse(file, Path.of("round-trip.slx.json")));
        return second;
    }

    @Test
    void theLawsAndTheActiveLaw() throws Exception {
        ExplorerModels back = roundTrip(models -> {
            models.scenario().setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.4125);
            models.scenario().activePresetProperty().set(LawPreset.EPOCH_2024);
        });
        assertEquals(0.4125, back.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertEquals(LawPreset.EPOCH_2024, back.scenario().activePreset());
    }

    @Test
    void theLossValleysWindowBudgetsAndPath() throws Exception {
        ExplorerModels back = roundTrip(models -> {
            LossValleyViewModel valley = models.viewModel(LossValleyModule.MODULE);
            valley.paramsFromProperty().set(6.5);
            valley.tokensToProperty().set(13);
            valley.budgets().forEach(b -> b.shownProperty().set(b.flops() == 1e17 || b.flops() == 1e27));
            valley.pathRuleProperty().set(OptimumRule.LOSS_MINIMUM);
        });
        LossValleyViewModel valley = back.viewModel(LossValleyModule.MODULE);
        assertEquals(6.5, valley.paramsFromProperty().get());
        assertEquals(13, valley.tokensToProperty().get());
        assertEquals(List.of(1e17, 1e27), valley.budgets().stream().filter(b -> b.shownProperty().get())
                .map(LossValleyViewModel.BudgetChoice::flops).toList());
        assertEquals(OptimumRule.LOSS_MINIMUM, valley.pathRuleProperty().get());
    }

    @Test
    void theIsoFlopBudgetsComparisonAndOverlay() throws Exception {
        ExplorerModels back = roundTrip(models -> {
            IsoFlopViewModel isoFlop = models.viewModel(IsoFlopModule.MODULE);
            isoFlop.log10MinFlopsProperty().set(Math.log10(2e17));
            isoFlop.log10MaxFlopsProperty().set(Math.log10(5e25));
            isoFlop.budgetCountProperty().set(11);
            isoFlop.comparisonProperty().set(LawPreset.EPOCH_2024);
            isoFlop.overlayProperty().set(true);
        });
        IsoFlopViewModel isoFlop = back.viewModel(IsoFlopModule.MODULE);
        assertEquals(Math.log10(2e17), isoFlop.log10MinFlopsProperty().get());
        assertEquals(Math.log10(5e25), isoFlop.log10MaxFlopsProperty().get());
        assertEquals(11, isoFlop.budgetCountProperty().get());
        assertEquals(LawPreset.EPOCH_2024, isoFlop.comparisonProperty().get());
        assertTrue(isoFlop.overlayProperty().get());
    }

    @Test
    void theAllocationBudgetHardwareRuleAndInferenceTokens() throws Exception {
        ExplorerModels back = roundTrip(models -> {
            AllocationViewModel allocation = models.viewModel(AllocationModule.MODULE);
            assertTrue(allocation.submitBudget("3.3e24"));
            allocation.acceleratorProperty().set(Accelerator.A100);
            allocation.mfuProperty().set(0.52);
            allocation.usdPerGpuHourProperty().set(1.75);
            allocation.ruleProperty().set(OptimumRule.LOSS_MINIMUM);
            assertTrue(allocation.submitInferenceTokens("2T"));
        });
        AllocationViewModel allocation = back.viewModel(AllocationModule.MODULE);
        assertEquals(3.3e24, allocation.flopsProperty().get(), "the typed budget, exactly");
        assertEquals(Accelerator.A100, allocation.acceleratorProperty().get());
        assertEquals(0.52, allocation.mfuProperty().get());
        assertEquals(1.75, allocation.usdPerGpuHourProperty().get());
        assertEquals(OptimumRule.LOSS_MINIMUM, allocation.ruleProperty().get());
        assertEquals(2e12, allocation.inferenceTokensProperty().get());
        assertEquals(2e12, allocation.result().inferenceTokens(), "the table shows the inference-aware split again");
    }

    @Test
    void theDataSlidersOffsetsMixtureAndPools() throws Exception {
        List<DataPool> pools = List.of(new DataPool("web", 3e12, 0.04), new DataPool("books", 2e10, -0.05),
                new DataPool("code", 5e11, 0.01));
        ExplorerModels back = roundTrip(models -> {
            DataViewModel data = models.viewModel(DataModule.MODULE);
            assertTrue(data.quantity(DataViewModel.EPOCHS).submit("12"));
            assertTrue(data.testSetOffsets().get(0).submit("0.21"));
            assertTrue(data.mixtureWeight().submit("0.3"));
            data.setPools(pools);
        });
        DataViewModel data = back.viewModel(DataModule.MODULE);
        assertEquals(12, data.quantity(DataViewModel.EPOCHS).value());
        assertEquals(0.21, data.testSetOffsets().get(0).value());
        assertEquals(0.3, data.mixtureWeight().value());
        assertEquals(pools, data.pools());
    }

    @Test
    void theFitsRunsSettingsAndFit() throws Exception {
        List<TrainingRun> runs = new ArrayList<>();
        for (double[] run : TestRuns.twelve()) {
            runs.add(new TrainingRun(run[0], run[1], run[2], run[3], Double.NaN, "", "mine"));
        }
        double[] alpha = new double[1];
        ExplorerModels back = roundTrip(models -> {
            FitViewModel fit = models.viewModel(FitModule.MODULE);
            fit.restoreRuns("mine.csv", false, runs);
            fit.settings().resamplesProperty().set(0);
            fit.settings().excludeHighestLossProperty().set(1);
            assertTrue(fit.settings().submitTargetFlops("1e23"));
            fit.settings().powerLawVariableProperty().set(FitVariable.PARAMS);
            fit.fit();
            alpha[0] = fit.result().parameter("alpha").value();
        });
        FitViewModel fit = back.viewModel(FitModule.MODULE);
        assertEquals(runs, fit.runs());
        assertEquals(FitApproach.APPROACH_3, fit.settings().approachProperty().get());
        assertEquals(1, fit.settings().excludeHighestLossProperty().get());
        assertEquals(1e23, fit.settings().targetFlopsProperty().get());
        assertEquals(FitVariable.PARAMS, fit.settings().powerLawVariableProperty().get());
        assertNotNull(fit.result(), "the session had a fit: it is shown again");
        assertEquals(alpha[0], fit.result().parameter("alpha").value(), 1e-12);
    }

    @Test
    void thePlanDesignAndTheStudyItShows() throws Exception {
        double[] recovered = new double[1];
        ExplorerModels back = roundTrip(models -> {
            PlanViewModel plan = models.viewModel(PlanModule.MODULE);
            plan.budgetCountProperty().set(3);
            plan.perBudgetProperty().set(3);
            plan.repetitionsProperty().set(2);
            plan.seedProperty().set(7);
            plan.noiseModelProperty().set(NoiseModel.ONE_SIDED);
            plan.run();
            recovered[0] = plan.result().recovery().fit().alpha();
            // Inputs changed after the study: the session keeps both the inputs and the study shown.
            plan.seedProperty().set(9);
            plan.shapeParamsProperty().set(1.3e9);
        });
        PlanViewModel plan = back.viewModel(PlanModule.MODULE);
        assertEquals(9, plan.seedProperty().get());
        assertEquals(NoiseModel.ONE_SIDED, plan.noiseModelProperty().get());
        assertEquals(3, plan.budgetCountProperty().get());
        assertEquals(1.3e9, plan.shapeParamsProperty().get());
        assertNotNull(plan.result(), "the study shown comes back");
        assertEquals(7, plan.result().seed());
        assertEquals(recovered[0], plan.result().recovery().fit().alpha(), 0, "seeded: the same numbers");
    }

    @Test
    void theLessonAndItsStep() throws Exception {
        ExplorerModels back = roundTrip(models -> {
            LessonsViewModel lessons = models.lessons();
            lessons.lessonProperty().set(lessons.lessons().stream().filter(l -> l.steps().size() >= 3)
                    .findFirst().orElseThrow());
            lessons.next();
            lessons.next();
            // The user moves on from what the step set up: the session keeps what the user has.
            models.scenario().setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.BETA, 0.33);
        });
        LessonsViewModel lessons = back.lessons();
        assertEquals(back.lessons().lessons().stream().filter(l -> l.steps().size() >= 3).findFirst().orElseThrow(),
                lessons.lessonProperty().get());
        assertEquals(2, lessons.stepIndexProperty().get());
        assertEquals(0.33, back.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.BETA),
                "opening the session does not apply the step over the user's constants");
    }

    @Test
    void anOldSessionWithoutViewStateStillOpens() throws Exception {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        models.apply(Session.published());
        assertArrayEquals(new double[] {18, 24}, new double[] {
                models.viewModel(IsoFlopModule.MODULE).log10MinFlopsProperty().get(),
                models.viewModel(IsoFlopModule.MODULE).log10MaxFlopsProperty().get()});
    }
}
