package org.scalingexplorer.ui.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.shell.ExplorerModels;
import org.scalingexplorer.ui.shell.Language;

/** An export from the window draws the view as the user set it up, not a fresh default view. */
class LiveFigureTest {

    private static int seriesCount(ViewFigure figure) {
        int count = 0;
        for (var cell : figure.cells()) {
            if (cell instanceof JFreeChart chart && chart.getPlot() instanceof XYPlot plot) {
                for (int i = 0; i < plot.getDatasetCount(); i++) {
                    if (plot.getDataset(i) != null) {
                        count += plot.getDataset(i).getSeriesCount();
                    }
                }
            }
        }
        return count;
    }

    @Test
    void theIsoFlopExportFollowsTheWindowsBudgetCount() {
        ExplorerModels models = new ExplorerModels();
        var bundle = Language.ENGLISH.bundle();
        int defaults = seriesCount(ViewFigures.render("isoflop", new RenderRequest(models, bundle, ChartStyle.LIGHT)));
        assertEquals(defaults, seriesCount(ViewFigures.render("isoflop",
                new RenderRequest(models.scenario(), bundle, ChartStyle.LIGHT))));
        int before = models.isoFlop().budgetCountProperty().get();
        models.isoFlop().budgetCountProperty().set(before == 3 ? 12 : 3);
        int live = seriesCount(ViewFigures.render("isoflop", new RenderRequest(models, bundle, ChartStyle.LIGHT)));
        assertNotEquals(defaults, live, "the export must show the budgets the user chose");
    }
}
