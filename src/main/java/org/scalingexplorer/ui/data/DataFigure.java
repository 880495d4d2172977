package org.scalingexplorer.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Data view as a figure, at the pool, epochs, model, budget, pools and offsets it shows: its
 * seven charts and the optimum table, in a 4 x 2 grid.
 */
final class DataFigure {
    private DataFigure() {
    }

    static FigureDraft draft(DataViewModel viewModel) {
        DataCharts data = viewModel.charts();
        DataViewModel.Run run = viewModel.run();
        return context -> draw(data, run, context);
    }

    private static ViewFigure draw(DataCharts data, DataViewModel.Run run, FigureContext context) {
        DataViewCharts charts = new DataViewCharts(context.bundle(), context.style());
        charts.show(data, run);
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(optimumPanel(data, run, context.bundle(), context.style()));
        return new ViewFigure(cells, 4);
    }

    private static TextPanel optimumPanel(DataCharts data, DataViewModel.Run run, ResourceBundle bundle,
                                          ChartStyle style) {
        var optimum = data.optimum();
        var fresh = data.freshOptimum();
        List<String> lines = new ArrayList<>();
        lines.add(row(bundle, "constrained", optimum.params(), optimum.tokens(), optimum.epochs(), optimum.loss()));
        lines.add(row(bundle, "fresh", fresh.params(), fresh.tokens(), fresh.tokens() / optimum.uniqueTokens(),
                fresh.loss()));
        lines.add(row(bundle, "run", run.params(), run.tokens(), run.epochs(), run.loss()));
        lines.add("");
        lines.add(bundle.getString("data.optimum.note"));
        lines.add("");
        lines.add(bundle.getString("data.source"));
        return new TextPanel(bundle.getString("data.optimum.heading"), lines, style);
    }

    private static String row(ResourceBundle bundle, String id, double params, double tokens, double epochs,
                              double loss) {
        return bundle.getString("data.optimum.row." + id) + ":  "
                + bundle.getString("data.optimum.params") + " " + QuantityFormat.count(params) + "   "
                + bundle.getString("data.optimum.tokens") + " " + QuantityFormat.count(tokens) + "   "
                + bundle.getString("data.optimum.epochs") + " " + QuantityFormat.count(epochs) + "   "
                + bundle.getString("data.optimum.loss") + " " + QuantityFormat.loss(loss);
    }
}
