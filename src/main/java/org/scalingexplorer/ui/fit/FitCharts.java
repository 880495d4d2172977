package org.scalingexplorer.ui.fit;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.YIntervalRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.PowerOfTenFormat;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/**
 * The three charts of the Fit view: the runs with the fitted curves, the residuals, and the law
 * extrapolated to the target budget with its bootstrap band. Drawn by JFreeChart through Graphics2D,
 * so the window and a rendered PNG share one drawing. Holds no science: it draws a {@link FitPlot}.
 */
public final class FitCharts extends ChartSet {

    /** One chart of the view; the id names its title key and its viewer's node id. */
    public enum Panel {
        DATA("fit-data"), RESIDUALS("fit-residuals"), EXTRAPOLATION("fit-extrapolation");

        private final String id;

        Panel(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    private static final Shape BIG_DOT = new Ellipse2D.Double(-5, -5, 10, 10);
    private static final Shape DIAMOND = diamond(5.5);
    private static final Shape CROSS = cross(4.5);
    private static final Color EXCLUDED = new Color(0x8C959F);
    private static final Color HELD_OUT = new Color(0xD55E00);
    private static final Color BAND = new Color(0x0072B2);
    private static final float[] DASH = {6f, 4f};
    /** The second objective's law: Okabe-Ito reddish purple, short dashes, unlike any other series. */
    private static final Color COMPARISON = new Color(0xCC79A7);
    private static final float[] COMPARISON_DASH = {2.5f, 3f};

    private final ResourceBundle bundle;
    private final Map<Panel, JFreeChart> charts = new EnumMap<>(Panel.class);
    private FitPlot shown;

    public FitCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        for (Panel panel : Panel.values()) {
            charts.put(panel, createChart(panel));
        }
    }

    public JFreeChart chart(Panel panel) {
        return charts.get(panel);
    }

    @Override
    public List<JFreeChart> all() {
        return List.copyOf(charts.values());
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        // The budget colours are chosen for the plot's ground: a new theme draws the runs anew.
        if (shown != null) {
            show(shown);
        }
        charts.values().forEach(chart -> restyleMarkers(chart.getXYPlot()));
        charts.values().forEach(this::styleColourBar);
    }

    /** Replaces every series; each chart redraws once. A null plot (nothing loaded) empties the charts. */
    public void show(FitPlot plot) {
        shown = plot;
        for (Panel panel : Panel.values()) {
            JFreeChart chart = charts.get(panel);
            chart.setNotify(false);
            try {
                XYPlot xyPlot = chart.getXYPlot();
                xyPlot.clearDomainMarkers();
                xyPlot.clearRangeMarkers();
                // Filled before the plot sees it: a log axis cannot range over a half-built dataset.
                DefaultXYDataset dataset = new DefaultXYDataset();
                BudgetRenderer renderer = newRenderer();
                Series series = new Series(dataset, renderer);
                for (int extra = 1; extra <= 3; extra++) {
                    xyPlot.setDataset(extra, null);
                }
                Runnable addOverlays = () -> { };
                if (plot != null) {
                    setAxisLabels(panel, xyPlot, plot);
                    switch (panel) {
                        case DATA -> showData(xyPlot, series, plot);
                        case RESIDUALS -> showResiduals(xyPlot, series, plot);
                        case EXTRAPOLATION -> addOverlays = showExtrapolation(xyPlot, series, plot.band());
                    }
                }
                xyPlot.setRenderer(0, renderer);
                xyPlot.setDataset(0, dataset);
                // Only after the main dataset is in: a log axis ranging over a lone target point fails.
                addOverlays.run();
                // New series keep the style's contrast floor, as the ones styled with the chart did.
                style().apply(chart);
                restyleMarkers(xyPlot);
                styleColourBar(chart);
            } finally {
                chart.setNotify(true);
            }
        }
    }

