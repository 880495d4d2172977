package org.scalingexplorer.ui.data;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.allocation.OptimumAcrossPools;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.engine.repetition.EffectiveTokensCurve;
import org.scalingexplorer.engine.repetition.IsoFlopBanana;
import org.scalingexplorer.engine.repetition.MixtureOffset;
import org.scalingexplorer.engine.repetition.ParallelLines;
import org.scalingexplorer.engine.repetition.PoolCrossing;
import org.scalingexplorer.engine.repetition.QualityQuantityCurves;
import org.scalingexplorer.engine.repetition.RepetitionLossCurves;
import org.scalingexplorer.engine.repetition.RepetitionValue;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.SeriesPalette;
import org.scalingexplorer.ui.data.DataViewModel.Run;

/**
 * The charts of the Data view, drawn by JFreeChart through Graphics2D so the window and a rendered
 * PNG share one drawing. Holds no science: it draws the {@link DataCharts} and {@link Run} the
 * view-model computed.
 */
public final class DataViewCharts extends ChartSet {

    /** One chart of the view; the id names its chart title key and its viewer's node id. */
    public enum Panel {
        EFFECTIVE_TOKENS("effective-tokens"),
        REPETITION_LOSS("repetition-loss"),
        OPTIMUM_VS_POOL("optimum-vs-pool"),
        BANANA("banana"),
        QUALITY_QUANTITY("quality-quantity"),
        OFFSET_LINES("offset-lines"),
        MIXTURE("mixture");

        private final String id;

        Panel(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final Color REPEATED = SeriesPalette.color(3);
    private static final Color FRESH = SeriesPalette.color(0);
    private static final Color USER = SeriesPalette.color(4);
    private static final Shape DOT = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
    private static final float[] DASH = {6f, 4f};
    private static final float[] DOTS = {2f, 4f};

    private final ResourceBundle bundle;
    private final Map<Panel, JFreeChart> charts = new EnumMap<>(Panel.class);

    public DataViewCharts(ResourceBundle bundle, ChartStyle style) {
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
        charts.values().forEach(chart -> restyleMarkers(chart.getXYPlot()));
    }

    /** Replaces every series and marker; each chart redraws once, not once per series. */
    public void show(DataCharts data, Run run) {
        for (Panel panel : Panel.values()) {
            JFreeChart chart = charts.get(panel);
            chart.setNotify(false);
            try {
                XYPlot plot = chart.getXYPlot();
                // A new dataset filled before the plot sees it: removing series one by one would leave a
                // lone one-point series for a moment, and a log axis cannot range over a single value.
                DefaultXYDataset dataset = new DefaultXYDataset();
                plot.clearDomainMarkers();
                plot.clearRangeMarkers();
                Series series = new Series(dataset, (XYLineAndShapeRenderer) plot.getRenderer());
                switch (panel) {
                    case EFFECTIVE_TOKENS -> showEffectiveTokens(plot, series, data.effectiveTokens(), run);
                    case REPETITION_LOSS -> showRepetitionLoss(plot, series, data.repetitionLoss(), run);
                    case OPTIMUM_VS_POOL -> showOptimumVsPool(plot, series, data);
                    case BANANA -> showBanana(plot, series, data.banana(), data);
                    case QUALITY_QUANTITY -> showQualityQuantity(series, data.qualityQuantity());
                    case OFFSET_LINES -> showOffsetLines(series, data.parallelLines());
                    case MIXTURE -> showMixture(plot, series, data.mixture());
                }
                plot.setDataset(dataset);
                restyleMarkers(plot);
                // The new series' colours held to the style's contrast floor, as every other chart's are.
                style().apply(chart);
            } finally {
                chart.setNotify(true);
            }
        }
    }

    private void showEffectiveTokens(XYPlot plot, Series series, EffectiveTokensCurve curve, Run run) {
        double[] fresh = new double[curve.size()];
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = curve.uniqueTokens() * curve.epochs()[i];
        }
        series.line(text("data.series.effectiveTokens"), curve.epochs(), curve.effectiveTokens(), REPEATED, 2.6f, null);
        series.line(text("data.series.freshTokens"), curve.epochs(), fresh, FRESH, 1.6f, DASH);
        series.dot(text("data.series.yourRun"), run.epochs(), run.effectiveTokens(), USER);
        plot.addDomainMarker(labelled(RepetitionValue.NEARLY_AS_GOOD_AS_NEW_EPOCHS, text("data.marker.fourEpochs")));
        // Left of its line and low, where neither curve runs, so the two rule-of-thumb labels never overlap.
        plot.addDomainMarker(labelledBelowLeft(RepetitionValue.NEARLY_WORTHLESS_EPOCHS,
                text("data.marker.fortyEpochs")));
    }

