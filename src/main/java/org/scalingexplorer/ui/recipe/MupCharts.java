package org.scalingexplorer.ui.recipe;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.Parametrization;
import org.scalingexplorer.engine.recipe.mup.WidthCurve;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.SeriesPalette;

/**
 * The muP panel's charts, side by side on the same axes: held-out loss against the Adam learning rate
 * for each width, under the standard parametrisation and under muP, each width's best rate ringed.
 * Before a sweep has run they say so. Draws a {@link MupResult}; computes nothing.
 */
final class MupCharts extends ChartSet {
    private static final double BEST_RING = 15;

    private final ResourceBundle bundle;
    private final JFreeChart standard;
    private final JFreeChart mup;
    private MupResult shown;

    MupCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        standard = chart(bundle.getString("recipe.mup.chart.sp"));
        mup = chart(bundle.getString("recipe.mup.chart.mup"));
        show(null);
    }

    private JFreeChart chart(String title) {
        return RecipeChartParts.chart(title, RecipeChartParts.log(bundle.getString("recipe.axis.learningRate")),
                RecipeChartParts.log(bundle.getString("recipe.axis.heldOutLoss")));
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(standard, mup);
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        show(shown);
    }

    void show(MupResult result) {
        shown = result;
        draw(standard, result, Parametrization.STANDARD);
        draw(mup, result, Parametrization.MUP);
    }

    private void draw(JFreeChart chart, MupResult result, Parametrization parametrization) {
        chart.setNotify(false);
        try {
            XYPlot plot = chart.getXYPlot();
            RecipeChartParts.clear(plot);
            if (result == null) {
                RecipeChartParts.subtitle(chart, bundle.getString("recipe.mup.chart.none"), style());
                plot.getDomainAxis().setRange(1e-4, 1e-1);
                plot.getRangeAxis().setRange(0.01, 1);
                style().apply(chart);
                return;
            }
            DefaultXYDataset best = new DefaultXYDataset();
            XYLineAndShapeRenderer bestRenderer = RecipeChartParts.points();
            DefaultXYDataset curves = new DefaultXYDataset();
            XYLineAndShapeRenderer curveRenderer = new XYLineAndShapeRenderer(true, true);
            List<WidthCurve> widths = result.curves(parametrization);
            for (int w = 0; w < widths.size(); w++) {
                WidthCurve curve = widths.get(w);
                Color color = SeriesPalette.color(w);
                int line = RecipeChartParts.add(curves, MessageFormat.format(bundle.getString("recipe.mup.legend.width"),
                        curve.width()), curve.learningRates(), curve.losses());
                curveRenderer.setSeriesPaint(line, color);
                curveRenderer.setSeriesStroke(line, RecipeChartParts.solid(2f));
                curveRenderer.setSeriesShape(line, RecipeChartParts.SMALL_DOT);
                int ring = RecipeChartParts.add(best, MessageFormat.format(bundle.getString("recipe.mup.legend.best"),
                        curve.width()), new double[] {curve.bestLearningRate()}, new double[] {curve.bestLoss()});
                bestRenderer.setSeriesPaint(ring, color);
                bestRenderer.setSeriesShape(ring, new Ellipse2D.Double(-BEST_RING / 2, -BEST_RING / 2, BEST_RING, BEST_RING));
                bestRenderer.setSeriesShapesFilled(ring, false);
                bestRenderer.setSeriesOutlineStroke(ring, RecipeChartParts.solid(2.2f));
                bestRenderer.setUseOutlinePaint(false);
                bestRenderer.setDrawOutlines(true);
                bestRenderer.setSeriesVisibleInLegend(ring, false);
            }
            plot.setDataset(0, best);
            plot.setRenderer(0, bestRenderer);
            plot.setDataset(1, curves);
            plot.setRenderer(1, curveRenderer);
            double[] rates = result.grid().learningRates();
            plot.getDomainAxis().setRange(rates[0] / 1.5, rates[rates.length - 1] * 1.5);
            plot.getRangeAxis().setRange(lowestLoss(result) / 1.3, result.divergedLoss() * 1.3);
            RecipeChartParts.subtitle(chart, MessageFormat.format(bundle.getString("recipe.mup.chart.drift"),
                    ReadableQuantity.times(result.bestRateDrift(parametrization)),
                    result.bestRateSpreadInSteps(parametrization)), style());
            style().apply(chart);
        } finally {
            chart.setNotify(true);
        }
    }

    /** The lowest loss of either parametrisation: both charts share the axis so they compare by eye. */
    private static double lowestLoss(MupResult result) {
        double lowest = Double.POSITIVE_INFINITY;
        for (Parametrization p : Parametrization.values()) {
            for (WidthCurve curve : result.curves(p)) {
                lowest = Math.min(lowest, curve.bestLoss());
            }
        }
        return lowest;
    }
}
