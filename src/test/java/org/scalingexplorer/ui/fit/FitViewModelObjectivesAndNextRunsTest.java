package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.runOnFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Suggestion;
import org.scalingexplorer.ui.fit.FitViewModel.Status;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Fit view-model's Approach 3 objective choice, its comparison of both, and its next-run suggestions. */
class FitViewModelObjectivesAndNextRunsTest {

    private static final long WAIT_SECONDS = 180;
    /** A small subset keeps the advisor's 1,000 refits to a few seconds. */
    private static final int SUBSET_RUNS = 60;

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

    private void loadSample() throws TimeoutException {
        viewModel = onFx(FitViewModel::new);
        runOnFx(viewModel::loadSample);
        awaitStatus(Status.LOADED);
    }

    /** Fits the sample's first runs without a bootstrap, as the advisor's starting point. */
    private void fitSubset() throws TimeoutException {
        List<TrainingRun> subset = SampleData.chinchillaEpoch().subList(0, SUBSET_RUNS);
        viewModel = onFx(FitViewModel::new);
        runOnFx(() -> {
            viewModel.restoreRuns("first runs of the sample", false, subset);
            viewModel.settings().resamplesProperty().set(0);
            viewModel.fit();
        });
        awaitStatus(Status.FITTED);
    }

    @Test
    void theDefaultObjectiveIsLogHuberWithoutAComparison() throws TimeoutException {
        loadSample();
        runOnFx(() -> {
            viewModel.settings().resamplesProperty().set(0);
            viewModel.fit();
        });
        awaitStatus(Status.FITTED);
        FitResult result = viewModel.result();
        assertEquals(Approach3Objective.Kind.LOG_HUBER, viewModel.settings().objectiveKindProperty().get());
        assertEquals(Approach3Objective.LOG_HUBER, result.request().objective());
        assertNull(result.comparison());
        assertNull(result.plot().comparison());
        assertEquals(1.82, result.parameter(Bootstrap.E).value(), 0.01);
    }

    @Test
    void comparingBothObjectivesFitsTwiceAndTheLowerEnvelopeHasALowerIrreducibleLoss() throws TimeoutException {
        loadSample();
        runOnFx(() -> {
            viewModel.settings().resamplesProperty().set(0);
            viewModel.settings().compareObjectivesProperty().set(true);
            viewModel.fit();
        });
        awaitStatus(Status.FITTED);
        FitComparison comparison = viewModel.result().comparison();
        assertNotNull(comparison);
        assertEquals(Approach3Objective.Kind.LOG_HUBER, comparison.primaryObjective().kind());
        assertEquals(Approach3Objective.Kind.LOWER_ENVELOPE, comparison.otherObjective().kind());
        assertEquals(10, comparison.otherObjective().lambda());
        assertTrue(comparison.otherConverged(), comparison.otherStatus());
        double huberE = viewModel.result().parameter(Bootstrap.E).value();
        double envelopeE = comparison.otherParameter(Bootstrap.E).orElseThrow().value();
        // Runs below the curve cost ten times more, so the curve sinks towards the lowest runs.
        assertTrue(envelopeE < huberE - 1e-3, "lower envelope E " + envelopeE + " vs log-Huber E " + huberE);
        for (String key : List.of(Bootstrap.E, Bootstrap.ALPHA, Bootstrap.BETA, Bootstrap.A_EXPONENT)) {
            assertTrue(comparison.primary().stream().anyMatch(p -> p.key().equals(key)), key);
            assertTrue(comparison.otherParameter(key).isPresent(), key);
        }
        ComparisonCurve curve = viewModel.plot().comparison();
        assertNotNull(curve);
        assertFalse(curve.curve().isEmpty());
        assertFalse(viewModel.plot().lawCurve().isEmpty());
    }

    @Test
    void theLowerEnvelopeAsTheShownFitUsesTheTypedLambda() throws TimeoutException {
        fitSubset();
        double huberE = viewModel.result().parameter(Bootstrap.E).value();
        runOnFx(() -> {
            viewModel.settings().objectiveKindProperty().set(Approach3Objective.Kind.LOWER_ENVELOPE);
            assertTrue(viewModel.settings().submitEnvelopeLambda("4"));
            viewModel.fit();
        });
        awaitStatus(Status.FITTED);
        assertEquals(Approach3Objective.lowerEnvelope(4), viewModel.result().request().objective());
        assertTrue(viewModel.result().parameter(Bootstrap.E).value() != huberE);
    }

    @Test
    void aLambdaBelowOneIsRefused() {
        viewModel = onFx(FitViewModel::new);
        runOnFx(() -> {
            assertFalse(viewModel.settings().submitEnvelopeLambda("0.5"));
            assertFalse(viewModel.settings().submitEnvelopeLambda("ten"));
            assertEquals(10, viewModel.settings().envelopeLambdaProperty().get());
            viewModel.settings().envelopeLambdaProperty().set(0.9);
            assertEquals(10, viewModel.settings().envelopeLambdaProperty().get());
            assertTrue(viewModel.settings().submitEnvelopeLambda("1"));
            assertEquals(1, viewModel.settings().envelopeLambdaProperty().get());
        });
    }

    @Test
    void nextRunsAreSortedByShrinkageAndAtLeastOneShrinksTheInterval() throws TimeoutException {
        fitSubset();
        assertTrue(onFx(() -> viewModel.nextRuns().canSuggestBinding().get()));
        runOnFx(() -> viewModel.nextRuns().suggest());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> viewModel.nextRuns().advice() != null || !viewModel.nextRuns().errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Advice advice = viewModel.nextRuns().advice();
        assertNotNull(advice, viewModel.nextRuns().errorProperty().get());
        assertEquals(FitNextRuns.RESAMPLES, advice.resamples());
        assertEquals(viewModel.settings().targetFlopsProperty().get(), advice.targetFlops());
        assertTrue(advice.currentWidth() > 0);
        List<Suggestion> suggestions = advice.suggestions();
        assertEquals(9, suggestions.size());
        for (int i = 1; i < suggestions.size(); i++) {
            assertTrue(suggestions.get(i - 1).shrinkage() >= suggestions.get(i).shrinkage());
        }
        assertTrue(suggestions.get(0).shrinkage() > 0, "best shrinkage " + suggestions.get(0).shrinkage());
    }

    @Test
    void cancelStopsTheNextRunSuggestions() throws TimeoutException {
        fitSubset();
        runOnFx(() -> viewModel.nextRuns().suggest());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> onFx(() -> viewModel.nextRuns().progressProperty().get()) > 0.01);
        runOnFx(() -> viewModel.nextRuns().cancel());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !viewModel.isComputing());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewModel.nextRuns().cancelledProperty().get());
        assertNull(viewModel.nextRuns().advice());
        assertFalse(onFx(() -> viewModel.nextRuns().runningProperty().get()));
        assertTrue(onFx(() -> viewModel.nextRuns().canSuggestBinding().get()));
    }
}
