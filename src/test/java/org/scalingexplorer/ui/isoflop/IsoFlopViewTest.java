package org.scalingexplorer.ui.isoflop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.compute.BudgetLadder;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The IsoFLOP view as a user drives it: pick it in the sidebar, drag the budget range, overlay. Headless. */
@ExtendWith(ApplicationExtension.class)
class IsoFlopViewTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @BeforeEach
    void openTheView(FxRobot robot) {
        robot.clickOn(robot.lookup("#navigation .list-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> "IsoFLOP profiles".equals(cell.getText())).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    /** N of the largest budget's minimum as the active chart's minima series holds it. */
    private static double plottedLargestMinimum(FxRobot robot) {
        ChartViewer viewer = robot.lookup("#chart-isoflop-active").queryAs(ChartViewer.class);
        XYDataset minima = viewer.getChart().getXYPlot().getDataset(IsoFlopCharts.MINIMA);
        return minima.getXValue(0, minima.getItemCount(0) - 1);
    }

    private double[] budgets() {
        return fixture.models.viewModel(IsoFlopModule.MODULE).figure().budgets();
    }

    @Test
    void draggingTheHighThumbMovesTheLargestMinimum(FxRobot robot) {
        assertTrue(robot.lookup("#isoflop-view").tryQuery().isPresent());
        double before = plottedLargestMinimum(robot);
        double topBefore = budgets()[budgets().length - 1];
        robot.drag("#budget-range .high-thumb").moveBy(60, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double topAfter = budgets()[budgets().length - 1];
        assertTrue(topAfter > 10 * topBefore, topBefore + " -> " + topAfter);
        double after = plottedLargestMinimum(robot);
        assertTrue(after > before * 2, before + " -> " + after);
        // What is drawn is what the view-model computed.
        var minima = fixture.models.viewModel(IsoFlopModule.MODULE).figure().active().minimumParams();
        assertEquals(minima[minima.length - 1], after, 0);
        assertEquals(fixture.models.viewModel(IsoFlopModule.MODULE).log10MaxFlopsProperty().get(),
                robot.lookup("#budget-range").queryAs(RangeSlider.class).getHighValue(), 1e-12);
        assertTrue(robot.lookup("#budget-range-label").queryAs(Label.class).getText().endsWith("FLOPs"));
        double thumb = robot.lookup("#budget-range").queryAs(RangeSlider.class).getHighValue();
        assertEquals(BudgetLadder.snapLog10(thumb), thumb, 0, "the dragged thumb rests on a 1-2-5 budget");
        for (double flops : budgets()) {
            assertEquals(BudgetLadder.snap(flops), flops, 0, "every budget drawn is 1, 2 or 5 times a power of ten");
        }
    }

    @Test
    void draggingTheLowThumbBySmallStepsVisitsOneTwoFive(FxRobot robot) {
        RangeSlider range = robot.lookup("#budget-range").queryAs(RangeSlider.class);
        java.util.Set<Double> visited = new java.util.TreeSet<>();
        robot.drag("#budget-range .low-thumb");
        for (int i = 0; i < 12; i++) {
            robot.moveBy(4, 0);
            WaitForAsyncUtils.waitForFxEvents();
            visited.add(range.getLowValue());
            for (double flops : budgets()) {
                assertEquals(BudgetLadder.snap(flops), flops, 0, flops + " after a move of " + 4 * (i + 1) + " px");
            }
        }
        robot.drop();
        for (double log10 : visited) {
            assertEquals(BudgetLadder.snapLog10(log10), log10, 0, "the thumb passed " + log10);
        }
        assertTrue(visited.size() >= 2, "the thumb moved: " + visited);
    }

    @Test
    void overlayDrawsBothLawsInOneChart(FxRobot robot) {
        ChartViewer comparison = robot.lookup("#chart-isoflop-comparison").queryAs(ChartViewer.class);
        assertTrue(comparison.isVisible());
        robot.clickOn("#isoflop-overlay");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#isoflop-overlay").queryAs(CheckBox.class).isSelected());
        assertFalse(comparison.isVisible());
        ChartViewer active = robot.lookup("#chart-isoflop-active").queryAs(ChartViewer.class);
        assertEquals(2, active.getChart().getXYPlot().getDataset(IsoFlopCharts.MINIMA).getSeriesCount(),
                "minima of Chinchilla and Kaplan");
    }

    @Test
    void aConstantChangedElsewhereMovesTheBananas(FxRobot robot) {
        double before = plottedLargestMinimum(robot);
        robot.interact(() -> fixture.models.scenario().setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(plottedLargestMinimum(robot) < before, "a larger alpha favours smaller models");
    }
}
