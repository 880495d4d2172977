package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.runOnFx;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FitPipeline;
import org.scalingexplorer.engine.fit.FitSpec;
import org.scalingexplorer.engine.fit.FormScore;
import org.scalingexplorer.engine.fit.HeldOutPrediction;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.HoldoutReport;
import org.scalingexplorer.engine.fit.KaplanForm;
import org.scalingexplorer.engine.fit.LawFitOutcome;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.allocation.AllocationModule;
import org.scalingexplorer.ui.allocation.AllocationViewModel;
import org.scalingexplorer.ui.fit.FitViewModel.Status;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Fit view-model on the engine pipeline, without a view: the law form, the hold-out by size,
 * the cross-validated comparison of forms, "use this fit as the law", and restarts.
 */
class FitViewModelFormsTest {

    private static final long WAIT_SECONDS = 180;

    private FitViewModel viewModel;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        org.scalingexplorer.ui.shell.ExplorerWindowFixture.startToolkit();
    }

    private void awaitStatus(Status wanted) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.status() == wanted || viewModel.status() == Status.LOAD_FAILED
                        || viewModel.status() == Status.FIT_FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wanted, viewModel.status(), viewModel.errorMessageProperty().get());
    }

    private void loadSample(FitViewModel model) throws TimeoutException {
        viewModel = model;
        runOnFx(viewModel::loadSample);
        awaitStatus(Status.LOADED);
        runOnFx(() -> viewModel.settings().resamplesProperty().set(0));
    }

    private void fit() throws TimeoutException {
        runOnFx(viewModel::fit);
        awaitStatus(Status.FITTED);
    }

    @Test
    void theFormChosenChangesTheFittedConstants() throws TimeoutException {
        loadSample(onFx(FitViewModel::new));
        assertEquals(List.of("chinchilla", "chinchilla-tied", "kaplan", "power"), List.copyOf(viewModel.forms()),
                "the sample has no unique_tokens, so no data-constrained form");
        fit();
        assertEquals(ChinchillaForm.ID, viewModel.result().formId());
        double freeAlpha = viewModel.result().parameter("alpha").value();
        double freeBeta = viewModel.result().parameter("beta").value();
        assertEquals(0.3473, freeAlpha, 0.01 * 0.3473);
        assertNotEquals(freeAlpha, freeBeta, 1e-3);

        runOnFx(() -> viewModel.settings().formProperty().set(ChinchillaForm.TIED_ID));
        fit();
        assertEquals(ChinchillaForm.TIED_ID, viewModel.result().formId());
        double tiedAlpha = viewModel.result().parameter("alpha").value();
        assertEquals(tiedAlpha, viewModel.result().parameter("beta").value(), 1e-12);
        assertTrue(tiedAlpha > Math.min(freeAlpha, freeBeta) - 0.05 && tiedAlpha < Math.max(freeAlpha, freeBeta) + 0.05,
                "tied exponent " + tiedAlpha);
        // With alpha = beta, N_opt and D_opt both grow as C^0.5 (science.md section 3).
        assertEquals(0.5, viewModel.result().parameter("a_exponent").value(), 1e-9);

        runOnFx(() -> viewModel.settings().formProperty().set(KaplanForm.ID));
        fit();
        assertEquals(KaplanForm.ID, viewModel.result().formId());
        Set<String> keys = viewModel.result().parameters().stream().map(p -> p.key()).collect(Collectors.toSet());
        assertEquals(Set.of("N_c", "D_c", "alpha_N", "alpha_D"), keys);
        assertTrue(viewModel.result().extrapolation().isEmpty(), "Kaplan's form gives no compute-optimal allocation here");

        runOnFx(() -> viewModel.settings().formProperty().set("power"));
        assertEquals(FitApproach.POWER_LAW, viewModel.settings().approachProperty().get());
        fit();
        assertEquals("power", viewModel.result().formId());
        assertEquals(List.of("E", "A", "alpha"), viewModel.result().parameters().stream().map(p -> p.key()).toList());
        // Against compute by default: the loss it extrapolates to the target budget, drawn as a loss band.
        assertEquals("loss", viewModel.result().extrapolation().get(0).key());
        assertEquals(ExtrapolationBand.Quantity.LOSS, viewModel.plot().band().quantity());
        assertTrue(viewModel.plot().lawCurve().size() > 10);
    }

    @Test
    void aHoldOutByParamsPredictsTheLargestModelsFromTheTrainingRunsOnly() throws TimeoutException {
        loadSample(onFx(FitViewModel::new));
        runOnFx(() -> {
            viewModel.setHoldoutAxis(HoldoutAxis.PARAMS);
            viewModel.setHoldout(true);
        });
        double cutoff = viewModel.settings().holdoutFlopsProperty().get();
        fit();
        FitResult result = viewModel.result();
        HoldoutReport holdout = result.holdout();
        assertEquals(HoldoutAxis.PARAMS, holdout.spec().axis());
        assertEquals(cutoff, holdout.spec().cutoff());
        assertTrue(holdout.nRuns() >= 10, holdout.nRuns() + " held out");
        assertTrue(holdout.runs().stream().allMatch(p -> p.run().params() > cutoff));
        assertTrue(result.outcome().train().stream().allMatch(run -> run.params() <= cutoff));
        assertEquals(240, holdout.trainRuns() + holdout.nRuns());

        // The constants are those of a fit to the training runs alone: the held-out runs never touch them.
        List<TrainingRun> kept = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(),
                SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED);
        List<TrainingRun> train = kept.stream().filter(run -> run.params() <= cutoff).toList();
        LawFitOutcome trainOnly = FitPipeline.fit(train, FitSpec.of(ChinchillaForm.FREE));
        for (String name : List.of("E", "A", "B", "alpha", "beta")) {
            assertEquals(trainOnly.constants().get(name), result.parameter(name).value(),
                    1e-6 * Math.abs(trainOnly.constants().get(name)), name);
        }
        for (HeldOutPrediction prediction : holdout.runs()) {
            assertEquals(result.outcome().fit().predictLoss(prediction.run()), prediction.predicted(), 1e-12);
            assertTrue(prediction.low95() < prediction.predicted() && prediction.predicted() < prediction.high95(),
                    prediction.toString());
        }
        assertTrue(holdout.coverage95() >= 0 && holdout.coverage95() <= 1);
        assertEquals(holdout.runs().size(), viewModel.plot().heldOut().size());
    }

    @Test
    void comparingFormsRanksThemAndFitsTheBest() throws TimeoutException {
        loadSample(onFx(FitViewModel::new));
        runOnFx(() -> viewModel.settings().compareFormsProperty().set(true));
        fit();
        FitResult result = viewModel.result();
        assertNotNull(result.ranking());
        List<FormScore> scores = result.ranking().scores();
        assertEquals(Set.of("chinchilla", "chinchilla-tied", "kaplan", "power"),
                scores.stream().map(FormScore::form).collect(Collectors.toSet()));
        for (int i = 1; i < scores.size(); i++) {
            if (scores.get(i).fitted()) {
                assertTrue(scores.get(i - 1).cvMeanRelError() <= scores.get(i).cvMeanRelError());
            }
        }
        assertEquals(scores.get(0).form(), result.ranking().chosen().id());
        assertEquals(result.ranking().chosen().id(), result.formId());
        assertTrue(scores.get(0).cvMeanRelError() > 0 && scores.get(0).cvMeanRelError() < 0.1);
    }

    @Test
    void usingTheFitAsTheLawMovesTheAllocationView() throws TimeoutException {
        ExplorerModels models = onFx(ExplorerModels::new);
        AllocationViewModel allocation = models.viewModel(AllocationModule.MODULE);
        runOnFx(() -> allocation.shownProperty().set(true));
        double paramsBefore = onFx(() -> allocation.result().row(LawPreset.CHINCHILLA_2022).params());
        loadSample(models.viewModel(FitModule.MODULE));
        fit();
        ChinchillaLaw fitted = viewModel.result().chinchillaLaw().orElseThrow();
        assertTrue(onFx(() -> viewModel.lawUse().use()));
        assertEquals(FitLawUse.Outcome.APPLIED, viewModel.lawUse().report().outcome());
        assertEquals(fitted, models.scenario().law(LawPreset.CHINCHILLA_2022));
        assertEquals(LawPreset.CHINCHILLA_2022, models.scenario().activePreset());
        WaitForAsyncUtils.waitForFxEvents();
        double paramsAfter = onFx(() -> allocation.result().row(LawPreset.CHINCHILLA_2022).params());
        double expected = ComputeOptimalAllocator.allocate(fitted, ComputeBudget.ofFlops(allocation.result().flops()))
                .params();
        assertNotEquals(paramsBefore, paramsAfter, 1e-3 * paramsBefore);
        assertEquals(expected, paramsAfter, 1e-6 * expected);

        runOnFx(() -> viewModel.lawUse().undo());
        assertEquals(LawPreset.CHINCHILLA_2022.law(), models.scenario().law(LawPreset.CHINCHILLA_2022));
        assertFalse(onFx(() -> viewModel.lawUse().canUndoProperty().get()));
    }

    @Test
    void aFormThatIsNotChinchillasIsRefusedAsTheLaw() throws TimeoutException {
        ExplorerModels models = onFx(ExplorerModels::new);
        loadSample(models.viewModel(FitModule.MODULE));
        runOnFx(() -> viewModel.settings().formProperty().set(KaplanForm.ID));
        fit();
        assertFalse(onFx(() -> viewModel.lawUse().use()));
        assertEquals(FitLawUse.Outcome.NOT_CHINCHILLA_FORM, viewModel.lawUse().report().outcome());
        assertEquals(KaplanForm.ID, viewModel.lawUse().report().formId());
        assertFalse(models.scenario().isModified(LawPreset.CHINCHILLA_2022));
    }

    @Test
    void aSessionKeepsTheFormTheComparisonAndTheHoldOut() throws TimeoutException {
        loadSample(onFx(FitViewModel::new));
        runOnFx(() -> {
            viewModel.settings().formProperty().set(ChinchillaForm.TIED_ID);
            viewModel.settings().compareFormsProperty().set(true);
            viewModel.setHoldoutAxis(HoldoutAxis.TOKENS);
            viewModel.setHoldout(true);
        });
        double cutoff = viewModel.settings().holdoutFlopsProperty().get();
        org.scalingexplorer.engine.io.Session saved = onFx(() -> FitState.STATE.save(viewModel,
                org.scalingexplorer.engine.io.Session.published()));
        FitViewModel restored = onFx(FitViewModel::new);
        runOnFx(() -> FitState.STATE.restore(restored, saved));
        assertEquals(ChinchillaForm.TIED_ID, restored.settings().formProperty().get());
        assertTrue(restored.settings().compareFormsProperty().get());
        assertEquals(HoldoutAxis.TOKENS, restored.settings().holdoutAxisProperty().get());
        assertEquals(cutoff, restored.settings().holdoutFlopsProperty().get());
        assertEquals(245, restored.runs().size());
    }

    @Test
    void aSecondFitWhileOneRunsNeverSaysCancelled() throws TimeoutException {
        loadSample(onFx(FitViewModel::new));
        List<Status> seen = new CopyOnWriteArrayList<>();
        runOnFx(() -> {
            viewModel.statusProperty().addListener((obs, old, now) -> seen.add(now));
            viewModel.settings().compareFormsProperty().set(true);
            viewModel.fit();
            viewModel.settings().compareFormsProperty().set(false);
            viewModel.fit();
        });
        awaitStatus(Status.FITTED);
        assertEquals(List.of(Status.FITTING, Status.FITTED), seen,
                "the first fit is superseded silently: no 'cancelled' while the second still fits");
        assertEquals(null, viewModel.result().ranking(), "the result shown is the second request's");
    }
}
