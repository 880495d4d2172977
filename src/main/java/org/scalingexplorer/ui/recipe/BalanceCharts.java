package org.scalingexplorer.ui.recipe;

import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.LawPalette;
import org.scalingexplorer.ui.chart.ReadableQuantity;

/**
 * The data-balance panel's chart: Kaplan's overfitting bound D = 5e3 N^0.74 as a line in the (N, D)
 * plane, every law's compute-optimal runs, the run the budget buys under the active law, and the
 * published models. Draws a {@link BalancePanel}; computes nothing.
 */
final class BalanceCharts extends ChartSet {
    private final ResourceBundle bundle;
    private final JFreeChart balance;
    private BalancePanel shown;

    BalanceCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        balance = RecipeChartParts.chart(bundle.getString("recipe.balance.chart"),
                RecipeChartParts.log(bundle.getString("recipe.axis.nonEmbeddingParams")),
                RecipeChartParts.log(bundle.getString("axis.tokens")));
        balance.getXYPlot().getDomainAxis().setRange(BalancePanel.BOUND_PARAMS_FROM, BalancePanel.BOUND_PARAMS_TO);
        balance.getXYPlot().getRangeAxis().setRange(1e8, 1e15);
        style.apply(balance);
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(balance);
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        if (shown != null) {
            show(shown);
        }
    }

    void show(BalancePanel panel) {
        shown = panel;
        balance.setNotify(false);
        try {
            XYPlot plot = balance.getXYPlot();
            RecipeChartParts.clear(plot);
            DefaultXYDataset points = new DefaultXYDataset();
            XYLineAndShapeRenderer pointRenderer = RecipeChartParts.points();
            int run = RecipeChartParts.add(points, MessageFormat.format(bundle.getString("recipe.balance.legend.run"),
                    ReadableQuantity.scientific(panel.flops())), new double[] {panel.params()}, new double[] {panel.tokens()});
            pointRenderer.setSeriesPaint(run, RecipeChartParts.pointColor(LawPalette.colorOf(panel.preset()), style()));
            pointRenderer.setSeriesShape(run, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
            int models = RecipeChartParts.add(points, bundle.getString("allocation.legend.references"),
                    panel.modelParams(), panel.models().stream().mapToDouble(ReferenceModel::tokens).toArray());
            pointRenderer.setSeriesPaint(models, style().foreground());
            pointRenderer.setSeriesShape(models, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
            DefaultXYDataset lines = new DefaultXYDataset();
            XYLineAndShapeRenderer lineRenderer = RecipeChartParts.lines();
            int bound = RecipeChartParts.add(lines, bundle.getString("recipe.balance.legend.bound"),
                    panel.boundParams(), panel.boundTokens());
            lineRenderer.setSeriesPaint(bound, style().foreground());
            lineRenderer.setSeriesStroke(bound, RecipeChartParts.dashed(3f));
            for (LawPreset preset : LawPreset.values()) {
                double[][] frontier = panel.frontiers().get(preset);
                int line = RecipeChartParts.add(lines, bundle.getString("law." + preset.id()), frontier[0], frontier[1]);
                lineRenderer.setSeriesPaint(line, LawPalette.colorOf(preset));
                lineRenderer.setSeriesStroke(line, RecipeChartParts.solid(preset == panel.preset() ? 2.8f : 1.4f));
            }
            plot.setDataset(0, points);
            plot.setRenderer(0, pointRenderer);
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
            // In the empty lower right, well below the line and Kaplan's own runs, ending inside the plot's
            // right edge so it is never cut off (it was at 1280 px).
            XYTextAnnotation below = new XYTextAnnotation(bundle.getString("recipe.balance.overfits"),
                    0.8 * BalancePanel.BOUND_PARAMS_TO, 3e9);
            below.setTextAnchor(TextAnchor.TOP_RIGHT);
            below.setFont(RecipeChartParts.smallFont(style()));
            below.setPaint(style().foreground());
            plot.addAnnotation(below, false);
            RecipeChartParts.subtitle(balance, bundle.getString("recipe.balance.subtitle"), style());
            style().apply(balance);
        } finally {
            balance.setNotify(true);
        }
    }
}
