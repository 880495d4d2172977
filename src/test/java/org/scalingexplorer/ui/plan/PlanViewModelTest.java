package org.scalingexplorer.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.ObjectiveComparison;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The view-model without a view; the FX toolkit runs because the study is a javafx.concurrent.Service. */
@ExtendWith(ApplicationExtension.class)
class PlanViewModelTest {

    private final ScenarioModel scenario = new ScenarioModel();
    private final PlanViewModel viewModel = new PlanViewModel(scenario);

    /** Reads on the FX thread: a Service refuses to be read from any other. */
    private boolean running() {
        return onFx(() -> viewModel.runningProperty().get());
    }

    private void runAndWait(FxRobot robot) throws TimeoutException {
        robot.interact(viewModel::run);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !running()
                && onFx(() -> viewModel.result() != null || !viewModel.problemProperty().get().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNoiselessStudyRecoversTheScenariosLawAndDrawsBothLinesOnTopOfEachOther(FxRobot robot) throws Exception {
        // The truth follows the scenario: a custom E set in the Power laws view is what the study samples.
        robot.interact(() -> scenario.setConstant(LawPreset.EPOCH_2024, ChinchillaLaw.E, 2.0));
        viewModel.lawProperty().set(LawPreset.EPOCH_2024);
        viewModel.noiseProperty().set(0);
        viewModel.repetitionsProperty().set(3);
        runAndWait(robot);
        assertEquals("", viewModel.problemProperty().get());
        PlanResult result = viewModel.result();
        assertEquals(2.0, result.experiment().truth().irreducible());
        for (String name : Recovery.CONSTANTS) {
            assertEquals(0, result.recovery().relativeError(name), 1e-4, name);
        }
        assertEquals(4 * 7, result.runs().size());
        assertEquals(3, result.study().repetitions());
        double[] recovered = result.recoveredParams().orElseThrow();
        for (int i = 0; i < recovered.length; i++) {
            assertEquals(result.trueParams()[i], recovered[i], 1e-3 * result.trueParams()[i]);
        }
        assertEquals(1.0, onFx(() -> viewModel.progressProperty().get()));
    }

    @Test
    void theDesignAndObjectiveReachTheStudy(FxRobot robot) throws Exception {
        viewModel.budgetCountProperty().set(3);
        viewModel.perBudgetProperty().set(5);
        viewModel.noiseModelProperty().set(NoiseModel.ONE_SIDED);
        viewModel.objectiveProperty().set("asymmetric");
        viewModel.lambdaProperty().set(20);
        viewModel.repetitionsProperty().set(4);
        runAndWait(robot);
        PlanResult result = viewModel.result();
        assertEquals(15, result.runs().size());
        assertEquals("asymmetric", result.recovery().penaltyId());
        assertEquals("asymmetric", result.study().penaltyId());
        assertEquals(NoiseModel.ONE_SIDED, result.study().noiseModel());
        assertTrue(result.runs().stream().allMatch(run -> run.loss() >= result.experiment().truth()
                .loss(run.params(), run.tokens())), "one-sided noise only raises losses");
        assertTrue(result.study().spreads().containsKey(StudySummary.EXTRAPOLATION_ERROR));
    }

    @Test
    void aBadDesignIsNamedAndNothingRuns(FxRobot robot) {
        viewModel.budgetCountProperty().set(1);
        viewModel.perBudgetProperty().set(3);
        robot.interact(viewModel::run);
        assertTrue(viewModel.problemProperty().get().contains("at least 5 runs"), viewModel.problemProperty().get());
        assertFalse(running());
        assertNull(viewModel.result());
    }

    @Test
    void cancellingStopsTheStudyAndKeepsNoHalfResult(FxRobot robot) throws Exception {
        viewModel.repetitionsProperty().set(100_000);
        robot.interact(viewModel::run);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.progressProperty().get()) > 0.3);
        robot.interact(viewModel::cancel);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> viewModel.cancelledProperty().get())
                && !running());
        assertNull(viewModel.result());
        // Restartable: the next run after a cancel finishes.
        viewModel.repetitionsProperty().set(2);
        runAndWait(robot);
        assertEquals(2, viewModel.result().study().repetitions());
        assertFalse(viewModel.cancelledProperty().get());
    }

    private void compareAndWait(FxRobot robot) throws TimeoutException {
        assertTrue(onFx(viewModel::runComparison));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !onFx(() -> viewModel.comparisonRunningProperty().get())
                && onFx(() -> viewModel.comparison() != null || !viewModel.comparisonProblemProperty().get().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theComparisonFitsBothObjectivesUnderBothNoiseModelsAndTheEnvelopeWinsUnderOneSidedNoise(FxRobot robot)
            throws Exception {
        compareAndWait(robot);
        assertEquals("", viewModel.comparisonProblemProperty().get());
        ObjectiveComparisonResult comparison = viewModel.comparison();
        assertEquals(4, comparison.rows().size());
        assertEquals(List.of(NoiseModel.GAUSSIAN, NoiseModel.GAUSSIAN, NoiseModel.ONE_SIDED, NoiseModel.ONE_SIDED),
                comparison.rows().stream().map(ObjectiveComparison.Row::noiseModel).toList());
        assertEquals(List.of(HuberLoss.ID, AsymmetricHuberLoss.ID, HuberLoss.ID, AsymmetricHuberLoss.ID),
                comparison.rows().stream().map(r -> r.recovery().penaltyId()).toList());
        assertEquals(1, comparison.seed());
        assertEquals(AsymmetricHuberLoss.DEFAULT_LAMBDA, comparison.lambda());
        // Default design and seed 1: runs that only land above the truth pull log-Huber's E up (it misses
        // by about 1.8%); the lower envelope stays near it (about 0.6%).
        double huberMiss = comparison.irreducibleMiss(NoiseModel.ONE_SIDED, HuberLoss.ID);
        double envelopeMiss = comparison.irreducibleMiss(NoiseModel.ONE_SIDED, AsymmetricHuberLoss.ID);
        assertTrue(envelopeMiss < huberMiss, "E miss: asymmetric " + envelopeMiss + ", Huber " + huberMiss);
        assertEquals(java.util.Optional.of(AsymmetricHuberLoss.ID),
                comparison.closerOnIrreducible(NoiseModel.ONE_SIDED, HuberLoss.ID, AsymmetricHuberLoss.ID));
        assertEquals(1.0, onFx(() -> viewModel.comparisonProgressProperty().get()));
    }

    @Test
    void lambdaBelowOneIsRefusedAndNothingRuns(FxRobot robot) {
        viewModel.lambdaProperty().set(0.5);
        assertFalse(viewModel.lambdaAcceptedProperty().get());
        assertFalse(onFx(viewModel::runComparison));
        assertFalse(onFx(() -> viewModel.comparisonRunningProperty().get()));
        assertNull(viewModel.comparison());
        viewModel.lambdaProperty().set(1);
        assertTrue(viewModel.lambdaAcceptedProperty().get(), "lambda 1 is log-Huber and allowed");
    }

    @Test
    void cancellingTheComparisonKeepsNoHalfResult(FxRobot robot) throws Exception {
        // A design large enough (30 x 30 runs) that the four full-grid fits cannot finish before the cancel.
        viewModel.budgetCountProperty().set(30);
        viewModel.perBudgetProperty().set(30);
        robot.interact(viewModel::runComparison);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> viewModel.comparisonProgressProperty().get()) > 0);
        robot.interact(viewModel::cancelComparison);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> viewModel.comparisonCancelledProperty().get())
                && !onFx(() -> viewModel.comparisonRunningProperty().get()));
        assertNull(viewModel.comparison());
    }

    @Test
    void shapesFollowTheTargetAndVocabulary(FxRobot robot) {
        assertFalse(viewModel.shapes().isEmpty());
        viewModel.shapeParamsProperty().set(1.75e11);
        viewModel.vocabularyProperty().set(50_000);
        assertTrue(viewModel.shapes().stream().allMatch(s -> s.relativeDistance(1.75e11) <= 0.10));
        assertEquals(50_000.0 * viewModel.shapes().get(0).width(), viewModel.shapes().get(0).embeddingParams());
        viewModel.shapeParamsProperty().set(1e3);
        assertTrue(viewModel.shapes().isEmpty());
    }
}
