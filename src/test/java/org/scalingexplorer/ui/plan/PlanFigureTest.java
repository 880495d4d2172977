package org.scalingexplorer.ui.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.view.WorkMode;

/** The Plan figure draws the study shown and never runs one, so any design draws. */
class PlanFigureTest {

    private static final FigureContext ENGLISH = new FigureContext(Language.ENGLISH.bundle(), ChartStyle.LIGHT);

    @Test
    void aDesignOfFewerThanFiveRunsDrawsWithoutAStudy() {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        PlanViewModel plan = models.viewModel(PlanModule.MODULE);
        plan.budgetCountProperty().set(1);
        plan.perBudgetProperty().set(3);
        ViewFigure figure = models.figure("plan").draw(ENGLISH);
        assertEquals(2, figure.cells().size());
        assertEquals(0, ((JFreeChart) figure.cells().get(0)).getXYPlot().getDataset().getSeriesCount(),
                "before a study the chart is empty: the figure runs nothing");
    }

    @Test
    void theFigureDrawsTheStudyShownNotTheInputsChangedSince() {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        PlanViewModel plan = models.viewModel(PlanModule.MODULE);
        plan.budgetCountProperty().set(3);
        plan.perBudgetProperty().set(3);
        plan.repetitionsProperty().set(2);
        plan.run();
        PlanResult shown = plan.result();
        assertNotNull(shown);
        // Inputs a study would refuse: the figure still draws the study on screen.
        plan.perBudgetProperty().set(1);
        ViewFigure figure = models.figure("plan").draw(ENGLISH);
        XYPlot chart = ((JFreeChart) figure.cells().get(0)).getXYPlot();
        assertEquals(shown.runs().size(), pointCount(chart), "the runs of the study shown");
        assertSame(shown, plan.result(), "drawing ran no study");
        assertEquals(TextPanel.class, figure.cells().get(1).getClass());
    }

    private static int pointCount(XYPlot plot) {
        String runs = Language.ENGLISH.bundle().getString("plan.series.runs");
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            var dataset = plot.getDataset(d);
            for (int s = 0; dataset != null && s < dataset.getSeriesCount(); s++) {
                if (runs.equals(String.valueOf(dataset.getSeriesKey(s)))) {
                    return dataset.getItemCount(s);
                }
            }
        }
        return -1;
    }
}
