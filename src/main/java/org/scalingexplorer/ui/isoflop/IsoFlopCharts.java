package org.scalingexplorer.ui.isoflop;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.allocation.PowerLawFit;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.CurveAvoidingLabels;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.Figure;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.LawSweep;
import org.scalingexplorer.ui.chart.LawPalette;

/**
 * The IsoFLOP view's charts: the bananas of the active law, those of the comparison law (or both in
 * the first chart when overlaid), and the banana minima against C on log-log axes with their fitted
 * lines. Draws a {@link Figure}; computes nothing.
 */
public final class IsoFlopCharts extends ChartSet {

    /** Dataset index of the curves and of the minima in a banana chart. */
    public static final int CURVES = 0;
    public static final int MINIMA = 1;

    private static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 4f}, 0f);

    private final ResourceBundle bundle;
    private final JFreeChart activeBananas;
    private final JFreeChart comparisonBananas;
    private final JFreeChart minima;

    public IsoFlopCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        this.activeBananas = bananaChart();
        this.comparisonBananas = bananaChart();
        this.minima = minimaChart();
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(activeBananas, comparisonBananas, minima);
    }

    public JFreeChart activeBananas() {
        return activeBananas;
    }

    public JFreeChart comparisonBananas() {
        return comparisonBananas;
    }

    public JFreeChart minima() {
        return minima;
    }


    /**
     * Replaces everything drawn. With {@code overlay} the first chart holds both laws (the comparison
     * dashed) and the second is left as it was, because the view hides it.
     */
    public void show(Figure figure, boolean overlay) {
        LawSweep active = figure.active();
        if (overlay) {
            showBananas(activeBananas, figure.sweeps());
            activeBananas.getXYPlot().getRangeAxis().setAutoRange(true);
        } else {
            showBananas(activeBananas, List.of(active));
            figure.comparison().ifPresent(c -> showBananas(comparisonBananas, List.of(c)));
            shareLossRange(figure);
        }
        showMinima(figure);
    }

    /** Side by side, both charts span the same losses, so a glance compares the heights of the bananas. */
    private void shareLossRange(Figure figure) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (LawSweep sweep : figure.sweeps()) {
            for (IsoFlopProfile profile : sweep.sweep().profiles()) {
                for (double loss : profile.loss()) {
                    low = Math.min(low, loss);
                    high = Math.max(high, loss);
                }
            }
        }
        double margin = 0.04 * (high - low);
        for (JFreeChart chart : List.of(activeBananas, comparisonBananas)) {
            // More room below: the lowest banana's budget label sits under its minimum.
            chart.getXYPlot().getRangeAxis().setRange(low - 2.5 * margin, high + margin);
        }
    }

    private void showBananas(JFreeChart chart, List<LawSweep> sweeps) {
        chart.setNotify(false);
        try {
            XYPlot plot = chart.getXYPlot();
            DefaultXYDataset curves = new DefaultXYDataset();
            DefaultXYDataset bottoms = new DefaultXYDataset();
            XYLineAndShapeRenderer curveRenderer = lineRenderer();
            XYLineAndShapeRenderer bottomRenderer = new CurveAvoidingLabels.MarkerRenderer(true, true);
            LegendItemCollection legend = new LegendItemCollection();
            for (LawSweep sweep : sweeps) {
                Color color = LawPalette.colorOf(sweep.preset());
                boolean dashed = sweeps.size() > 1 && !sweep.active();
                List<IsoFlopProfile> profiles = sweep.sweep().profiles();
                for (int i = 0; i < profiles.size(); i++) {
                    IsoFlopProfile profile = profiles.get(i);
                    String key = sweep.preset().id() + " " + profile.flops();
                    curves.addSeries(key, new double[][] {profile.params(), profile.loss()});
                    int index = curves.indexOf(key);
                    curveRenderer.setSeriesPaint(index, shade(color, i, profiles.size()));
                    curveRenderer.setSeriesStroke(index, dashed ? DASHED : solid(sweep.active() ? 2.2f : 1.8f));
                }
                String bottomKey = MessageFormat.format(bundle.getString("isoflop.legend.minima"), lawName(sweep.preset()));
                bottoms.addSeries(bottomKey, new double[][] {sweep.minimumParams(),
                        sweep.sweep().minima().stream().mapToDouble(m -> m.loss()).toArray()});
                int bottomIndex = bottoms.indexOf(bottomKey);
                bottomRenderer.setSeriesPaint(bottomIndex, color.darker());
                bottomRenderer.setSeriesShape(bottomIndex, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
                bottomRenderer.setSeriesStroke(bottomIndex, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 3f}, 0f));
                // The legend line is drawn as the curves are: dashed for the comparison law when overlaid.
                legend.add(new LegendItem(MessageFormat.format(bundle.getString("isoflop.legend.curves"),
                        lawName(sweep.preset())), null, null, null, false, new java.awt.Rectangle(0, 0), false, color,
                        false, color, solid(1f), true, new java.awt.geom.Line2D.Double(-9, 0, 9, 0),
                        dashed ? DASHED : solid(2.2f), color));
                LegendItem bottomItem = new LegendItem(bottomKey, null, null, null,
                        new Ellipse2D.Double(-4, -4, 8, 8), color.darker());
                legend.add(bottomItem);
                if (sweep.active() || sweeps.size() == 1) {
                    labelBudgets(bottomRenderer, bottomIndex, sweep.budgets());
                }
            }
            plot.setDataset(CURVES, curves);
            plot.setRenderer(CURVES, curveRenderer);
            plot.setDataset(MINIMA, bottoms);
            plot.setRenderer(MINIMA, bottomRenderer);
            plot.setFixedLegendItems(legend);
            String names = sweeps.stream().map(s -> lawName(s.preset())).reduce((a, b) -> a + " / " + b).orElse("");
            chart.setTitle(MessageFormat.format(bundle.getString("isoflop.chart.bananas.title"), names));
            style().apply(chart);
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Each minimum of the labelled law carries its budget, so a reader tells the bananas apart without
     * a legend entry per budget; {@link CurveAvoidingLabels} puts each label where it crosses no curve.
     */
    private void labelBudgets(XYLineAndShapeRenderer renderer, int series, double[] budgets) {
        renderer.setDefaultItemLabelGenerator((dataset, s, item) -> ReadableQuantity.scientific(budgets[item]));
        renderer.setSeriesItemLabelsVisible(series, true);
        renderer.setDefaultItemLabelFont(style().font().deriveFont(Font.PLAIN, style().font().getSize2D() - 1));
        renderer.setDefaultItemLabelPaint(style().foreground());
    }

    private void showMinima(Figure figure) {
        minima.setNotify(false);
        try {
            XYPlot plot = minima.getXYPlot();
            DefaultXYDataset points = new DefaultXYDataset();
            DefaultXYDataset lines = new DefaultXYDataset();
            XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
            XYLineAndShapeRenderer lineRenderer = lineRenderer();
            double[] budgets = figure.budgets();
            double first = budgets[0];
            double last = budgets[budgets.length - 1];
            for (LawSweep sweep : figure.sweeps()) {
                Color color = LawPalette.colorOf(sweep.preset());
                String pointKey = MessageFormat.format(bundle.getString("isoflop.legend.minima"), lawName(sweep.preset()));
                points.addSeries(pointKey, new double[][] {sweep.budgets(), sweep.minimumParams()});
                int pointIndex = points.indexOf(pointKey);
                pointRenderer.setSeriesPaint(pointIndex, color.darker());
                pointRenderer.setSeriesShape(pointIndex, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
                // The fit line of the same colour names the points; a legend entry each would crowd the chart.
                pointRenderer.setSeriesVisibleInLegend(pointIndex, false);

                PowerLawFit fit = sweep.sweep().paramsFit();
                String fitKey = MessageFormat.format(bundle.getString("isoflop.legend.fit"), lawName(sweep.preset()),
                        exponent(fit.exponent()));
                lines.addSeries(fitKey, new double[][] {{first, last}, {fit.predict(first), fit.predict(last)}});
                int fitIndex = lines.indexOf(fitKey);
                lineRenderer.setSeriesPaint(fitIndex, color);
                lineRenderer.setSeriesStroke(fitIndex, solid(sweep.active() ? 2.6f : 1.8f));

                sweep.publishedParams().ifPresent(published -> {
                    String ruleKey = MessageFormat.format(bundle.getString("isoflop.legend.published"),
                            lawName(sweep.preset()), exponent(sweep.publishedExponent().orElseThrow()));
                    lines.addSeries(ruleKey, new double[][] {sweep.budgets(), published});
                    int ruleIndex = lines.indexOf(ruleKey);
                    lineRenderer.setSeriesPaint(ruleIndex, color);
                    lineRenderer.setSeriesStroke(ruleIndex, DASHED);
                });
            }
            plot.setDataset(0, points);
            plot.setRenderer(0, pointRenderer);
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
            style().apply(minima);
        } finally {
            minima.setNotify(true);
        }
    }

    private JFreeChart bananaChart() {
        DecadeLogAxis xAxis = new DecadeLogAxis(bundle.getString("axis.params"));
        NumberAxis yAxis = new NumberAxis(bundle.getString("axis.loss"));
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), xAxis, yAxis, lineRenderer());
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        plot.addAnnotation(new CurveAvoidingLabels(MINIMA));
        JFreeChart chart = new JFreeChart("", null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
        return chart;
    }

    private JFreeChart minimaChart() {
        DecadeLogAxis xAxis = new DecadeLogAxis(bundle.getString("axis.compute"));
        DecadeLogAxis yAxis = new DecadeLogAxis(bundle.getString("isoflop.axis.optimalParams"));
        XYPlot plot = new XYPlot(new DefaultXYDataset(), xAxis, yAxis, new XYLineAndShapeRenderer(false, true));
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        JFreeChart chart = new JFreeChart(bundle.getString("isoflop.chart.minima.title"), null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
        return chart;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series: dashes stay dashes across 400 short segments.
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Small budgets light, large budgets full colour: the order of the bananas reads without a legend. */
    static Color shade(Color color, int index, int count) {
        double t = count <= 1 ? 1 : (double) index / (count - 1);
        double white = 0.6 * (1 - t);
        return new Color(mix(color.getRed(), white), mix(color.getGreen(), white), mix(color.getBlue(), white));
    }

    private static int mix(int channel, double white) {
        return (int) Math.round(channel + (255 - channel) * white);
    }

    private String lawName(LawPreset preset) {
        return bundle.getString("law." + preset.id());
    }

    static String exponent(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
