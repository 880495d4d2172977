package org.scalingexplorer.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.await;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.recipe.BatchSizeTradeoff;
import org.scalingexplorer.engine.recipe.EmbeddingCount;
import org.scalingexplorer.engine.recipe.HyperparameterAdvisor;
import org.scalingexplorer.engine.recipe.NonEmbeddingOptimum;
import org.scalingexplorer.engine.recipe.mup.MupGrid;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.view.WorkMode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Recipe view-model without a view; the FX toolkit runs because the muP sweep is a javafx.concurrent.Service. */
@ExtendWith(ApplicationExtension.class)
class RecipeViewModelTest {

    /** Two widths, three rates, long runs: a few seconds, long enough to be cancelled half-way. */
    private static final MupGrid SLOW = new MupGrid(new int[] {64, 128}, new double[] {1e-3, 4e-3, 1.6e-2}, 1, 3000, 64);
    /** The same, short: well under a second. */
    private static final MupGrid QUICK = new MupGrid(new int[] {8, 16}, new double[] {1e-3, 4e-3, 1.6e-2}, 2, 40, 8);

    @TempDir
    Path dir;

    private final ScenarioModel scenario = new ScenarioModel();

    @Test
    void draggingTheBatchMovesThePointAlongTheHyperbola() {
        RecipeViewModel viewModel = new RecipeViewModel(scenario, WorkMode.INLINE);
        BatchSizeTradeoff engine = BatchSizeTradeoff.forBudget(scenario.law(LawPreset.CHINCHILLA_2022),
                ComputeBudget.ofFlops(RecipeViewModel.DEFAULT_FLOPS));
        double previousSteps = Double.POSITIVE_INFINITY;
        double previousTokens = 0;
        for (double log10Batch = 4.5; log10Batch <= 8.5; log10Batch += 0.5) {
            viewModel.batch().sliderPositionProperty().set(log10Batch);
            BatchPanel batch = viewModel.result().batch();
            assertEquals(Math.pow(10, log10Batch), batch.batchTokens(), 1e-6 * batch.batchTokens());
            BatchSizeTradeoff t = batch.tradeoff();
            assertEquals(engine.criticalBatchTokens(), t.criticalBatchTokens(), 1e-9 * t.criticalBatchTokens());
            // On McCandlish's hyperbola (S/S_min - 1)(E/E_min - 1) = 1 wherever the batch is dragged.
            assertEquals(1, (batch.steps() / t.minSteps() - 1) * (batch.tokens() / t.minTokens() - 1), 1e-9);
            assertTrue(batch.steps() < previousSteps && batch.tokens() > previousTokens,
                    "a bigger batch takes fewer steps and more tokens");
            previousSteps = batch.steps();
            previousTokens = batch.tokens();
        }
        viewModel.batchAtCritical();
        BatchPanel atCritical = viewModel.result().batch();
        assertEquals(2, atCritical.steps() / atCritical.tradeoff().minSteps(), 1e-9);
        assertEquals(2, atCritical.tokens() / atCritical.tradeoff().minTokens(), 1e-9);
        assertEquals(2 * atCritical.tradeoff().minTokens() * 6 * atCritical.tradeoff().params(),
                atCritical.flopsAtBatch(), 1e-6 * atCritical.flopsAtBatch(), "twice the budget's tokens, twice the FLOPs");
    }

