package org.scalingexplorer.ui.curves;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.curves.FinalCheckpoints;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Curves view as a figure: the charts of the tab on show, drawn from the view-model's last
 * results, and a panel with the source and the numbers of that tab. It never reads a file or fits.
 */
final class CurvesFigure {

    private CurvesFigure() {
    }

    /** What the view shows now, read on the FX thread; every part is immutable. */
    private record Snapshot(CurvesViewModel.Panel panel, LoadedCurves loaded, CurvesViewModel.XAxis axis,
                            boolean showMid, Approach1Result approach1, ParamCount count,
                            FinalCheckpoints.Selection selection, boolean finishedOnly,
                            FinalCheckpointsModel.Comparison comparison, ScheduleLawResult schedule) {
    }

    static FigureDraft draft(CurvesViewModel viewModel) {
        Snapshot shown = new Snapshot(viewModel.panelProperty().get(), viewModel.loaded(), viewModel.xAxisProperty().get(),
                viewModel.showMidScheduleProperty().get(), viewModel.approach1().result(),
                viewModel.approach1().countProperty().get(), viewModel.finalCheckpoints().selectionProperty().get(),
                viewModel.finalCheckpoints().finishedOnlyProperty().get(),
                viewModel.finalCheckpoints().comparisonProperty().get(), viewModel.scheduleLaw().result());
        return context -> draw(shown, context);
    }

    private static ViewFigure draw(Snapshot shown, FigureContext context) {
        CurvesCharts charts = new CurvesCharts(context.bundle(), context.style());
        CurvesText text = new CurvesText(context.bundle());
        List<String> lines = new ArrayList<>(text.summary(shown.loaded()));
        lines.add("");
        switch (shown.panel()) {
            case CURVES -> charts.showCurves(shown.loaded() == null ? null : shown.loaded().plot(shown.axis()),
                    shown.axis(), shown.showMid());
            case APPROACH_1 -> {
                charts.showApproach1(shown.approach1() == null ? null : shown.approach1().fit(shown.count()));
                lines.addAll(text.approach1(shown.approach1(), shown.count()));
            }
            case FINAL_CHECKPOINTS -> {
                charts.showCheckpoints(shown.comparison() == null ? null : shown.comparison().fits());
                lines.addAll(text.checkpoints(shown.selection(), shown.finishedOnly(), shown.comparison()));
            }
            case SCHEDULE_LAW -> {
                charts.showSchedule(shown.schedule());
                lines.addAll(text.schedule(shown.schedule()));
            }
        }
        List<Drawable> cells = new ArrayList<>(charts.of(shown.panel()));
        cells.add(new TextPanel(text.text("curves.tab." + shown.panel().name().toLowerCase(java.util.Locale.ROOT)), lines,
                context.style()));
        return new ViewFigure(cells, 2);
    }
}
