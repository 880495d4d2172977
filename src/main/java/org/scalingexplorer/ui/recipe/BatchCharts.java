package org.scalingexplorer.ui.recipe;

import static org.scalingexplorer.ui.recipe.RecipeChartParts.DOT;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.recipe.BatchSizeTradeoff;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.LawPalette;
import org.scalingexplorer.ui.chart.ReadableQuantity;

/**
 * The batch-size panel's charts: McCandlish's hyperbola of optimizer steps against training tokens with
 * the chosen batch and B = B_crit marked; and Kaplan's B_crit against loss with the law's predicted loss
 * marked. Draws a {@link BatchPanel}; computes nothing.
 */
final class BatchCharts extends ChartSet {
    private final ResourceBundle bundle;
    private final JFreeChart tradeoff;
    private final JFreeChart critical;
    private BatchPanel shown;

    BatchCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        tradeoff = RecipeChartParts.chart(bundle.getString("recipe.batch.chart.tradeoff"),
                RecipeChartParts.log(bundle.getString("recipe.axis.tokensProcessed")),
                RecipeChartParts.log(bundle.getString("recipe.axis.steps")));
        critical = RecipeChartParts.chart(bundle.getString("recipe.batch.chart.critical"),
                RecipeChartParts.linear(bundle.getString("recipe.axis.loss"), BatchPanel.LOSS_FROM, BatchPanel.LOSS_TO),
                RecipeChartParts.log(bundle.getString("recipe.axis.batchTokens")));
        all().forEach(style::apply);
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(tradeoff, critical);
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        if (shown != null) {
            show(shown);
        }
    }

    void show(BatchPanel panel) {
        shown = panel;
        showTradeoff(panel);
        showCritical(panel);
    }

    private void showTradeoff(BatchPanel panel) {
        tradeoff.setNotify(false);
        try {
            XYPlot plot = tradeoff.getXYPlot();
            RecipeChartParts.clear(plot);
            BatchSizeTradeoff t = panel.tradeoff();
            Color lawColor = LawPalette.colorOf(panel.preset());
            DefaultXYDataset points = new DefaultXYDataset();
            XYLineAndShapeRenderer pointRenderer = RecipeChartParts.points();
            int atBatch = RecipeChartParts.add(points, MessageFormat.format(bundle.getString("recipe.batch.legend.atBatch"),
                    ReadableQuantity.count(panel.batchTokens())), new double[] {panel.tokens()}, new double[] {panel.steps()});
            pointRenderer.setSeriesPaint(atBatch, RecipeChartParts.pointColor(lawColor, style()));
            pointRenderer.setSeriesShape(atBatch, DOT);
            int atCritical = RecipeChartParts.add(points, bundle.getString("recipe.batch.legend.atCritical"),
                    new double[] {2 * t.minTokens()}, new double[] {2 * t.minSteps()});
            pointRenderer.setSeriesPaint(atCritical, style().foreground());
            pointRenderer.setSeriesShape(atCritical, new Rectangle2D.Double(-4, -4, 8, 8));
            DefaultXYDataset curve = new DefaultXYDataset();
            XYLineAndShapeRenderer lineRenderer = RecipeChartParts.lines();
            int line = RecipeChartParts.add(curve, bundle.getString("recipe.batch.legend.hyperbola"),
                    panel.curveTokens(), panel.curveSteps());
            lineRenderer.setSeriesPaint(line, lawColor);
            lineRenderer.setSeriesStroke(line, RecipeChartParts.solid(2.4f));
            plot.setDataset(0, points);
            plot.setRenderer(0, pointRenderer);
            plot.setDataset(1, curve);
            plot.setRenderer(1, lineRenderer);
            RecipeChartParts.markX(plot, t.minTokens(), MessageFormat.format(bundle.getString("recipe.batch.marker.eMin"),
                    ReadableQuantity.count(t.minTokens())), style());
            RecipeChartParts.markY(plot, t.minSteps(), MessageFormat.format(bundle.getString("recipe.batch.marker.sMin"),
                    ReadableQuantity.count(t.minSteps())), style());
            double[] tokens = panel.curveTokens();
            double[] steps = panel.curveSteps();
            plot.getDomainAxis().setRange(0.7 * t.minTokens(), 1.3 * tokens[tokens.length - 1]);
            plot.getRangeAxis().setRange(0.7 * t.minSteps(), 1.3 * steps[0]);
            RecipeChartParts.subtitle(tradeoff, lawAndBudget(panel), style());
            style().apply(tradeoff);
        } finally {
            tradeoff.setNotify(true);
        }
    }

    private void showCritical(BatchPanel panel) {
        critical.setNotify(false);
        try {
            XYPlot plot = critical.getXYPlot();
            RecipeChartParts.clear(plot);
            BatchSizeTradeoff t = panel.tradeoff();
            DefaultXYDataset point = new DefaultXYDataset();
            XYLineAndShapeRenderer pointRenderer = RecipeChartParts.points();
            int at = RecipeChartParts.add(point, MessageFormat.format(bundle.getString("recipe.batch.legend.criticalAtLoss"),
                    ReadableQuantity.count(t.criticalBatchTokens()), ReadableQuantity.loss(t.loss())),
                    new double[] {t.loss()}, new double[] {t.criticalBatchTokens()});
            pointRenderer.setSeriesPaint(at, RecipeChartParts.pointColor(LawPalette.colorOf(panel.preset()), style()));
            pointRenderer.setSeriesShape(at, DOT);
            DefaultXYDataset curve = new DefaultXYDataset();
            XYLineAndShapeRenderer lineRenderer = RecipeChartParts.lines();
            int line = RecipeChartParts.add(curve, bundle.getString("recipe.batch.legend.kaplanCritical"),
                    panel.lossGrid(), panel.criticalBatch());
            lineRenderer.setSeriesPaint(line, style().foreground());
            lineRenderer.setSeriesStroke(line, RecipeChartParts.solid(2f));
            plot.setDataset(0, point);
            plot.setRenderer(0, pointRenderer);
            plot.setDataset(1, curve);
            plot.setRenderer(1, lineRenderer);
            RecipeChartParts.markY(plot, panel.batchTokens(), MessageFormat.format(
                    bundle.getString("recipe.batch.marker.batch"), ReadableQuantity.count(panel.batchTokens())), style());
            RecipeChartParts.subtitle(critical, bundle.getString("recipe.batch.webtext2Short"), style());
            style().apply(critical);
        } finally {
            critical.setNotify(true);
        }
    }

    private String lawAndBudget(BatchPanel panel) {
        return MessageFormat.format(bundle.getString("recipe.lawAndBudget"),
                bundle.getString("law." + panel.preset().id()), ReadableQuantity.scientific(panel.flops()));
    }
}