    private void showRepetitionLoss(XYPlot plot, Series series, RepetitionLossCurves curves, Run run) {
        series.line(text("data.series.lossRepeated"), curves.epochs(), curves.lossRepeated(), REPEATED, 2.6f, null);
        series.line(text("data.series.lossFresh"), curves.epochs(), curves.lossFresh(), FRESH, 1.6f, DASH);
        plot.addDomainMarker(labelled(run.epochs(), format("data.marker.yourEpochs",
                QuantityFormat.count(run.epochs()))));
        plot.addDomainMarker(labelled(RepetitionValue.NEARLY_AS_GOOD_AS_NEW_EPOCHS, null));
        plot.addDomainMarker(labelled(RepetitionValue.NEARLY_WORTHLESS_EPOCHS, null));
        charts.get(Panel.REPETITION_LOSS).setTitle(format("chart.data.repetition-loss.title",
                QuantityFormat.count(curves.params())));
    }

    private void showOptimumVsPool(XYPlot plot, Series series, DataCharts data) {
        OptimumAcrossPools across = data.optimumAcrossPools();
        double[] freshParams = new double[across.size()];
        java.util.Arrays.fill(freshParams, across.fresh().params());
        series.line(text("data.series.constrainedOptimum"), across.uniqueTokens(), across.params(), REPEATED, 2.6f,
                null);
        series.line(text("data.series.freshOptimum"), across.uniqueTokens(), freshParams, FRESH, 1.6f, DASH);
        series.dot(text("data.series.thisPool"), data.optimum().uniqueTokens(), data.optimum().params(), USER);
        plot.addDomainMarker(labelledBelowRight(data.optimum().uniqueTokens(), format("data.marker.pool",
                QuantityFormat.count(data.optimum().uniqueTokens()))));
    }

    private void showBanana(XYPlot plot, Series series, IsoFlopBanana banana, DataCharts data) {
        series.line(text("data.series.lossRepeatedAtBudget"), banana.params(), banana.lossRepeated(), REPEATED, 2.6f,
                null);
        series.line(text("data.series.lossFreshAtBudget"), banana.params(), banana.lossFresh(), FRESH, 1.6f, DASH);
        series.dot(text("data.series.constrainedOptimum"), data.optimum().params(), data.optimum().loss(), REPEATED);
        series.dot(text("data.series.freshOptimum"), data.freshOptimum().params(), data.freshOptimum().loss(), FRESH);
        charts.get(Panel.BANANA).setTitle(format("chart.data.banana.title", QuantityFormat.count(banana.flops())));
    }

    private void showQualityQuantity(Series series, QualityQuantityCurves curves) {
        int colour = 0;
        for (QualityQuantityCurves.PoolCurve curve : curves.curves()) {
            series.line(format("data.series.pool", poolName(curve.pool().name()),
                    QuantityFormat.count(curve.pool().uniqueTokens())), curves.flops(), curve.loss(),
                    SeriesPalette.color(colour++), 2.2f, null);
        }
        List<PoolCrossing> crossings = curves.crossings();
        double[] x = crossings.stream().mapToDouble(PoolCrossing::flops).toArray();
        double[] y = crossings.stream().mapToDouble(PoolCrossing::loss).toArray();
        if (x.length > 0) {
            series.dots(text("data.series.crossings"), x, y, style().foreground());
        }
    }

    private void showOffsetLines(Series series, ParallelLines lines) {
        for (int k = 0; k < lines.distributions().size(); k++) {
            series.line(testSetName(lines.distributions().get(k).name()), lines.params(), lines.loss().get(k),
                    SeriesPalette.color(k), 2.2f, null);
        }
    }

    private void showMixture(XYPlot plot, Series series, MixtureOffset.MixtureCurve mixture) {
        series.line(text("data.series.mixtureOffset"), mixture.weight(), mixture.offset(), SeriesPalette.color(2),
                2.6f, null);
        series.dot(text("data.series.bestMixture"), mixture.bestWeight(), mixture.bestOffset(), USER);
        series.dot(text("data.series.chosenMixture"), mixture.chosenWeight(), mixture.chosenOffset(), FRESH);
        plot.addDomainMarker(labelledTopLeft(mixture.bestWeight(), format("data.marker.bestMixture",
                String.format(Locale.ROOT, "%.2f", mixture.bestWeight()))));
        // Low on the chart, where the U is high, so it stays clear of the best-w label at the top.
        plot.addDomainMarker(labelledBelowRight(mixture.chosenWeight(), format("data.marker.chosenMixture",
                String.format(Locale.ROOT, "%.2f", mixture.chosenWeight()))));
    }

