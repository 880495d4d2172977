package org.scalingexplorer.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.await;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.recipe.mup.MupGrid;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Recipe view as a user drives it, headless: type a batch, run muP, drag the size window, open real runs. */
@ExtendWith(ApplicationExtension.class)
class RecipeViewTest {

    private static final Path PORIAN = Path.of("../shared/data/external/porian2024-isoflops/isoflop_points.csv");

    private ExplorerWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private RecipeViewModel viewModel() {
        return fixture.models.viewModel(RecipeModule.MODULE);
    }

    private void open(FxRobot robot, RecipePanel panel) {
        ExplorerWindowFixture.openView(robot, "recipe");
        robot.interact(() -> robot.lookup("#recipe-tabs").queryAs(TabPane.class).getSelectionModel()
                .select(panel.ordinal()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private static XYDataset dataset(FxRobot robot, String chartId, int index) {
        var viewer = robot.lookup("#" + chartId).queryAs(org.jfree.chart.fx.ChartViewer.class);
        JFreeChart chart = viewer.getChart();
        return chart.getXYPlot().getDataset(index);
    }

    @Test
    void typingABatchMovesThePointOnTheHyperbolaAndBCritPutsItAtTwiceTheMinimum(FxRobot robot) {
        open(robot, RecipePanel.BATCH);
        double stepsBefore = dataset(robot, "chart-recipe-batch-0", 0).getYValue(0, 0);
        ExplorerWindowFixture.type(robot, "#field-batch", "1e6");
        BatchPanel batch = viewModel().result().batch();
        XYDataset point = dataset(robot, "chart-recipe-batch-0", 0);
        assertEquals(batch.tokens(), point.getXValue(0, 0), 1e-6 * batch.tokens());
        assertEquals(batch.steps(), point.getYValue(0, 0), 1e-6 * batch.steps());
        assertTrue(point.getYValue(0, 0) > stepsBefore, "a smaller batch takes more steps");
        robot.clickOn("#batch-at-critical");
        BatchPanel atCritical = viewModel().result().batch();
        assertEquals(2 * atCritical.tradeoff().minSteps(), dataset(robot, "chart-recipe-batch-0", 0).getYValue(0, 0),
                1e-6 * atCritical.tradeoff().minSteps());
        String notes = text(robot.lookup("#recipe-notes-batch").query());
        assertTrue(notes.contains("(2.00× S_min)") && notes.contains("(2.00× E_min)"), notes);
        assertTrue(notes.contains("WebText2"), "the caveat is on screen");
    }

    @Test
    void runningMupDrawsEveryWidthUnderBothParametrisations(FxRobot robot) {
        open(robot, RecipePanel.MUP);
        robot.interact(() -> viewModel().mup().gridProperty().set(
                new MupGrid(new int[] {8, 16, 32}, new double[] {1e-3, 4e-3, 1.6e-2}, 3, 30, 8)));
        robot.clickOn("#mup-run");
        await(() -> onFx(() -> viewModel().mup().statusProperty().get() == MupLab.Status.DONE));
        for (int chart = 0; chart < 2; chart++) {
            XYDataset curves = dataset(robot, "chart-recipe-mup-" + chart, 1);
            assertEquals(3, curves.getSeriesCount());
            assertEquals(3, curves.getItemCount(0));
        }
        assertTrue(text(robot.lookup("#recipe-notes-mup").query()).contains("Trained 18 networks"));
        assertEquals("3", robot.lookup("#mup-seed").queryAs(TextField.class).getText());
    }

    @Test
    void draggingTheWindowChangesTheFittedExponentOnScreen(FxRobot robot) {
        open(robot, RecipePanel.RECONCILE);
        RangeSlider window = robot.lookup("#reconcile-window").queryAs(RangeSlider.class);
        String before = text(robot.lookup("#recipe-notes-reconcile").query());
        robot.interact(() -> {
            window.setHighValue(12);
            window.setLowValue(10);
        });
        ReconcilePanel reconcile = viewModel().result().reconcile();
        assertEquals(1e10, reconcile.window().smallestParams(), 1);
        String after = text(robot.lookup("#recipe-notes-reconcile").query());
        assertNotEquals(before, after);
        assertTrue(after.contains(String.format(java.util.Locale.ROOT, "fitted a = %.3f", reconcile.window().exponent())),
                after);
    }

    @Test
    void porianPointsShowEachCorrectionStep(FxRobot robot) {
        Assumptions.assumeTrue(Files.exists(PORIAN), "needs ../shared/data/external/porian2024-isoflops");
        open(robot, RecipePanel.RECONCILE);
        robot.interact(() -> viewModel().correctionSteps().open(PORIAN));
        await(() -> onFx(() -> viewModel().correctionSteps().loaded() != null));
        XYDataset steps = dataset(robot, "chart-recipe-reconcile-2", 0);
        assertEquals(10, steps.getSeriesCount(), "RefinedWeb: five steps, four attention-FLOPs steps, Kaplan tuned");
        assertEquals(0.864, steps.getYValue(0, 0), 5e-4);
        assertEquals(0.501, steps.getYValue(4, 0), 5e-4);
        robot.interact(() -> viewModel().correctionSteps().datasetProperty().set("owt2"));
        assertEquals(5, dataset(robot, "chart-recipe-reconcile-2", 0).getSeriesCount());
        assertTrue(text(robot.lookup("#recipe-notes-reconcile").query()).contains("Reproducing Kaplan et al. (owt2)"));
    }

    @Test
    void theReconcileTabShowsTheScheduleTrapTheEngineComputedWholeAtTheProjectorsSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        open(robot, RecipePanel.RECONCILE);
        robot.interact(() -> viewModel().panelProperty().set(RecipePanel.RECONCILE));
        await(() -> onFx(() -> viewModel().scheduleTrap().trap() != null));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        var trap = viewModel().scheduleTrap().trap();
        Parent block = robot.lookup("#recipe-trap").queryAs(Parent.class);
        String shown = text(block);
        assertTrue(shown.contains(String.format(java.util.Locale.ROOT, "exponent %.3f", trap.earlyReadExponent()))
                && shown.contains(String.format(java.util.Locale.ROOT, "exponent %.3f", trap.endedExponent())), shown);
        assertTrue(shown.contains(trap.exponentGap() < 0 ? "look flatter" : "look steeper"), shown);
        assertTrue(shown.contains("not measurements") && shown.contains("Curves view"), shown);
        for (Node label : block.getChildrenUnmodifiable()) {
            assertTrue(((Labeled) label).getTooltip() != null, "a tooltip on " + ((Labeled) label).getText());
        }
        List<String> cut = new ArrayList<>();
        collectCut(robot.lookup("#recipe-view").query(), cut);
        assertTrue(cut.isEmpty(), cut.toString());
    }

    @Test
    void theShapesTableCountsInputAndOutputEmbeddingsApart(FxRobot robot) {
        open(robot, RecipePanel.SHAPES);
        TableView<?> table = robot.lookup("#shapes-table").queryAs(TableView.class);
        assertTrue(table.getItems().size() >= 2);
        RecipeControls.ShapeRow first = (RecipeControls.ShapeRow) table.getItems().get(0);
        assertEquals(first.shape().inputEmbeddingParams(), first.shape().outputEmbeddingParams(), "untied by default");
        robot.clickOn("#shapes-tied");
        RecipeControls.ShapeRow tied = (RecipeControls.ShapeRow) table.getItems().get(0);
        assertEquals(0, tied.shape().outputEmbeddingParams());
        assertTrue(table.getItems().stream().map(r -> ((RecipeControls.ShapeRow) r).publishedAs())
                .anyMatch(name -> name.contains("LLaMA-7B")), "published models beside the suggestions");
    }

    @Test
    void atTheProjectorsSizeNoLabelIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        for (RecipePanel panel : RecipePanel.values()) {
            open(robot, panel);
            List<String> cut = new ArrayList<>();
            collectCut(robot.lookup("#recipe-view").query(), cut);
            assertTrue(cut.isEmpty(), panel + ": " + cut);
        }
    }

    /** Labels whose drawn text is not their whole text: JavaFX put an ellipsis in. */
    static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text drawn && !drawn.getText().equals(labeled.getText())
                        && (drawn.getText().endsWith("\u2026") || drawn.getText().endsWith("..."))) {
                    cut.add(labeled.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }

    private static String text(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof Labeled labeled) {
            all.append(labeled.getText()).append('\n');
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(text(child)));
        }
        return all.toString();
    }
}