    @Test
    void theWindowSliderChangesTheExponentAsTheEngineSays() {
        RecipeViewModel viewModel = new RecipeViewModel(scenario, WorkMode.INLINE);
        scenario.activePresetProperty().set(LawPreset.EPOCH_2024);
        NonEmbeddingOptimum engine = new NonEmbeddingOptimum((ChinchillaLaw) scenario.law(LawPreset.EPOCH_2024),
                EmbeddingCount.PEARCE_SONG_2024);
        // The engine's two-decade windows under the Epoch refit: 0.514 at 1e10-1e12, 0.820 at 1e6-1e8.
        double[][] windows = {{10, 12, 0.514}, {6, 8, 0.820}, {8, 10, 0.540}, {4, 6, 0.837}};
        for (double[] window : windows) {
            viewModel.log10WindowFromProperty().set(window[0]);
            viewModel.log10WindowToProperty().set(window[1]);
            ReconcilePanel reconcile = viewModel.result().reconcile();
            double expected = engine.fitWindow(Math.pow(10, window[0]), Math.pow(10, window[1]),
                    ReconcilePanel.WINDOW_POINTS).exponent();
            assertEquals(expected, reconcile.window().exponent(), 1e-12);
            assertEquals(window[2], reconcile.window().exponent(), 5e-4, "window 1e" + window[0]);
        }
        assertEquals(0.5126, viewModel.result().reconcile().largeLimit(), 5e-5, "beta / (alpha + beta) of the refit");
    }

    @Test
    void kaplansLawHasNoAllParameterFormSoTheReconciliationSaysWhichLawItUses() {
        RecipeViewModel viewModel = new RecipeViewModel(scenario, WorkMode.INLINE);
        assertFalse(viewModel.result().reconcile().fellBack());
        assertEquals(LawPreset.CHINCHILLA_2022, viewModel.result().reconcile().preset());
        scenario.activePresetProperty().set(LawPreset.KAPLAN_2020);
        assertTrue(viewModel.result().reconcile().fellBack());
        assertEquals(LawPreset.EPOCH_2024, viewModel.result().reconcile().preset());
        assertEquals(LawPreset.KAPLAN_2020, viewModel.result().batch().preset(), "the other panels follow the law");
    }

    @Test
    void theBudgetReachesTheFittedHyperparameterLaws() {
        RecipeViewModel viewModel = new RecipeViewModel(scenario, WorkMode.INLINE);
        assertTrue(viewModel.budget().submit("3e23"));
        var expected = HyperparameterAdvisor.at(scenario.law(LawPreset.CHINCHILLA_2022), true, ComputeBudget.ofFlops(3e23));
        HyperPanel hyper = viewModel.result().hyper();
        assertEquals(expected.get(0).learningRate(), hyper.deepSeekAtBudget().learningRate(), 0);
        assertEquals(expected.get(1).batchTokens(), hyper.stepLawAtBudget().batchTokens(), 0);
        assertFalse(viewModel.budget().submit("1e30"), "beyond the slider's 1e27 the budget is refused");
        assertEquals(3e23, viewModel.result().flops());
    }

    @Test
    void theMupSweepCanBeCancelledAndRunAgain(FxRobot robot) {
        RecipeViewModel viewModel = onFx(() -> new RecipeViewModel(scenario, WorkMode.BACKGROUND));
        MupLab lab = viewModel.mup();
        robot.interact(() -> {
            lab.gridProperty().set(SLOW);
            lab.run();
        });
        await(() -> onFx(() -> lab.progressProperty().get() > 0));
        robot.interact(lab::cancel);
        await(() -> onFx(() -> !lab.runningProperty().get()));
        assertEquals(MupLab.Status.CANCELLED, lab.statusProperty().get());
        assertNull(lab.result(), "a cancelled sweep shows nothing new");
        robot.interact(() -> {
            lab.gridProperty().set(QUICK);
            lab.run();
        });
        await(() -> onFx(() -> lab.statusProperty().get() == MupLab.Status.DONE));
        assertEquals(QUICK, lab.result().grid());
        assertEquals(2, lab.result().standard().size());
    }

