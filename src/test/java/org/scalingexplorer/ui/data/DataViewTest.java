package org.scalingexplorer.ui.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Data view as a user reaches and drives it: sidebar, drag, type, reset. Runs headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class DataViewTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @BeforeEach
    void openDataView(FxRobot robot) {
        ListCell<?> data = robot.lookup("#navigation .list-cell")
                .match((ListCell<?> cell) -> "Data".equals(cell.getText())).queryAs(ListCell.class);
        robot.clickOn(data);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static double number(FxRobot robot, String id) {
        return Double.parseDouble(text(robot, id));
    }

    @Test
    void selectingDataInTheSidebarShowsItsCharts(FxRobot robot) {
        assertTrue(robot.lookup("#data-view").tryQuery().isPresent());
        ChartViewer viewer = robot.lookup("#chart-effective-tokens").queryAs(ChartViewer.class);
        assertTrue(viewer.getWidth() > 150 && viewer.getHeight() > 120, viewer.getWidth() + " x " + viewer.getHeight());
        assertEquals("Effective tokens D' against epochs", viewer.getChart().getTitle().getText());
        assertTrue(viewer.getChart().getXYPlot().getDataset().getItemCount(0) > 100);
        assertEquals("7.03e09", text(robot, "#optimum-constrained-params"));
        assertEquals("9.49", text(robot, "#optimum-constrained-epochs"));
    }

    @Test
    void draggingTheUniqueTokensSliderLeftShrinksTheOptimalModel(FxRobot robot) {
        double params = number(robot, "#optimum-constrained-params");
        double epochs = number(robot, "#optimum-constrained-epochs");
        robot.drag("#slider-uniqueTokens .thumb").moveBy(-50, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double pool = fixture.models.viewModel(DataModule.MODULE).quantity(DataViewModel.UNIQUE_TOKENS).value();
        assertTrue(pool < 20e9, "U_D after drag: " + pool);
        assertTrue(number(robot, "#optimum-constrained-params") < params);
        assertTrue(number(robot, "#optimum-constrained-epochs") > epochs);
        assertFalse(robot.lookup("#reset-data").queryAs(Button.class).isDisabled());
    }

    @Test
    void typingUniqueTokensMovesTheOptimumAndABadValueIsRefused(FxRobot robot) {
        ExplorerWindowFixture.type(robot, "#field-uniqueTokens", "5e9");
        assertEquals(5e9, fixture.models.viewModel(DataModule.MODULE).quantity(DataViewModel.UNIQUE_TOKENS).value());
        assertEquals(5.73e9, number(robot, "#optimum-constrained-params"), 0.02e9);
        String params = text(robot, "#optimum-constrained-params");

        ExplorerWindowFixture.type(robot, "#field-uniqueTokens", "plenty");
        assertEquals(params, text(robot, "#optimum-constrained-params"));
        assertTrue(robot.lookup("#field-uniqueTokens").queryAs(TextField.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));

        robot.clickOn("#reset-data");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2.500e10", robot.lookup("#field-uniqueTokens").queryAs(TextField.class).getText());
        assertNotEquals(params, text(robot, "#optimum-constrained-params"));
        assertTrue(robot.lookup("#reset-data").queryAs(Button.class).isDisabled());
    }

    private static void openQualityTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#data-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ChartViewer chart(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ChartViewer.class);
    }

    @Test
    void editingAPoolInTheTableRedrawsItsCurveAndABadValueIsNamed(FxRobot robot) {
        openQualityTab(robot);
        TabPane tabs = robot.lookup("#data-tabs").queryAs(TabPane.class);
        assertEquals(tabs.getTabs().get(1), tabs.getSelectionModel().getSelectedItem());
        var dataset = chart(robot, "#chart-quality-quantity").getChart().getXYPlot().getDataset();
        double lossAtTopBudget = dataset.getYValue(0, dataset.getItemCount(0) - 1);
        String crossings = text(robot, "#pool-crossings");

        ExplorerWindowFixture.type(robot, "#pool-1-uniqueTokens", "2e11");
        dataset = chart(robot, "#chart-quality-quantity").getChart().getXYPlot().getDataset();
        assertEquals(2e11, fixture.models.viewModel(DataModule.MODULE).pools().get(0).uniqueTokens());
        assertTrue(dataset.getYValue(0, dataset.getItemCount(0) - 1) < lossAtTopBudget,
                "ten times the unique tokens repeat less at 1e26 FLOPs");
        assertEquals("Heavily filtered (2.00e11 tokens)", dataset.getSeriesKey(0));
        assertNotEquals(crossings, text(robot, "#pool-crossings"));
        assertEquals("Heavily filtered", robot.lookup("#pool-1-name").queryAs(TextField.class).getText());

        ExplorerWindowFixture.type(robot, "#pool-2-qualityOffset", "abc");
        Label error = robot.lookup("#pool-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals("Pool 2, Quality (nats): \"abc\" refused, not a number", error.getText());
        assertEquals(-0.04, fixture.models.viewModel(DataModule.MODULE).pools().get(1).qualityOffset());

        robot.clickOn("#add-pool");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pool 4", robot.lookup("#pool-4-name").queryAs(TextField.class).getText());
        assertEquals(4 + 1, chart(robot, "#chart-quality-quantity").getChart().getXYPlot().getDataset()
                .getSeriesCount(), "four pools and the crossings");
        assertFalse(error.isVisible(), "an accepted change clears the message");

        robot.clickOn("#reset-data-quality");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#pool-4-name").tryQuery().isEmpty());
        assertEquals("2.000e10", robot.lookup("#pool-1-uniqueTokens").queryAs(TextField.class).getText());
    }

    @Test
    void anOffsetSliderShiftsOnlyItsLineAndTheWeightMovesTheMixtureMark(FxRobot robot) {
        openQualityTab(robot);
        var lines = chart(robot, "#chart-offset-lines").getChart().getXYPlot().getDataset();
        double nearby = lines.getYValue(1, 0);
        double training = lines.getYValue(0, 0);
        ExplorerWindowFixture.type(robot, "#field-offset-1", "0.4");
        lines = chart(robot, "#chart-offset-lines").getChart().getXYPlot().getDataset();
        assertEquals(0.4 - 0.05, Math.log(lines.getYValue(1, 0) / nearby), 1e-9);
        assertEquals(training, lines.getYValue(0, 0), 0);

        robot.drag("#slider-mixtureWeight .thumb").moveBy(40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double weight = fixture.models.viewModel(DataModule.MODULE).mixtureWeight().value();
        assertTrue(weight > 0.5, "w after drag: " + weight);
        var mixture = chart(robot, "#chart-mixture").getChart().getXYPlot().getDataset();
        int chosen = mixture.indexOf("Your mixture");
        assertEquals(weight, mixture.getXValue(chosen, 0), 1e-12);
        assertTrue(text(robot, "#mixture-readout").startsWith(
                String.format(java.util.Locale.ROOT, "Offset at w = %.2f: ", weight)));
        assertTrue(text(robot, "#mixture-readout").contains("Best w = 0.84"));
    }
}
