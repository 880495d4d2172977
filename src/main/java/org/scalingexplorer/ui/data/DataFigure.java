package org.scalingexplorer.ui.data;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.render.RenderRequest;
import org.scalingexplorer.ui.render.ViewModelSource;
import org.scalingexplorer.ui.render.ViewFigure;

/** The Data view drawn offscreen: its seven charts and the optimum table, in a 4 x 2 grid. */
public final class DataFigure {
    private DataFigure() {
    }

    public static ViewFigure render(RenderRequest request) {
        DataViewModel viewModel = request.viewModel(ViewModelSource::data, scenario -> new DataViewModel());
        DataViewCharts charts = new DataViewCharts(request.bundle(), request.style());
        charts.show(viewModel.charts(), viewModel.run());
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(optimumPanel(viewModel, request.bundle(), request.style()));
        return new ViewFigure(cells, 4);
    }

    private static TextPanel optimumPanel(DataViewModel viewModel, ResourceBundle bundle, ChartStyle style) {
        var optimum = viewModel.charts().optimum();
        var fresh = viewModel.charts().freshOptimum();
        var run = viewModel.run();
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
