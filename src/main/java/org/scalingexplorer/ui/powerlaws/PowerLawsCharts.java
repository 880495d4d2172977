package org.scalingexplorer.ui.powerlaws;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.LossCurve;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.SeriesPalette;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Axis;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Figure;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Floor;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.LawSeries;

/**
 * The three log-log charts of the Power laws view, drawn by JFreeChart through Graphics2D so the
 * window, a rendered PNG and later vector exports share one drawing. Holds no science: it draws a
 * {@link Figure} the view-model computed.
 */
public final class PowerLawsCharts {

    private static final String KAPLAN_MIN_COMPUTE_KEY = "kaplan-min-compute";

    private final ResourceBundle bundle;
    private final Map<Axis, JFreeChart> charts = new EnumMap<>(Axis.class);
    private final Map<Axis, DefaultXYDataset> datasets = new EnumMap<>(Axis.class);
    private ChartStyle style;

    public PowerLawsCharts(ResourceBundle bundle, ChartStyle style) {
        this.bundle = bundle;
        this.style = style;
        for (Axis axis : Axis.values()) {
            charts.put(axis, createChart(axis));
        }
    }

    public JFreeChart chart(Axis axis) {
        return charts.get(axis);
    }

    public List<JFreeChart> all() {
        return List.of(charts.get(Axis.PARAMS), charts.get(Axis.TOKENS), charts.get(Axis.COMPUTE));
    }

    public ChartStyle style() {
        return style;
    }

    public void setStyle(ChartStyle newStyle) {
        this.style = newStyle;
        charts.values().forEach(newStyle::apply);
    }

    /** Replaces every curve; each chart redraws once, not once per series. */
    public void show(Figure figure) {
        for (Axis axis : Axis.values()) {
            JFreeChart chart = charts.get(axis);
            chart.setNotify(false);
            try {
                DefaultXYDataset dataset = datasets.get(axis);
                XYPlot plot = chart.getXYPlot();
                XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
                List<LawSeries> series = figure.series(axis);
                for (int i = 0; i < series.size(); i++) {
                    LawSeries law = series.get(i);
                    dataset.addSeries(lawName(law.preset()), xy(law.curve()));
                    int index = dataset.indexOf(lawName(law.preset()));
                    renderer.setSeriesPaint(index, colorOf(law.preset()));
                    renderer.setSeriesStroke(index, new BasicStroke(law.active() ? 3.2f : 1.6f,
                            BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                }
                if (axis == Axis.COMPUTE) {
                    String key = bundle.getString("chart.kaplanMinCompute");
                    dataset.addSeries(key, xy(figure.kaplanMinComputeLaw()));
                    int index = dataset.indexOf(key);
                    renderer.setSeriesPaint(index, colorOf(LawPreset.KAPLAN_2020));
                    renderer.setSeriesStroke(index, new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
                            BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
                }
                if (axis != Axis.COMPUTE) {
                    showFloors(plot, figure.floors());
                }
            } finally {
                chart.setNotify(true);
            }
        }
    }

    private void showFloors(XYPlot plot, List<Floor> floors) {
        plot.clearRangeMarkers();
        for (Floor floor : floors) {
            ValueMarker marker = new ValueMarker(floor.loss());
            marker.setPaint(colorOf(floor.preset()));
            marker.setStroke(new BasicStroke(floor.active() ? 1.6f : 1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 4f}, 0f));
            if (floor.active()) {
                marker.setLabel(java.text.MessageFormat.format(bundle.getString("chart.floor"),
                        QuantityFormat.constant(floor.loss())));
                marker.setLabelPaint(style.foreground());
                marker.setLabelFont(style.font().deriveFont(Font.PLAIN, style.font().getSize2D() - 1));
                marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addRangeMarker(marker);
        }
    }

    private JFreeChart createChart(Axis axis) {
        String name = axis.name().toLowerCase(java.util.Locale.ROOT);
        DecadeLogAxis xAxis = new DecadeLogAxis(bundle.getString("axis." + name));
        xAxis.setRange(axis.from(), axis.to());
        DecadeLogAxis yAxis = new DecadeLogAxis(bundle.getString("axis.loss"));
        DefaultXYDataset dataset = new DefaultXYDataset();
        datasets.put(axis, dataset);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // One path per series: dashes stay dashes across 160 short segments.
        renderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        JFreeChart chart = new JFreeChart(bundle.getString("chart." + name + ".title"), null, plot, true);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 22));
        style.apply(chart);
        return chart;
    }

    private String lawName(LawPreset preset) {
        return bundle.getString("law." + preset.id());
    }

    public static Color colorOf(LawPreset preset) {
        return switch (preset) {
            case CHINCHILLA_2022 -> SeriesPalette.color(0);
            case KAPLAN_2020 -> SeriesPalette.color(1);
            case EPOCH_2024 -> SeriesPalette.color(2);
            case CHINCHILLA_APPROACH_1 -> SeriesPalette.color(3);
        };
    }

    private static double[][] xy(LossCurve curve) {
        return new double[][] {curve.x(), curve.loss()};
    }
}
