package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Bounds;
import javafx.geometry.VerticalDirection;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The cursor read-out and zoom reset as a user meets them on the Power laws charts (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class ChartReadoutTest {
    private static final Pattern READOUT = Pattern.compile("x = (\\S+), y = (\\S+)\\n(?s).*");

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private static ReadoutChartViewer params(FxRobot robot) {
        return robot.lookup("#chart-params").queryAs(ReadoutChartViewer.class);
    }

    @Test
    void hoveringThePlotReadsTheDataUnderTheCursorAndLeavingHidesIt(FxRobot robot) {
        ReadoutChartViewer viewer = params(robot);
        assertFalse(viewer.readout().isVisible(), "no read-out before the cursor arrives");
        robot.moveTo(viewer);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(viewer.readout().isVisible());
        Matcher m = READOUT.matcher(viewer.readout().getText());
        assertTrue(m.matches(), viewer.readout().getText());
        XYPlot plot = viewer.getChart().getXYPlot();
        double params = Double.parseDouble(m.group(1));
        double loss = Double.parseDouble(m.group(2));
        assertTrue(plot.getDomainAxis().getRange().contains(params), params + " in " + plot.getDomainAxis().getRange());
        assertTrue(plot.getRangeAxis().getRange().contains(loss), loss + " in " + plot.getRangeAxis().getRange());
        assertTrue(viewer.readout().getText().contains("\nChinchilla Approach 3 (Hoffmann 2022): "),
                "each series under the cursor: " + viewer.readout().getText());
        Bounds label = viewer.readout().getBoundsInParent();
        assertTrue(label.getMinX() >= 0 && label.getMaxX() <= viewer.getWidth() + 0.5, "inside the viewer: " + label);
        assertTrue(label.getMinY() >= 0 && label.getMaxY() <= viewer.getHeight() + 0.5, "inside the viewer: " + label);

        // Further right on a log N axis reads a larger N.
        robot.moveBy(80, 0);
        WaitForAsyncUtils.waitForFxEvents();
        Matcher right = READOUT.matcher(viewer.readout().getText());
        assertTrue(right.matches(), viewer.readout().getText());
        assertTrue(Double.parseDouble(right.group(1)) > params, right.group(1) + " > " + params);

        robot.moveTo("#reset-constants");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(viewer.readout().isVisible(), "hidden once the cursor leaves");
    }

    @Test
    void doubleClickAfterAWheelZoomRestoresTheAxisRange(FxRobot robot) {
        ReadoutChartViewer viewer = params(robot);
        XYPlot plot = viewer.getChart().getXYPlot();
        Range before = plot.getDomainAxis().getRange();
        robot.moveTo(viewer).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, plot.getDomainAxis().getRange(), "the wheel zooms");
        robot.doubleClickOn(viewer);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, plot.getDomainAxis().getRange());
    }

    @Test
    void theResetButtonSaysWhatItDoesAndResetsTheZoom(FxRobot robot) {
        ReadoutChartViewer viewer = params(robot);
        Button reset = viewer.resetButton();
        assertEquals(Language.ENGLISH.bundle().getString("chart.resetZoom"), reset.getTooltip().getText());
        assertTrue(reset.isVisible());
        XYPlot plot = viewer.getChart().getXYPlot();
        Range before = plot.getRangeAxis().getRange();
        robot.moveTo(viewer).scroll(3, VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(before, plot.getRangeAxis().getRange(), "the wheel zooms");
        robot.clickOn(reset);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, plot.getRangeAxis().getRange());
    }
}