    private void showData(XYPlot xyPlot, Series series, FitPlot plot) {
        BudgetScale scale = new BudgetScale(plot.minFlops(), plot.maxFlops(), style());
        series.renderer().scale = scale;
        for (int c = 0; c < plot.curves().size(); c++) {
            BudgetCurve curve = plot.curves().get(c);
            series.line(new SeriesKey("curve", c), curve.curve(), scale.colour(curve.flops()), 1.4f, null, false);
        }
        ComparisonCurve comparison = plot.comparison();
        if (!plot.lawCurve().isEmpty()) {
            String name = plot.approach() == FitApproach.APPROACH_3 ? "fit.series.frontier" : "fit.series.law";
            // Two laws in one chart: each names its objective, or the legend cannot tell them apart.
            String label = comparison == null ? text(name)
                    : format("fit.series.frontier.objective", FitText.objective(bundle, comparison.primary()));
            series.line(new SeriesKey(label, 0), plot.lawCurve(), style().foreground(), 2.4f, DASH, true);
        }
        if (comparison != null) {
            series.line(new SeriesKey(format("fit.series.frontier.objective",
                    FitText.objective(bundle, comparison.other())), 1), comparison.curve(), COMPARISON, 2.4f,
                    COMPARISON_DASH, true);
        }
        series.budgetShapes(new SeriesKey(text(plot.approach() == null ? "fit.series.runs" : "fit.series.fitted"), 0),
                plot.fitted(), scale);
        series.shapes(new SeriesKey(text("fit.series.heldOut"), 0), plot.heldOut(), HELD_OUT, DIAMOND, true);
        series.shapes(new SeriesKey(text("fit.series.excluded"), 0), plot.excluded(), EXCLUDED, CROSS, true);
        series.shapes(new SeriesKey(text("fit.series.vertices"), 0), plot.vertices(), style().foreground(), BIG_DOT, true);
        showColourBar(charts.get(Panel.DATA), scale);
    }

    private void showResiduals(XYPlot xyPlot, Series series, FitPlot plot) {
        ValueMarker zero = new ValueMarker(0);
        zero.setStroke(new BasicStroke(1.2f));
        xyPlot.addRangeMarker(zero);
        BudgetScale scale = new BudgetScale(plot.minFlops(), plot.maxFlops(), style());
        series.renderer().scale = scale;
        series.budgetShapes(new SeriesKey(text("fit.series.fitted"), 0), plot.fittedResiduals(), scale);
        series.shapes(new SeriesKey(text("fit.series.heldOut"), 0), plot.heldOutResiduals(), HELD_OUT, DIAMOND, true);
        series.shapes(new SeriesKey(text("fit.series.excluded"), 0), plot.excludedResiduals(), EXCLUDED, CROSS, true);
    }

    /** A colour bar under the data chart's legend: which colour is which budget. */
    private void showColourBar(JFreeChart chart, BudgetScale scale) {
        // getSubtitles() is a copy: remove through the chart.
        for (Object title : chart.getSubtitles()) {
            if (title instanceof PaintScaleLegend old) {
                chart.removeSubtitle(old);
            }
        }
        NumberAxis axis = new NumberAxis(text("axis.fit.budget"));
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(new PowerOfTenFormat());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(8);
        legend.setSubdivisionCount(120);
        legend.setMargin(new RectangleInsets(2, 40, 0, 40));
        legend.setAxisOffset(2);
        chart.addSubtitle(legend);
        styleColourBar(chart);
    }

    private void styleColourBar(JFreeChart chart) {
        for (Object title : chart.getSubtitles()) {
            if (title instanceof PaintScaleLegend legend) {
                legend.setBackgroundPaint(style().background());
                ValueAxis axis = legend.getAxis();
                axis.setLabelPaint(style().foreground());
                axis.setTickLabelPaint(style().foreground());
                axis.setAxisLinePaint(style().foreground());
                axis.setTickMarkPaint(style().foreground());
                axis.setLabelFont(style().font());
                axis.setTickLabelFont(style().font().deriveFont(style().font().getSize2D() - 1));
            }
        }
    }

