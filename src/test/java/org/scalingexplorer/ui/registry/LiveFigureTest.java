package org.scalingexplorer.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.isoflop.IsoFlopModule;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.view.WorkMode;

/** An export draws the view as the user set it up, not a fresh default view, and as it was when asked for. */
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
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        FigureContext context = new FigureContext(Language.ENGLISH.bundle(), ChartStyle.LIGHT);
        FigureDraft before = models.figure("isoflop");
        int defaults = seriesCount(before.draw(context));
        int count = models.viewModel(IsoFlopModule.MODULE).budgetCountProperty().get();
        models.viewModel(IsoFlopModule.MODULE).budgetCountProperty().set(count == 3 ? 12 : 3);
        int live = seriesCount(models.figure("isoflop").draw(context));
        assertNotEquals(defaults, live, "the export must show the budgets the user chose");
        assertEquals(defaults, seriesCount(before.draw(context)),
                "a draft keeps what the view showed when it was taken, whatever the sliders do next");
    }
}