    @Test
    void aNewSweepSupersedesTheStaleOneWhichNeverReports(FxRobot robot) throws Exception {
        RecipeViewModel viewModel = onFx(() -> new RecipeViewModel(scenario, WorkMode.BACKGROUND));
        MupLab lab = viewModel.mup();
        AtomicInteger reported = new AtomicInteger();
        robot.interact(() -> {
            lab.resultProperty().addListener((obs, old, now) -> reported.incrementAndGet());
            lab.gridProperty().set(SLOW);
            lab.run();
        });
        await(() -> onFx(() -> lab.progressProperty().get() > 0));
        robot.interact(() -> {
            lab.gridProperty().set(QUICK);
            lab.run();
        });
        await(() -> onFx(() -> lab.statusProperty().get() == MupLab.Status.DONE));
        // Long enough for the slow sweep to have finished had it not stopped.
        Thread.sleep(3000);
        assertEquals(1, reported.get(), "only the sweep started last reports");
        assertEquals(QUICK.seed(), lab.result().grid().seed());
        assertFalse(onFx(() -> lab.runningProperty().get()));
    }

    @Test
    void aPointsFileWithoutTheConfigurationColumnIsRefusedNamingFileAndColumn() throws Exception {
        RecipeViewModel viewModel = new RecipeViewModel(scenario, WorkMode.INLINE);
        Path file = dir.resolve("porian.csv");
        Files.writeString(file, "dataset,flops,params,tokens,loss\nrw,1.25e16,331776,6.3e9,4.7\n");
        viewModel.correctionSteps().open(file);
        String problem = viewModel.correctionSteps().problemProperty().get();
        assertTrue(problem.contains(file.toString()) && problem.contains("'config'"), problem);
        assertNull(viewModel.correctionSteps().loaded());
    }

    @Test
    void aSessionShowsTheSweepAndTheStepsAgainWithoutTrainingOrFitting() throws Exception {
        ExplorerModels first = new ExplorerModels(WorkMode.INLINE);
        RecipeViewModel recipe = first.viewModel(RecipeModule.MODULE);
        recipe.mup().gridProperty().set(QUICK);
        recipe.mup().run();
        Path file = dir.resolve("steps.csv");
        StringBuilder csv = new StringBuilder("config,flops,params,loss\n");
        for (double flops : new double[] {1e17, 4e17, 1.6e18}) {
            for (double params : new double[] {1e6, 3e6, 1e7, 3e7, 1e8}) {
                double optimum = 3e6 * Math.sqrt(flops / 1e17);
                csv.append("one,").append(flops).append(',').append(params).append(',')
                        .append(3 + 0.1 * Math.pow(Math.log(params / optimum), 2)).append('\n');
            }
        }
        Files.writeString(file, csv);
        recipe.correctionSteps().open(file);
        assertEquals(0.5, recipe.correctionSteps().shownSteps().get(0).exponent(), 1e-9, "optima grow as C^0.5");
        first.viewSettings().set("recipe.panel", RecipePanel.RECONCILE.ordinal());
        first.viewSettings().set("recipe.window_from_log10_params", 5);
        recipe.vocabularyProperty().set(50_257);

        ExplorerModels second = new ExplorerModels(WorkMode.INLINE);
        second.apply(SessionFile.parse(SessionFile.toBytes(first.capture("recipe", Session.published())),
                dir.resolve("recipe.slx.json")));
        RecipeViewModel back = second.viewModel(RecipeModule.MODULE);
        assertEquals(MupLab.Status.RESTORED, back.mup().statusProperty().get(), "shown, not trained again");
        assertEquals(recipe.mup().result().standard(), back.mup().result().standard());
        assertEquals(recipe.mup().result().mup(), back.mup().result().mup());
        assertEquals(recipe.correctionSteps().loaded(), back.correctionSteps().loaded());
        assertEquals(RecipePanel.RECONCILE, back.panelProperty().get());
        assertEquals(5, back.log10WindowFromProperty().get());
        assertEquals(50_257, back.vocabularyProperty().get());
    }

    @Test
    void lessonsAreRefusedAPanelThatDoesNotExist() {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> models.viewSettings().set("recipe.panel", 9));
        assertTrue(refused.getMessage().contains("recipe.panel must be a whole number from 0 to 5"), refused.getMessage());
        assertNotNull(models.viewModel(RecipeModule.MODULE).result());
    }
}