    /** Adds the fitted line to the main dataset and returns what draws the band and the target over it. */
    private Runnable showExtrapolation(XYPlot xyPlot, Series series, ExtrapolationBand band) {
        if (band == null) {
            return () -> { };
        }
        series.line(new SeriesKey(text("fit.series.estimate"), 0), new PlotPoints(band.x(), band.estimate()),
                BAND, 2.4f, null, true);
        series.shapes(new SeriesKey(text("fit.series.vertices"), 0), band.support(), style().foreground(), BIG_DOT, true);
        return () -> {
            if (band.hasBand()) {
                YIntervalSeries interval = new YIntervalSeries(text("fit.series.band"));
                for (int i = 0; i < band.x().length; i++) {
                    interval.add(band.x()[i], band.estimate()[i], band.low()[i], band.high()[i]);
                }
                YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
                intervals.addSeries(interval);
                DeviationRenderer renderer = new DeviationRenderer(false, false);
                renderer.setSeriesFillPaint(0, BAND);
                renderer.setSeriesPaint(0, BAND);
                renderer.setAlpha(0.22f);
                xyPlot.setRenderer(1, renderer);
                xyPlot.setDataset(1, intervals);
            }
            if (band.hasTarget()) {
                DefaultXYDataset target = new DefaultXYDataset();
                target.addSeries(text("fit.series.target"), new double[][] {{band.targetX()}, {band.targetEstimate()}});
                XYLineAndShapeRenderer targetRenderer = new XYLineAndShapeRenderer(false, true);
                targetRenderer.setSeriesShape(0, BIG_DOT);
                targetRenderer.setSeriesPaint(0, HELD_OUT);
                if (band.targetInterval() != null) {
                    YIntervalSeries bar = new YIntervalSeries(text("fit.series.targetInterval"));
                    bar.add(band.targetX(), band.targetEstimate(), band.targetInterval().low(), band.targetInterval().high());
                    YIntervalSeriesCollection bars = new YIntervalSeriesCollection();
                    bars.addSeries(bar);
                    YIntervalRenderer barRenderer = new YIntervalRenderer();
                    barRenderer.setSeriesPaint(0, HELD_OUT);
                    barRenderer.setSeriesStroke(0, new BasicStroke(2f));
                    barRenderer.setSeriesVisibleInLegend(0, false);
                    xyPlot.setRenderer(2, barRenderer);
                    xyPlot.setDataset(2, bars);
                }
                // Dataset 3, drawn last: the target's dot over its bar and the band.
                xyPlot.setRenderer(3, targetRenderer);
                xyPlot.setDataset(3, target);
                ValueMarker marker = new ValueMarker(band.targetX());
                marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 4f}, 0f));
                marker.setLabel(MessageFormat.format(text("fit.marker.target"), QuantityFormat.count(band.targetX())));
                marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
                marker.setLabelOffset(new RectangleInsets(4, 3, 4, 3));
                xyPlot.addDomainMarker(marker);
            }
            IntervalMarker measured = new IntervalMarker(band.x()[0], band.dataMaxX());
            measured.setLabel(text("fit.marker.measured"));
            measured.setLabelAnchor(RectangleAnchor.BOTTOM);
            measured.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
            measured.setLabelOffset(new RectangleInsets(4, 3, 4, 3));
            xyPlot.addDomainMarker(measured, Layer.BACKGROUND);
            restyleMarkers(xyPlot);
        };
    }

    private void setAxisLabels(Panel panel, XYPlot xyPlot, FitPlot plot) {
        FitVariable x = panel != Panel.EXTRAPOLATION ? plot.xVariable()
                : plot.band() != null ? plot.band().xVariable() : FitVariable.FLOPS;
        xyPlot.getDomainAxis().setLabel(text("axis." + axisKey(x)));
        if (panel == Panel.EXTRAPOLATION) {
            boolean params = plot.band() == null || plot.band().quantity() == ExtrapolationBand.Quantity.OPTIMAL_PARAMS;
            xyPlot.getRangeAxis().setLabel(text(params ? "axis.fit.optimalParams" : "axis.loss"));
            charts.get(panel).setTitle(text(params ? "chart.fit-extrapolation.params.title"
                    : "chart.fit-extrapolation.loss.title"));
        }
    }

    private static String axisKey(FitVariable variable) {
        return switch (variable) {
            case PARAMS -> "params";
            case TOKENS -> "tokens";
            case FLOPS -> "compute";
        };
    }

    private JFreeChart createChart(Panel panel) {
        DecadeLogAxis xAxis = new DecadeLogAxis(text(panel == Panel.EXTRAPOLATION ? "axis.compute" : "axis.params"));
        xAxis.setDefaultAutoRange(new Range(1e7, 1e11));
        ValueAxis yAxis;
        if (panel == Panel.RESIDUALS) {
            NumberAxis residual = new NumberAxis(text("axis.fit.residual"));
            residual.setAutoRangeIncludesZero(true);
            yAxis = residual;
        } else {
            DecadeLogAxis log = new DecadeLogAxis(text(panel == Panel.DATA ? "axis.loss" : "axis.fit.optimalParams"));
            log.setDefaultAutoRange(panel == Panel.DATA ? new Range(2, 5) : new Range(1e8, 1e12));
            yAxis = log;
        }
        if (panel == Panel.EXTRAPOLATION) {
            xAxis.setDefaultAutoRange(new Range(1e18, 1e24));
        }
        XYPlot plot = new XYPlot(new DefaultXYDataset(), xAxis, yAxis, newRenderer());
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        // Later series on top: points over curves, held-out and excluded runs over the rest.
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(text("chart." + panel.id() + ".title"), null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
        return chart;
    }

    private static BudgetRenderer newRenderer() {
        BudgetRenderer renderer = new BudgetRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private void restyleMarkers(XYPlot plot) {
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            restyleEach(plot.getDomainMarkers(layer));
            restyleEach(plot.getRangeMarkers(layer));
        }
    }

    private void restyleEach(java.util.Collection<?> markers) {
        if (markers == null) {
            return;
        }
        for (Object m : markers) {
            org.jfree.chart.plot.Marker marker = (org.jfree.chart.plot.Marker) m;
            if (marker instanceof IntervalMarker) {
                marker.setPaint(new Color(style().grid().getRed(), style().grid().getGreen(), style().grid().getBlue(), 70));
            } else {
                marker.setPaint(style().foreground());
            }
            marker.setLabelPaint(style().foreground());
            marker.setLabelFont(style().font().deriveFont(Font.PLAIN, style().font().getSize2D() - 1));
        }
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private static Shape diamond(double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -half);
        path.lineTo(half, 0);
        path.lineTo(0, half);
        path.lineTo(-half, 0);
        path.closePath();
        return path;
    }

    private static Shape cross(double half) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(-half, -half);
        path.lineTo(half, half);
        path.moveTo(-half, half);
        path.lineTo(half, -half);
        return new BasicStroke(1.8f).createStrokedShape(path);
    }

    /**
     * A series key that shows its label in the legend but stays unique: two budget groups may print
     * alike, and a dataset replaces a series whose key it already holds.
     */
    private record SeriesKey(String label, int index) implements Comparable<SeriesKey> {
        @Override
        public int compareTo(SeriesKey other) {
            int byLabel = label.compareTo(other.label);
            return byLabel != 0 ? byLabel : Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Adds series to one chart's dataset and styles each as it goes in; empty point sets are skipped. */
    private record Series(DefaultXYDataset dataset, BudgetRenderer renderer) {

        void budgetShapes(SeriesKey key, BudgetPoints points, BudgetScale scale) {
            if (points.isEmpty()) {
                return;
            }
            // The legend shows the middle of the scale; each point is drawn in its own budget's colour.
            int index = add(key, points.xy(), scale.getPaint((scale.getLowerBound() + scale.getUpperBound()) / 2));
            renderer.setSeriesLinesVisible(index, false);
            renderer.setSeriesShapesVisible(index, true);
            renderer.setSeriesShape(index, DOT);
            renderer.colourByBudget(index, points.flops());
        }

        void line(SeriesKey key, PlotPoints points, Paint paint, float width, float[] dash, boolean inLegend) {
            if (points.isEmpty()) {
                return;
            }
            int index = add(key, points, paint);
            renderer.setSeriesLinesVisible(index, true);
            renderer.setSeriesShapesVisible(index, false);
            renderer.setSeriesVisibleInLegend(index, inLegend);
            renderer.setSeriesStroke(index, dash == null
                    ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        }

        void shapes(SeriesKey key, PlotPoints points, Paint paint, Shape shape, boolean inLegend) {
            if (points.isEmpty()) {
                return;
            }
            int index = add(key, points, paint);
            renderer.setSeriesLinesVisible(index, false);
            renderer.setSeriesShapesVisible(index, true);
            renderer.setSeriesShape(index, shape);
            renderer.setSeriesVisibleInLegend(index, inLegend);
        }

        private int add(SeriesKey key, PlotPoints points, Paint paint) {
            dataset.addSeries(key, new double[][] {points.x(), points.y()});
            int index = dataset.indexOf(key);
            renderer.setSeriesPaint(index, paint);
            return index;
        }
    }
}
