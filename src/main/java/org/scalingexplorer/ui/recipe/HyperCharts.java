package org.scalingexplorer.ui.recipe;

import static org.scalingexplorer.ui.recipe.RecipeChartParts.DOT;

import java.awt.Color;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.recipe.HyperparameterAdvice;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.SeriesPalette;

/**
 * The learning-rate panel's charts: DeepSeek LLM's and Step Law's peak learning rate against compute,
 * and their batch against compute beside Kaplan's critical batch, with the user's budget marked.
 * Draws a {@link HyperPanel}; computes nothing.
 */
final class HyperCharts extends ChartSet {
    static final Color DEEPSEEK = SeriesPalette.color(5);
    static final Color STEP_LAW = SeriesPalette.color(3);

    private final ResourceBundle bundle;
    private final JFreeChart learningRate;
    private final JFreeChart batch;
    private HyperPanel shown;

    HyperCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        learningRate = RecipeChartParts.chart(bundle.getString("recipe.hyper.chart.learningRate"),
                RecipeChartParts.log(bundle.getString("axis.compute")),
                RecipeChartParts.log(bundle.getString("recipe.axis.learningRate")));
        batch = RecipeChartParts.chart(bundle.getString("recipe.hyper.chart.batch"),
                RecipeChartParts.log(bundle.getString("axis.compute")),
                RecipeChartParts.log(bundle.getString("recipe.axis.batchTokens")));
        for (JFreeChart chart : all()) {
            chart.getXYPlot().getDomainAxis().setRange(HyperPanel.FLOPS_FROM, HyperPanel.FLOPS_TO);
            style.apply(chart);
        }
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(learningRate, batch);
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        if (shown != null) {
            show(shown);
        }
    }

    void show(HyperPanel panel) {
        shown = panel;
        draw(learningRate, panel, HyperparameterAdvice::learningRate, null);
        draw(batch, panel, HyperparameterAdvice::batchTokens, panel.criticalBatch());
    }

    private void draw(JFreeChart chart, HyperPanel panel, ToDoubleFunction<HyperparameterAdvice> value,
                      double[] criticalBatch) {
        chart.setNotify(false);
        try {
            XYPlot plot = chart.getXYPlot();
            RecipeChartParts.clear(plot);
            DefaultXYDataset points = new DefaultXYDataset();
            XYLineAndShapeRenderer pointRenderer = RecipeChartParts.points();
            DefaultXYDataset curves = new DefaultXYDataset();
            XYLineAndShapeRenderer lineRenderer = RecipeChartParts.lines();
            addLaw(curves, lineRenderer, points, pointRenderer, bundle.getString("recipe.hyper.deepseek"),
                    panel.deepSeek(), panel.deepSeekAtBudget(), value, DEEPSEEK, panel.flopsGrid());
            addLaw(curves, lineRenderer, points, pointRenderer, bundle.getString("recipe.hyper.stepLaw"),
                    panel.stepLaw(), panel.stepLawAtBudget(), value, STEP_LAW, panel.flopsGrid());
            if (criticalBatch != null) {
                int kaplan = RecipeChartParts.add(curves, bundle.getString("recipe.hyper.kaplanCritical"),
                        panel.flopsGrid(), criticalBatch);
                lineRenderer.setSeriesPaint(kaplan, style().foreground());
                lineRenderer.setSeriesStroke(kaplan, RecipeChartParts.dashed(1.6f));
            }
            plot.setDataset(0, points);
            plot.setRenderer(0, pointRenderer);
            plot.setDataset(1, curves);
            plot.setRenderer(1, lineRenderer);
            RecipeChartParts.markX(plot, panel.flops(), MessageFormat.format(bundle.getString("recipe.marker.budget"),
                    ReadableQuantity.scientific(panel.flops())), style());
            RecipeChartParts.subtitle(chart, MessageFormat.format(bundle.getString("recipe.hyper.subtitle"),
                    bundle.getString("law." + panel.preset().id())), style());
            style().apply(chart);
        } finally {
            chart.setNotify(true);
        }
    }

    private void addLaw(DefaultXYDataset curves, XYLineAndShapeRenderer lineRenderer, DefaultXYDataset points,
                        XYLineAndShapeRenderer pointRenderer, String name, List<HyperparameterAdvice> series,
                        HyperparameterAdvice atBudget, ToDoubleFunction<HyperparameterAdvice> value, Color color,
                        double[] flops) {
        int line = RecipeChartParts.add(curves, name, flops, series.stream().mapToDouble(value).toArray());
        lineRenderer.setSeriesPaint(line, color);
        lineRenderer.setSeriesStroke(line, RecipeChartParts.solid(2.4f));
        int point = RecipeChartParts.add(points, name + " \u00B7 " + ReadableQuantity.scientific(atBudget.flops()),
                new double[] {atBudget.flops()}, new double[] {value.applyAsDouble(atBudget)});
        pointRenderer.setSeriesPaint(point, RecipeChartParts.pointColor(color, style()));
        pointRenderer.setSeriesShape(point, DOT);
        pointRenderer.setSeriesVisibleInLegend(point, false);
    }
}
