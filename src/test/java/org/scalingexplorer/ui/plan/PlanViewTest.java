package org.scalingexplorer.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Plan view as a user drives it: type a field, run, read the chart and the table. Headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class PlanViewTest {

    private PlanViewModel viewModel;

    @Start
    void start(Stage stage) {
        viewModel = new PlanViewModel(new ScenarioModel());
        PlanView view = new PlanView(viewModel, Language.ENGLISH.bundle(), new SimpleObjectProperty<>(ChartStyle.LIGHT));
        stage.setScene(new Scene(view, 1360, 900));
        stage.show();
    }

    @Test
    void runningTheStudyDrawsTheTrueAndFittedLinesAndFillsTheTable(FxRobot robot) throws Exception {
        robot.doubleClickOn("#plan-repetitions").write("5").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(5, viewModel.repetitionsProperty().get());
        Button cancel = robot.lookup("#plan-cancel").queryAs(Button.class);
        assertTrue(cancel.isDisabled(), "nothing to cancel before a run");
        robot.clickOn("#plan-run");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.result() != null);
        WaitForAsyncUtils.waitForFxEvents();

        XYPlot plot = robot.lookup("#chart-plan").queryAs(ChartViewer.class).getChart().getXYPlot();
        assertEquals(2, plot.getDataset(0).getSeriesCount(), "true and fitted lines");
        assertEquals("True law", plot.getDataset(0).getSeriesKey(0));
        assertEquals(28, plot.getDataset(1).getItemCount(0), "one dot per simulated run");
        assertEquals("E", robot.lookup("#plan-result-0-0").queryAs(Label.class).getText());
        assertEquals("1.69", robot.lookup("#plan-result-0-1").queryAs(Label.class).getText());
        assertTrue(cancel.isDisabled(), "nothing to cancel after a run");
    }

    @Test
    void comparingObjectivesFillsTheTableAndSaysWhichCameCloserToE(FxRobot robot) throws Exception {
        robot.clickOn("#plan-compare");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> viewModel.comparison() != null);
        WaitForAsyncUtils.waitForFxEvents();
        // The truth, then two objectives under two noise models, seven columns each.
        assertEquals("Truth", robot.lookup("#plan-comparison-0-0").queryAs(Label.class).getText());
        assertEquals("1.690", robot.lookup("#plan-comparison-0-2").queryAs(Label.class).getText());
        assertEquals("One-sided", robot.lookup("#plan-comparison-4-0").queryAs(Label.class).getText());
        assertEquals("Asymmetric", robot.lookup("#plan-comparison-4-1").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#plan-comparison-4-6").tryQuery().isPresent());
        assertTrue(robot.lookup("#plan-comparison-5-0").tryQuery().isEmpty());
        assertTrue(robot.lookup("#plan-comparison-verdict").queryAs(Label.class).getText()
                .startsWith("Under one-sided noise, Lower envelope (asymmetric) landed closer"));
    }

    @Test
    void lambdaBelowOneIsRefusedWithAMessage(FxRobot robot) {
        robot.doubleClickOn("#plan-lambda").write("0.5").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(0.5, viewModel.lambdaProperty().get());
        assertTrue(robot.lookup("#plan-compare-status").queryAs(Label.class).getText().startsWith("λ must be at least 1"));
        robot.clickOn("#plan-compare");
        assertEquals(null, viewModel.comparison());
    }

    @Test
    void typingATargetNListsShapesAndMarksTextThatIsNotANumber(FxRobot robot) {
        TableView<?> table = robot.lookup("#plan-shapes").queryAs(TableView.class);
        robot.doubleClickOn("#plan-shape-params").eraseText(10).write("1e9").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(1e9, viewModel.shapeParamsProperty().get());
        assertEquals(viewModel.shapes().size(), table.getItems().size());
        assertTrue(table.getItems().size() > 0);
        robot.doubleClickOn("#plan-shape-params").eraseText(10).write("lots").type(javafx.scene.input.KeyCode.ENTER);
        assertEquals(1e9, viewModel.shapeParamsProperty().get());
        assertTrue(robot.lookup("#plan-shape-params").query().getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));
    }
}
