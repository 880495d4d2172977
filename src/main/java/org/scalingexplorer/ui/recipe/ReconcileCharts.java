package org.scalingexplorer.ui.recipe;

import java.awt.Color;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scalingexplorer.engine.recipe.CorrectionStepExponent;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.LawPalette;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.SeriesPalette;

/**
 * The reconciliation panel's charts. Computed (Pearce and Song 2024): the local exponent of the optimal
 * non-embedding size against size, with the dragged window and the exponent fitted over it, beside
 * Kaplan's 0.73 and the law's own limit; and the optima themselves against non-embedding compute with
 * the window's fitted line. On real runs (Porian et al. 2024): each correction step's Approach 2
 * exponent with its interval, and each step's optima against compute. Computes nothing.
 */
final class ReconcileCharts extends ChartSet {
    static final double EXPONENT_FROM = 0.4;
    static final double EXPONENT_TO = 1.0;

    private final ResourceBundle bundle;
    private final JFreeChart local;
    private final JFreeChart optima;
    private final JFreeChart steps;
    private final JFreeChart stepOptima;
    private ReconcilePanel shownPanel;
    private List<CorrectionStepExponent> shownSteps = List.of();

    ReconcileCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        local = RecipeChartParts.chart(bundle.getString("recipe.reconcile.chart.local"),
                RecipeChartParts.log(bundle.getString("recipe.axis.nonEmbeddingParams")),
                RecipeChartParts.linear(bundle.getString("recipe.axis.exponent"), EXPONENT_FROM, EXPONENT_TO));
        local.getXYPlot().getDomainAxis().setRange(Math.pow(10, ReconcilePanel.LOG10_PARAMS_MIN),
                Math.pow(10, ReconcilePanel.LOG10_PARAMS_MAX));
        optima = RecipeChartParts.chart(bundle.getString("recipe.reconcile.chart.optima"),
                RecipeChartParts.log(bundle.getString("recipe.axis.nonEmbeddingCompute")),
                RecipeChartParts.log(bundle.getString("recipe.axis.nonEmbeddingParams")));
        NumberAxis stepAxis = RecipeChartParts.linear(bundle.getString("recipe.axis.step"), 0.5, 5.5);
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        steps = RecipeChartParts.chart(bundle.getString("recipe.reconcile.chart.steps"), stepAxis,
                RecipeChartParts.linear(bundle.getString("recipe.axis.exponent"), EXPONENT_FROM, EXPONENT_TO));
        stepOptima = RecipeChartParts.chart(bundle.getString("recipe.reconcile.chart.stepOptima"),
                RecipeChartParts.log(bundle.getString("axis.compute")),
                RecipeChartParts.log(bundle.getString("recipe.axis.optimalParams")));
        all().forEach(style::apply);
        showSteps(List.of());
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(local, optima, steps, stepOptima);
    }

    /** The computed half's two charts. */
    List<JFreeChart> computed() {
        return List.of(local, optima);
    }

    /** The real-runs half's two charts. */
    List<JFreeChart> realRuns() {
        return List.of(steps, stepOptima);
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        if (shownPanel != null) {
            show(shownPanel);
        }
        showSteps(shownSteps);
    }

    void show(ReconcilePanel panel) {
        shownPanel = panel;
        Color lawColor = LawPalette.colorOf(panel.preset());
        String subtitle = MessageFormat.format(bundle.getString(panel.fellBack()
                        ? "recipe.reconcile.subtitle.fallback" : "recipe.reconcile.subtitle"),
                bundle.getString("law." + panel.preset().id()));
        local.setNotify(false);
        try {
            XYPlot plot = local.getXYPlot();
            RecipeChartParts.clear(plot);
            DefaultXYDataset data = new DefaultXYDataset();
            XYLineAndShapeRenderer renderer = RecipeChartParts.lines();
            int curve = RecipeChartParts.add(data, bundle.getString("recipe.reconcile.legend.local"),
                    panel.sizes(), panel.localExponent());
            renderer.setSeriesPaint(curve, lawColor);
            renderer.setSeriesStroke(curve, RecipeChartParts.solid(2.2f));
            int fitted = RecipeChartParts.add(data, MessageFormat.format(bundle.getString("recipe.reconcile.legend.fitted"),
                            ReadableQuantity.plain(panel.window().exponent())),
                    new double[] {panel.window().smallestParams(), panel.window().largestParams()},
                    new double[] {panel.window().exponent(), panel.window().exponent()});
            renderer.setSeriesPaint(fitted, style().foreground());
            renderer.setSeriesStroke(fitted, RecipeChartParts.solid(3.2f));
            plot.setDataset(0, data);
            plot.setRenderer(0, renderer);
            RecipeChartParts.bandX(plot, panel.window().smallestParams(), panel.window().largestParams(),
                    bundle.getString("recipe.reconcile.window"), style());
            RecipeChartParts.markYAtRight(plot, ReconcilePanel.KAPLAN_EXPONENT,
                    bundle.getString("recipe.reconcile.marker.kaplan"), style());
            RecipeChartParts.markY(plot, panel.largeLimit(), MessageFormat.format(
                    bundle.getString("recipe.reconcile.marker.chinchilla"), ReadableQuantity.plain(panel.largeLimit())), style());
            RecipeChartParts.subtitle(local, subtitle, style());
            style().apply(local);
        } finally {
            local.setNotify(true);
        }
        optima.setNotify(false);
        try {
            XYPlot plot = optima.getXYPlot();
            RecipeChartParts.clear(plot);
            DefaultXYDataset data = new DefaultXYDataset();
            XYLineAndShapeRenderer renderer = RecipeChartParts.lines();
            int curve = RecipeChartParts.add(data, bundle.getString("recipe.reconcile.legend.optima"),
                    panel.optimalFlops(), panel.sizes());
            renderer.setSeriesPaint(curve, lawColor);
            renderer.setSeriesStroke(curve, RecipeChartParts.solid(2.2f));
            int fitted = RecipeChartParts.add(data, MessageFormat.format(bundle.getString("recipe.reconcile.legend.fitted"),
                    ReadableQuantity.plain(panel.window().exponent())), panel.windowFlops(), panel.windowParams());
            renderer.setSeriesPaint(fitted, style().foreground());
            renderer.setSeriesStroke(fitted, RecipeChartParts.dashed(2.6f));
            plot.setDataset(0, data);
            plot.setRenderer(0, renderer);
            RecipeChartParts.bandX(plot, panel.window().smallestFlops(), panel.window().largestFlops(), "", style());
            RecipeChartParts.subtitle(optima, subtitle, style());
            style().apply(optima);
        } finally {
            optima.setNotify(true);
        }
    }

    void showSteps(List<CorrectionStepExponent> shown) {
        shownSteps = List.copyOf(shown);
        steps.setNotify(false);
        stepOptima.setNotify(false);
        try {
            XYPlot plot = steps.getXYPlot();
            RecipeChartParts.clear(plot);
            XYPlot optimaPlot = stepOptima.getXYPlot();
            RecipeChartParts.clear(optimaPlot);
            stepOptima.getLegend().setVisible(false);
            String subtitle = bundle.getString(shown.isEmpty() ? "recipe.reconcile.steps.none" : "recipe.reconcile.steps.source");
            RecipeChartParts.subtitle(steps, subtitle, style());
            RecipeChartParts.subtitle(stepOptima, subtitle, style());
            RecipeChartParts.markY(plot, ReconcilePanel.KAPLAN_EXPONENT, bundle.getString("recipe.reconcile.marker.kaplan"), style());
            RecipeChartParts.markY(plot, 0.5, bundle.getString("recipe.reconcile.marker.half"), style());
            YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
            XYErrorRenderer errors = new XYErrorRenderer();
            errors.setDefaultLinesVisible(false);
            errors.setErrorStroke(RecipeChartParts.solid(1.6f));
            DefaultXYDataset optimaData = new DefaultXYDataset();
            XYLineAndShapeRenderer optimaRenderer = new XYLineAndShapeRenderer(true, true);
            for (int i = 0; i < shown.size(); i++) {
                CorrectionStepExponent step = shown.get(i);
                String name = (i + 1) + ". " + step.configuration();
                YIntervalSeries series = new YIntervalSeries(name);
                series.add(i + 1, step.exponent(), step.ci95().low(), step.ci95().high());
                intervals.addSeries(series);
                Color color = SeriesPalette.color(i);
                errors.setSeriesPaint(i, color);
                errors.setSeriesShape(i, i < 8 ? RecipeChartParts.DOT : new java.awt.geom.Rectangle2D.Double(-4.5, -4.5, 9, 9));
                int line = RecipeChartParts.add(optimaData, name, step.flops(), step.optimalParams());
                // The step's number at the line's end: the legend of the exponents chart names it.
                double[] flops = step.flops();
                double[] params = step.optimalParams();
                if (flops.length > 0) {
                    org.jfree.chart.annotations.XYTextAnnotation number = new org.jfree.chart.annotations.XYTextAnnotation(
                            " " + (i + 1), flops[flops.length - 1], params[params.length - 1]);
                    number.setTextAnchor(org.jfree.chart.ui.TextAnchor.CENTER_LEFT);
                    number.setFont(RecipeChartParts.smallFont(style()));
                    number.setPaint(color);
                    optimaPlot.addAnnotation(number, false);
                }
                optimaRenderer.setSeriesPaint(line, color);
                optimaRenderer.setSeriesStroke(line, RecipeChartParts.solid(1.8f));
                optimaRenderer.setSeriesShape(line, RecipeChartParts.SMALL_DOT);
            }
            plot.setDataset(0, intervals);
            plot.setRenderer(0, errors);
            plot.getDomainAxis().setRange(0.5, Math.max(5, shown.size()) + 0.5);
            optimaPlot.setDataset(0, optimaData);
            optimaPlot.setRenderer(0, optimaRenderer);
            if (shown.isEmpty()) {
                optimaPlot.getDomainAxis().setRange(1e16, 1e20);
                optimaPlot.getRangeAxis().setRange(1e6, 1e9);
            } else {
                optimaPlot.getDomainAxis().setAutoRange(true);
                optimaPlot.getRangeAxis().setAutoRange(true);
            }
            style().apply(steps);
            style().apply(stepOptima);
        } finally {
            steps.setNotify(true);
            stepOptima.setNotify(true);
        }
    }
}