    private JFreeChart createChart(Panel panel) {
        ValueAxis xAxis = switch (panel) {
            case EFFECTIVE_TOKENS, REPETITION_LOSS -> new DecadeLogAxis(text("axis.data.epochs"));
            case OPTIMUM_VS_POOL -> new DecadeLogAxis(text("axis.data.uniqueTokens"));
            case BANANA, OFFSET_LINES -> new DecadeLogAxis(text("axis.params"));
            case QUALITY_QUANTITY -> new DecadeLogAxis(text("axis.compute"));
            case MIXTURE -> linear(text("axis.data.mixtureWeight"), false);
        };
        ValueAxis yAxis = switch (panel) {
            case EFFECTIVE_TOKENS -> new DecadeLogAxis(text("axis.data.effectiveTokens"));
            case REPETITION_LOSS, BANANA, QUALITY_QUANTITY -> new DecadeLogAxis(text("axis.loss"));
            case OPTIMUM_VS_POOL -> new DecadeLogAxis(text("axis.data.optimalParams"));
            case OFFSET_LINES -> new DecadeLogAxis(text("axis.data.reducibleLoss"));
            case MIXTURE -> linear(text("axis.data.offset"), true);
        };
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series: dashes stay dashes across 200 short segments.
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        JFreeChart chart = new JFreeChart(text("chart.data." + panel.id() + ".title"), null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
        return chart;
    }

    private static NumberAxis linear(String label, boolean autoRangeIncludesZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(autoRangeIncludesZero);
        return axis;
    }

    /** A dotted vertical line, with a label when it has one, in the current style. */
    private ValueMarker labelled(double x, String label) {
        ValueMarker marker = new ValueMarker(x);
        marker.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, DOTS, 0f));
        if (label != null) {
            marker.setLabel(label);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 3, 4, 3));
        }
        return marker;
    }

    private ValueMarker labelledBelowLeft(double x, String label) {
        ValueMarker marker = labelled(x, label);
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        return marker;
    }

    private ValueMarker labelledBelowRight(double x, String label) {
        ValueMarker marker = labelled(x, label);
        marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private ValueMarker labelledTopLeft(double x, String label) {
        ValueMarker marker = labelled(x, label);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }

    private void restyleMarkers(XYPlot plot) {
        var markers = plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        if (markers == null) {
            return;
        }
        for (Object m : markers) {
            ValueMarker marker = (ValueMarker) m;
            marker.setPaint(style().foreground());
            marker.setLabelPaint(style().foreground());
            marker.setLabelBackgroundColor(new Color(style().plotBackground().getRed(),
                    style().plotBackground().getGreen(), style().plotBackground().getBlue(), 200));
            marker.setLabelFont(style().font().deriveFont(Font.PLAIN, style().font().getSize2D() - 1));
        }
    }

    private String poolName(String name) {
        return poolName(bundle, name);
    }

    private String testSetName(String name) {
        return testSetName(bundle, name);
    }

    /** An illustrative pool's name in the bundle's language; a name the user typed as it is. */
    static String poolName(ResourceBundle bundle, String name) {
        String key = "data.pool." + name.replace(' ', '-');
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }

    static String testSetName(ResourceBundle bundle, String name) {
        String key = "data.testSet." + name.replace(' ', '-');
        return bundle.containsKey(key) ? bundle.getString(key) : name;
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    /** Adds series to one chart's dataset and styles each as it goes in. */
    private record Series(DefaultXYDataset dataset, XYLineAndShapeRenderer renderer) {

        void line(String name, double[] x, double[] y, Paint paint, float width, float[] dash) {
            int index = add(name, x, y, paint);
            renderer.setSeriesLinesVisible(index, true);
            renderer.setSeriesShapesVisible(index, false);
            renderer.setSeriesStroke(index, dash == null
                    ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f));
        }

        void dot(String name, double x, double y, Paint paint) {
            dots(name, new double[] {x}, new double[] {y}, paint);
        }

        void dots(String name, double[] x, double[] y, Paint paint) {
            int index = add(name, x, y, paint);
            renderer.setSeriesLinesVisible(index, false);
            renderer.setSeriesShapesVisible(index, true);
            renderer.setSeriesShape(index, DOT);
        }

        private int add(String name, double[] x, double[] y, Paint paint) {
            dataset.addSeries(name, new double[][] {x, y});
            int index = dataset.indexOf(name);
            renderer.setSeriesPaint(index, paint);
            return index;
        }
    }
}
