package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.ui.fit.FitViewModel.Status;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Fit view as a user reaches and drives it: sidebar, sample, fit, results; a file with bad rows. Headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class FitViewTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @BeforeEach
    void openFitView(FxRobot robot) {
        ListCell<?> fit = robot.lookup("#navigation .list-cell")
                .match((ListCell<?> cell) -> "Fit".equals(cell.getText())).queryAs(ListCell.class);
        robot.clickOn(fit);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private void awaitStatus(Status wanted) throws TimeoutException {
        FitViewModel viewModel = fixture.models.viewModel(FitModule.MODULE);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> viewModel.status() == wanted
                || viewModel.status() == Status.LOAD_FAILED || viewModel.status() == Status.FIT_FAILED);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wanted, viewModel.status(), viewModel.errorMessageProperty().get());
    }

    private static Set<String> cellTexts(FxRobot robot, String tableId) {
        return robot.lookup(tableId + " .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(text -> text != null).collect(Collectors.toSet());
    }

    private static int itemCount(XYDataset dataset, String seriesName) {
        for (int i = 0; i < dataset.getSeriesCount(); i++) {
            if (dataset.getSeriesKey(i).toString().equals(seriesName)) {
                return dataset.getItemCount(i);
            }
        }
        return 0;
    }

    @Test
    void theSampleFittedByApproachThreeShowsTheReplicationsConstants(FxRobot robot) throws TimeoutException {
        assertTrue(robot.lookup("#fit-view").tryQuery().isPresent());
        assertTrue(robot.lookup("#fit-run").queryAs(Button.class).isDisabled());

        robot.clickOn("#fit-sample");
        awaitStatus(Status.LOADED);
        assertEquals("Runs: the Chinchilla sample (Epoch AI extraction)",
                robot.lookup("#fit-source").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#fit-credit").queryAs(Label.class).getText().contains("arXiv:2404.10102"));
        assertEquals(245, robot.lookup("#fit-runs").queryAs(TableView.class).getItems().size());

        // The bootstrap is the engine's to test; here one fit keeps the test to a few seconds.
        @SuppressWarnings("unchecked")
        ComboBox<Integer> resamples = robot.lookup("#fit-resamples").queryAs(ComboBox.class);
        robot.interact(() -> resamples.setValue(0));
        robot.clickOn("#fit-run");
        awaitStatus(Status.FITTED);

        TableView<?> parameters = robot.lookup("#fit-parameters").queryAs(TableView.class);
        assertEquals("E (irreducible)", parameters.getColumns().get(0).getCellData(0));
        double irreducible = Double.parseDouble((String) parameters.getColumns().get(1).getCellData(0));
        assertEquals(1.82, irreducible, 0.01);
        Set<String> shown = cellTexts(robot, "#fit-parameters");
        assertTrue(shown.contains("E (irreducible)") && shown.contains("0.3473"), shown.toString());
        assertTrue(robot.lookup("#fit-convergence").queryAs(Label.class).getText().startsWith("Minimiser: converged"));
        assertTrue(cellTexts(robot, "#fit-extrapolation").contains("Compute-optimal N"));

        ChartViewer data = robot.lookup("#chart-fit-data").queryAs(ChartViewer.class);
        assertTrue(data.getWidth() > 150 && data.getHeight() > 120, data.getWidth() + " x " + data.getHeight());
        XYDataset points = data.getChart().getXYPlot().getDataset(0);
        assertEquals(240, itemCount(points, "Fitted runs"));
        assertEquals(5, itemCount(points, "Excluded"));
        assertTrue(itemCount(points, "Fitted law at the optimum") > 10);
        ChartViewer extrapolation = robot.lookup("#chart-fit-extrapolation").queryAs(ChartViewer.class);
        assertEquals("Compute-optimal N, extrapolated", extrapolation.getChart().getTitle().getText());
        assertFalse(robot.lookup("#fit-cancel").queryAs(Button.class).getParent().isVisible());
    }

    @Test
    void aFileWithBadRowsListsEachWithItsLineAndField(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("runs.tsv");
        Files.writeString(file, "params\ttokens\tloss\n1e8\t2e9\t3.1\n2e8\t2e9\tmany\n4e8\t2e9\t2.9\n-5e8\t2e9\t2.8\n");
        robot.interact(() -> fixture.models.viewModel(FitModule.MODULE).loadFile(file));
        awaitStatus(Status.LOADED);
        TabPane tabs = robot.lookup("#fit-tabs").queryAs(TabPane.class);
        assertEquals("Skipped rows (2)", tabs.getSelectionModel().getSelectedItem().getText());
        assertEquals("Runs (2)", tabs.getTabs().get(1).getText());
        Set<String> shown = cellTexts(robot, "#fit-problems");
        assertTrue(shown.containsAll(Set.of("3", "loss", "5", "params")), shown.toString());
        assertTrue(shown.contains("not a number: 'many'"), shown.toString());
        assertTrue(robot.lookup("#fit-status").queryAs(Label.class).getText().startsWith("2 runs loaded; 2 rows skipped"));
        assertFalse(robot.lookup("#fit-run").queryAs(Button.class).isDisabled());
    }

    @Test
    void comparingBothObjectivesAndSuggestingNextRunsFillTheirTables(FxRobot robot) throws TimeoutException {
        assertTrue(robot.lookup("#fit-next-run").queryAs(Button.class).isDisabled());
        robot.clickOn("#fit-sample");
        awaitStatus(Status.LOADED);
        @SuppressWarnings("unchecked")
        ComboBox<Integer> resamples = robot.lookup("#fit-resamples").queryAs(ComboBox.class);
        robot.interact(() -> {
            resamples.setValue(0);
            robot.lookup("#fit-compare").queryAs(CheckBox.class).setSelected(true);
        });
        robot.clickOn("#fit-run");
        awaitStatus(Status.FITTED);

        TableView<?> comparison = robot.lookup("#fit-comparison").queryAs(TableView.class);
        assertTrue(comparison.isVisible());
        assertEquals("Log-Huber", comparison.getColumns().get(1).getText());
        assertEquals("Envelope λ = 10", comparison.getColumns().get(2).getText());
        assertEquals("E (irreducible)", comparison.getColumns().get(0).getCellData(0));
        XYDataset points = robot.lookup("#chart-fit-data").queryAs(ChartViewer.class).getChart().getXYPlot()
                .getDataset(0);
        assertTrue(itemCount(points, "Log-Huber (paper): law at the optimum") > 10);
        assertTrue(itemCount(points, "Lower envelope (λ = 10): law at the optimum") > 10);

        Button suggest = robot.lookup("#fit-next-run").queryAs(Button.class);
        assertFalse(suggest.isDisabled());
        // Below the results in the scrolling side panel: fired, as Enter on the focused button would.
        robot.interact(suggest::fire);
        FitViewModel viewModel = fixture.models.viewModel(FitModule.MODULE);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS,
                () -> viewModel.nextRuns().advice() != null || !viewModel.nextRuns().errorProperty().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(9, robot.lookup("#fit-next-runs").queryAs(TableView.class).getItems().size(),
                viewModel.nextRuns().errorProperty().get());
        assertTrue(robot.lookup("#fit-next-current").queryAs(Label.class).getText().startsWith("Loss at 5.76e23 FLOPs now"),
                robot.lookup("#fit-next-current").queryAs(Label.class).getText());
    }
}
