package org.scalingexplorer.ui.powerlaws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Power laws view as a user drives it: drag, type, reset, hover. Runs headless on Monocle. */
@ExtendWith(ApplicationExtension.class)
class PowerLawsViewTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    /** Slope of log(L - E) against log N of the Chinchilla curve as the chart holds it. */
    private static double plottedSlope(FxRobot robot, double floor) {
        ChartViewer viewer = robot.lookup("#chart-params").queryAs(ChartViewer.class);
        XYDataset dataset = viewer.getChart().getXYPlot().getDataset();
        int series = dataset.indexOf("Chinchilla Approach 3 (Hoffmann 2022)");
        int last = dataset.getItemCount(series) - 1;
        return (Math.log(dataset.getYValue(series, last) - floor) - Math.log(dataset.getYValue(series, 0) - floor))
                / (Math.log(dataset.getXValue(series, last)) - Math.log(dataset.getXValue(series, 0)));
    }

    private double alpha() {
        return fixture.models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA);
    }

    @Test
    void draggingTheAlphaSliderChangesTheSlopeOfThePlottedCurve(FxRobot robot) {
        assertEquals(-0.34, plottedSlope(robot, 1.69), 1e-9);
        robot.drag("#slider-alpha .thumb").moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double alpha = alpha();
        assertTrue(alpha > 0.45, "alpha after drag: " + alpha);
        assertEquals(-alpha, plottedSlope(robot, 1.69), 1e-6);
        assertEquals(String.valueOf(alpha).substring(0, 4),
                robot.lookup("#field-alpha").queryAs(TextField.class).getText().substring(0, 4));
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().contains("changed"));
    }

    @Test
    void resetUndoesAnAccidentalDrag(FxRobot robot) {
        Button reset = robot.lookup("#reset-constants").queryAs(Button.class);
        assertTrue(reset.isDisabled(), "nothing to reset yet");
        robot.drag("#slider-beta .thumb").moveBy(-40, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(reset.isDisabled());
        robot.clickOn("#reset-constants");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LawPreset.CHINCHILLA_2022.law(), fixture.models.scenario().law(LawPreset.CHINCHILLA_2022));
        assertTrue(reset.isDisabled());
    }

    @Test
    void typingAValueMovesTheCurveAndABadOneIsRefused(FxRobot robot) {
        ExplorerWindowFixture.type(robot, "#field-alpha", "0.5");
        assertEquals(0.5, alpha(), 1e-12);
        assertEquals(-0.5, plottedSlope(robot, 1.69), 1e-6);

        ExplorerWindowFixture.type(robot, "#field-alpha", "abc");
        assertEquals(0.5, alpha(), 1e-12);
        assertTrue(robot.lookup("#field-alpha").queryAs(TextField.class).getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("danger")));
    }

    @Test
    void hoveringAChartReadsTheLossOfEachLaw(FxRobot robot) {
        robot.moveTo("#chart-params");
        WaitForAsyncUtils.waitForFxEvents();
        Label readout = robot.lookup("#hover-readout").queryAs(Label.class);
        assertTrue(readout.isVisible());
        assertTrue(readout.getText().startsWith("Cursor: N = "), readout.getText());
        assertTrue(readout.getText().contains("Kaplan 2020: L = "), readout.getText());
    }
}
