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
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.LawPalette;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Axis;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Figure;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Floor;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.LawSeries;

/**
 * The three log-log charts of the Power laws view, drawn by JFreeChart through Graphics2D so the
 * window, a rendered PNG and later vector exports share one drawing. Holds no science: it draws a
 * {@link Figure} the view-model computed.
 */
public final class PowerLawsCharts extends ChartSet {

    private static final BasicStroke ACTIVE_STROKE =
            new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke LAW_STROKE =
            new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke KAPLAN_MIN_COMPUTE_STROKE = new BasicStroke(1.4f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f);

    private final ResourceBundle bundle;
    private final Map<Axis, JFreeChart> charts = new EnumMap<>(Axis.class);
    private final Map<Axis, DefaultXYDataset> datasets = new EnumMap<>(Axis.class);
    private Figure shownFigure;
    private final Map<XYPlot, List<Floor>> shownFloors = new java.util.IdentityHashMap<>();

    /** One entry of the legend the window draws once above the charts, instead of one per chart per frame. */
    public record LegendEntry(String name, Color color, boolean dashed, boolean active) {
    }

    private final boolean onScreen;

    /** Charts with their titles and legends inside, as exports and the command line draw them. */
    public PowerLawsCharts(ResourceBundle bundle, ChartStyle style) {
        this(bundle, style, false);
    }

    /**
     * @param onScreen leave titles and legends out of the charts: the window shows them as labels that
     *                 are laid out once, where JFreeChart would measure and draw them again at every
     *                 step of a drag (a quarter of the redraw time)
     */
    public PowerLawsCharts(ResourceBundle bundle, ChartStyle style, boolean onScreen) {
        super(style);
        this.bundle = bundle;
        this.onScreen = onScreen;
        for (Axis axis : Axis.values()) {
            charts.put(axis, createChart(axis));
        }
    }

    public JFreeChart chart(Axis axis) {
        return charts.get(axis);
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(charts.get(Axis.PARAMS), charts.get(Axis.TOKENS), charts.get(Axis.COMPUTE));
    }


    @Override
    protected void restyle(ChartStyle newStyle) {
        shownFloors.clear();
        shownFigure = null;
    }

    /**
     * Replaces every curve; each chart redraws once. The new series go in as one new dataset and the
     * styles are set without events: every renderer or dataset event makes the plot re-fit its axes,
     * which during a drag cost more than drawing the curves.
     */
    public void show(Figure figure) {
        for (Axis axis : Axis.values()) {
            // A drag of alpha leaves L(D) as it was (and beta leaves L(N)): that chart is not redrawn.
            if (shownFigure != null && sameSeries(shownFigure, figure, axis)) {
                continue;
            }
            JFreeChart chart = charts.get(axis);
            chart.setNotify(false);
            try {
                XYPlot plot = chart.getXYPlot();
                XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
                DefaultXYDataset dataset = new DefaultXYDataset();
                List<LawSeries> series = figure.series(axis);
                for (int i = 0; i < series.size(); i++) {
                    LawSeries law = series.get(i);
                    dataset.addSeries(lawName(law.preset()), xy(law.curve()));
                    renderer.setSeriesPaint(i, style().ink(LawPalette.colorOf(law.preset())), false);
                    renderer.setSeriesStroke(i, law.active() ? ACTIVE_STROKE : LAW_STROKE, false);
                }
                if (axis == Axis.COMPUTE) {
                    dataset.addSeries(bundle.getString("chart.kaplanMinCompute"), xy(figure.kaplanMinComputeLaw()));
                    int index = series.size();
                    renderer.setSeriesPaint(index, style().ink(LawPalette.colorOf(LawPreset.KAPLAN_2020)), false);
                    renderer.setSeriesStroke(index, KAPLAN_MIN_COMPUTE_STROKE, false);
                }
                datasets.put(axis, dataset);
                plot.setDataset(dataset);
                if (axis != Axis.COMPUTE) {
                    showFloors(plot, figure.floors());
                }
            } finally {
                chart.setNotify(true);
            }
        }
        shownFigure = figure;
    }

    private static boolean sameSeries(Figure shown, Figure next, Axis axis) {
        List<LawSeries> before = shown.series(axis);
        List<LawSeries> after = next.series(axis);
        if (before.size() != after.size() || (axis != Axis.COMPUTE && !shown.floors().equals(next.floors()))
                || (axis == Axis.COMPUTE && !sameCurve(shown.kaplanMinComputeLaw(), next.kaplanMinComputeLaw()))) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            LawSeries a = before.get(i);
            LawSeries b = after.get(i);
            if (a.preset() != b.preset() || a.active() != b.active() || !sameCurve(a.curve(), b.curve())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCurve(LossCurve a, LossCurve b) {
        return java.util.Arrays.equals(a.x(), b.x()) && java.util.Arrays.equals(a.loss(), b.loss());
    }

    private void showFloors(XYPlot plot, List<Floor> floors) {
        // Most drags leave the floors where they are: no need to rebuild the markers then.
        if (floors.equals(shownFloors.get(plot))) {
            return;
        }
        shownFloors.put(plot, floors);
        plot.clearRangeMarkers();
        for (Floor floor : floors) {
            ValueMarker marker = new ValueMarker(floor.loss());
            marker.setPaint(style().ink(LawPalette.colorOf(floor.preset())));
            marker.setStroke(new BasicStroke(floor.active() ? 1.6f : 1f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 4f}, 0f));
            if (floor.active()) {
                marker.setLabel(java.text.MessageFormat.format(bundle.getString("chart.floor"),
                        QuantityFormat.constant(floor.loss())));
                marker.setLabelPaint(style().foreground());
                marker.setLabelFont(style().font().deriveFont(Font.PLAIN, style().font().getSize2D() - 1));
                marker.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
                marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            }
            plot.addRangeMarker(0, marker, org.jfree.chart.ui.Layer.FOREGROUND, false);
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
        JFreeChart chart = new JFreeChart(onScreen ? null : title(axis), null, plot, !onScreen);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
        return chart;
    }

    /** The title of the chart of one axis. */
    public String title(Axis axis) {
        return bundle.getString("chart." + axis.name().toLowerCase(java.util.Locale.ROOT) + ".title");
    }

    /** The legend shared by the three charts: one entry per law, and Kaplan's compute fit. */
    public List<LegendEntry> legend(Figure figure) {
        List<LegendEntry> entries = new java.util.ArrayList<>();
        for (LawSeries law : figure.byParams()) {
            entries.add(new LegendEntry(lawName(law.preset()), style().ink(LawPalette.colorOf(law.preset())), false,
                    law.active()));
        }
        entries.add(new LegendEntry(bundle.getString("chart.kaplanMinCompute"),
                style().ink(LawPalette.colorOf(LawPreset.KAPLAN_2020)), true, false));
        return entries;
    }

    private String lawName(LawPreset preset) {
        return bundle.getString("law." + preset.id());
    }

    private static double[][] xy(LossCurve curve) {
        return new double[][] {curve.x(), curve.loss()};
    }
}
