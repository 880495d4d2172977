package org.scalingexplorer.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Plan view as a figure: the study shown (its compute-optimal chart and table of estimates), and
 * the shapes for the target N. It draws the view-model's last study; it never runs one, so any
 * design, even one a study would refuse, draws (before the first study: the empty chart and a note).
 */
final class PlanFigure {
    private static final int SHAPES_SHOWN = 5;

    private PlanFigure() {
    }

    static FigureDraft draft(PlanViewModel viewModel) {
        PlanResult result = viewModel.result();
        double shapeParams = viewModel.shapeParamsProperty().get();
        List<TransformerShape> shapes = List.copyOf(viewModel.shapes());
        return context -> draw(result, shapeParams, shapes, context);
    }

    private static ViewFigure draw(PlanResult result, double shapeParams, List<TransformerShape> shapes,
                                   FigureContext context) {
        PlanCharts charts = new PlanCharts(context.bundle(), context.style());
        charts.show(result);
        List<Drawable> cells = new ArrayList<>();
        cells.add(charts.chart());
        cells.add(resultsPanel(context.bundle(), result, shapeParams, shapes, context));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel resultsPanel(ResourceBundle bundle, PlanResult result, double shapeParams,
                                          List<TransformerShape> shapes, FigureContext context) {
        List<String> lines = new ArrayList<>();
        if (result == null) {
            lines.add(bundle.getString("plan.results.none"));
        } else {
            lines.add(String.join("  |  ", PlanTable.header(bundle, result)));
            for (List<String> row : PlanTable.rows(bundle, result)) {
                lines.add(String.join("  |  ", row));
            }
        }
        lines.add("");
        lines.add(bundle.getString("plan.shapes.heading") + ": " + bundle.getString("plan.shapes.params") + " "
                + QuantityFormat.count(shapeParams));
        for (TransformerShape shape : shapes.subList(0, Math.min(SHAPES_SHOWN, shapes.size()))) {
            lines.add("  " + bundle.getString("plan.shapes.layers") + " " + shape.layers() + ", "
                    + bundle.getString("plan.shapes.width") + " " + shape.width() + ", "
                    + bundle.getString("plan.shapes.heads") + " " + shape.heads() + " × " + shape.headSize() + ", "
                    + bundle.getString("plan.shapes.count") + " " + QuantityFormat.count(shape.nonEmbeddingParams())
                    + ", " + bundle.getString("plan.shapes.embedding") + " "
                    + QuantityFormat.count(shape.embeddingParams()));
        }
        return new TextPanel(bundle.getString("plan.controls.heading"), lines, context.style());
    }
}
