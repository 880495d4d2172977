package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.runOnFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.HoldoutReport;
import org.scalingexplorer.engine.fit.LawExtrapolation;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.ui.fit.FitViewModel.Status;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Fit view-model without a view: its Services run on the FX toolkit (headless Monocle), so
 * every call goes through the FX thread and every result is awaited.
 */
class FitViewModelTest {

    private static final long WAIT_SECONDS = 120;

    private FitViewModel viewModel;

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        org.scalingexplorer.ui.shell.ExplorerWindowFixture.startToolkit();
    }

    private FitViewModel create() {
        return onFx(FitViewModel::new);
    }

    private void awaitStatus(Status wanted) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.status() == wanted || viewModel.status() == Status.LOAD_FAILED
                        || viewModel.status() == Status.FIT_FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wanted, viewModel.status(), viewModel.errorMessageProperty().get());
    }

    private void loadSample() throws TimeoutException {
        viewModel = create();
        runOnFx(viewModel::loadSample);
        awaitStatus(Status.LOADED);
    }

    private void fitWith(int resamples) throws TimeoutException {
        runOnFx(() -> {
            viewModel.settings().resamplesProperty().set(resamples);
            viewModel.fit();
        });
        awaitStatus(Status.FITTED);
    }

    private static int pointCount(FitPlot plot) {
        return plot.fitted().size();
    }

    @Test
    void loadingTheSampleGives245RunsAndExcludesTheFiveWithTheHighestLoss() throws TimeoutException {
        loadSample();
        assertEquals(245, viewModel.runs().size());
        assertTrue(viewModel.problems().isEmpty());
        assertTrue(viewModel.loaded().sample());
        assertEquals(5, viewModel.settings().excludeHighestLossProperty().get());
        assertEquals(245, pointCount(viewModel.plot()));
        assertEquals(245, viewModel.plot().totalRuns());
        assertTrue(viewModel.plot().minFlops() < 2e18 && viewModel.plot().maxFlops() > 1e22);
        assertTrue(viewModel.canFitBinding().get());
    }

    @Test
    void badRowsAreListedWithLineAndFieldAndGoodRowsStillLoad(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.csv");
        Files.writeString(file, String.join("\n",
                "params,tokens,loss",
                "1e8,2e9,3.1",
                "2e8,2e9,many",
                "4e8,2e9,2.9",
                "-5e8,2e9,2.8",
                "8e8,,2.7",
                "1e9,2e9,2.6",
                "1e8,2e9,3.1") + "\n");
        viewModel = create();
        runOnFx(() -> viewModel.loadFile(file));
        awaitStatus(Status.LOADED);
        assertEquals(3, viewModel.runs().size());
        assertFalse(viewModel.loaded().sample());
        assertEquals(0, viewModel.settings().excludeHighestLossProperty().get());
        List<RowProblem> problems = List.copyOf(viewModel.problems());
        assertEquals(List.of(3, 5, 6, 8), problems.stream().map(RowProblem::lineNumber).toList());
        assertEquals(List.of("loss", "params", "tokens", "row"), problems.stream().map(RowProblem::field).toList());
        assertTrue(problems.get(0).message().contains("many"), problems.get(0).message());
        assertTrue(problems.get(3).message().contains("line 2"), problems.get(3).message());
    }

    @Test
    void aFileWithoutALossColumnFailsNamingTheFileAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("no-loss.tsv");
        Files.writeString(file, "params\ttokens\n1e8\t2e9\n");
        viewModel = create();
        runOnFx(() -> viewModel.loadFile(file));
        awaitStatus(Status.LOAD_FAILED);
        String message = viewModel.errorMessageProperty().get();
        assertTrue(message.contains("no-loss.tsv") && message.contains("'loss'"), message);
        assertTrue(viewModel.runs().isEmpty());
    }

    @Test
    void fittingTheSampleWithoutItsFiveHighestLossRunsGivesTheReplicationsFit() throws TimeoutException {
        loadSample();
        fitWith(30);
        FitResult result = viewModel.result();
        assertTrue(result.converged(), result.status());
        assertEquals(240, result.fittedRuns());
        assertEquals(5, result.excludedRuns());
        assertEquals(0.3473, result.parameter(Bootstrap.ALPHA).value(), 0.01 * 0.3473);
        assertEquals(0.3672, result.parameter(Bootstrap.BETA).value(), 0.01 * 0.3672);
        assertEquals(1.817, result.parameter(Bootstrap.E).value(), 0.01 * 1.817);
        // About 20 tokens per parameter, as Besiroglu et al. 2024 find, not Hoffmann's Approach 3.
        assertEquals(18, result.parameter(Bootstrap.TOKENS_PER_PARAM).value(), 4);
        for (ParameterEstimate estimate : result.parameters()) {
            assertTrue(estimate.hasInterval(), estimate.key());
            assertTrue(estimate.ci95().low() < estimate.ci95().high(), estimate.toString());
        }
        ParameterEstimate optimalParams = result.parameter(Bootstrap.OPTIMAL_PARAMS);
        assertTrue(optimalParams.ci95().contains(optimalParams.value()), optimalParams.toString());
        assertTrue(result.parameter(LawExtrapolation.LOSS_AT_TARGET).value() > 1.817);

        FitPlot plot = viewModel.plot();
        assertEquals(240, pointCount(plot));
        assertEquals(5, plot.excluded().size());
        assertTrue(plot.heldOut().isEmpty());
        // The sample spreads over budgets, so isoFLOP curves are drawn at 1 and 3 x 10^k from 3e18 to 3e21
        // (1e22 has a single run near it, no range of sizes to draw over).
        assertEquals(7, plot.curves().size());
        assertEquals(240, plot.fittedResiduals().size());
        assertTrue(plot.band().hasBand() && plot.band().hasTarget());
        assertEquals(5.76e23, plot.band().targetX());
        assertFalse(viewModel.staleProperty().get());
        runOnFx(() -> viewModel.settings().targetFlopsProperty().set(1e24));
        assertTrue(viewModel.staleProperty().get());
    }

    @Test
    void holdingOutTheLargestBudgetsReportsTheirPredictionErrors() throws TimeoutException {
        loadSample();
        runOnFx(() -> viewModel.settings().holdoutFlopsProperty().set(1e21));
        fitWith(0);
        HoldoutReport holdout = viewModel.result().holdout();
        assertEquals(217, holdout.trainRuns());
        assertEquals(23, holdout.nRuns());
        assertTrue(holdout.meanRelError() > 0 && holdout.meanRelError() < 0.05, "mean " + holdout.meanRelError());
        assertTrue(holdout.maxRelError() >= holdout.meanRelError());
        assertEquals(217, viewModel.result().fittedRuns());
        assertEquals(23, viewModel.plot().heldOut().size());
        assertEquals(23, viewModel.plot().heldOutResiduals().size());
        // No bootstrap was asked for, yet the held-out runs' prediction intervals need the pipeline's resamples.
        assertEquals(1000, viewModel.result().bootstrap().resamples());
        assertTrue(holdout.runs().stream().allMatch(p -> p.low95() < p.predicted() && p.predicted() < p.high95()));
    }

    @Test
    void turningTheHoldOutOnPredictsAboutTheCostliestTenth() throws TimeoutException {
        loadSample();
        runOnFx(() -> viewModel.setHoldout(true));
        double cutoff = viewModel.settings().holdoutFlopsProperty().get();
        long above = viewModel.runs().stream().filter(run -> run.flops() > cutoff).count();
        assertTrue(above >= 20 && above <= 30, above + " runs above " + cutoff);
        runOnFx(() -> viewModel.setHoldout(false));
        assertEquals(0, viewModel.settings().holdoutFlopsProperty().get());
        runOnFx(() -> viewModel.setHoldout(true));
        assertEquals(cutoff, viewModel.settings().holdoutFlopsProperty().get());
    }

    @Test
    void approachTwoFitsTheIsoFlopMinimaAndPredictsAboutEqualScaling() throws TimeoutException {
        loadSample();
        runOnFx(() -> viewModel.settings().approachProperty().set(FitApproach.APPROACH_2));
        fitWith(0);
        FitResult result = viewModel.result();
        double a = result.parameter(Bootstrap.A_EXPONENT).value();
        assertTrue(a > 0.4 && a < 0.6, "a = " + a);
        assertEquals(1, a + result.parameter(Bootstrap.B_EXPONENT).value(), 1e-9);
        assertTrue(viewModel.plot().vertices().size() >= 5);
        assertEquals(viewModel.plot().vertices().size(), viewModel.plot().band().support().size());
    }

    @Test
    void cancelStopsABootstrap() throws TimeoutException {
        loadSample();
        runOnFx(() -> {
            // Five forms cross-validated, then the most resamples allowed: cancelling lands mid-way.
            viewModel.settings().compareFormsProperty().set(true);
            viewModel.settings().resamplesProperty().set(org.scalingexplorer.engine.Limits.BOOTSTRAP_RESAMPLES);
            viewModel.fit();
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> onFx(() -> viewModel.fitProgressProperty().get()) > 0.1);
        assertTrue(viewModel.isComputing());
        runOnFx(viewModel::cancelFit);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !viewModel.isComputing());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Status.FIT_CANCELLED, viewModel.status());
        assertNull(viewModel.result());
        assertFalse(onFx(() -> viewModel.fittingProperty().get()));
    }

    @Test
    void lessonsSetTheTargetAndHoldOutByNameAndBadValuesAreRefused() {
        viewModel = create();
        ViewSettings settings = new ViewSettings();
        runOnFx(() -> {
            FitModule.MODULE.state().register(viewModel, settings);
            settings.set("fit.target_flops", 1e24);
            settings.set("fit.holdout_flops", 3e20);
            settings.set("fit.target_flops", -1);
        });
        assertEquals(1e24, viewModel.settings().targetFlopsProperty().get());
        assertEquals(3e20, viewModel.settings().holdoutFlopsProperty().get());
        assertFalse(onFx(() -> viewModel.settings().submitTargetFlops("lots")));
        assertTrue(onFx(() -> viewModel.settings().submitTargetFlops("5.76e23")));
        assertEquals(5.76e23, viewModel.settings().targetFlopsProperty().get());
    }

    @Test
    void aSecondLoadWhileOneRunsNeverSaysCancelled() throws TimeoutException {
        viewModel = create();
        List<Status> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        runOnFx(() -> {
            viewModel.statusProperty().addListener((obs, old, now) -> seen.add(now));
            viewModel.loadSample();
            viewModel.loadSample();
        });
        awaitStatus(Status.LOADED);
        assertEquals(List.of(Status.LOADING, Status.LOADED), seen,
                "the first load is superseded silently: no 'cancelled' while the second still loads");
    }
}
