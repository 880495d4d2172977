package org.scalingexplorer.ui.curves;

import java.awt.Color;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.curves.Approach1Fit;
import org.scalingexplorer.engine.curves.CheckpointFitComparison;
import org.scalingexplorer.engine.curves.EnvelopePoint;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;
import org.scalingexplorer.engine.fit.PowerLaw;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.SeriesPalette;

/**
 * The six charts of the Curves view, two per analysis: the curves with their envelope; Approach 1's
 * N_opt(C) and D_opt(C); Approach 2 on mid-schedule against finished checkpoints; the schedule law's
 * prediction and the truncated-cosine trap. Draws what it is given; computes nothing but the points
 * of a power law it is handed.
 */
public final class CurvesCharts extends ChartSet {

    /** One chart; the id names its title key and its viewer's node id. */
    public enum Chart {
        CURVES("curves"), APPROACH1_PARAMS("curves-a1-params"), APPROACH1_TOKENS("curves-a1-tokens"),
        CHECKPOINTS("curves-checkpoints"), SCHEDULE_PREDICTION("curves-schedule"), SCHEDULE_TRAP("curves-trap");

        private final String id;

        Chart(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    private static final Color MID_SCHEDULE = SeriesPalette.color(3);
    private static final Color FINISHED = SeriesPalette.color(0);
    private static final Color PREDICTED = SeriesPalette.color(1);
    private static final Color OBSERVED = SeriesPalette.color(2);

    private final ResourceBundle bundle;
    private final Map<Chart, JFreeChart> charts = new EnumMap<>(Chart.class);
    /** What each chart shows, to draw it again in a new style (legend colours are fixed items). */
    private final Map<Chart, Runnable> redraw = new EnumMap<>(Chart.class);

    public CurvesCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        for (Chart chart : Chart.values()) {
            charts.put(chart, create(chart));
        }
    }

    public JFreeChart chart(Chart chart) {
        return charts.get(chart);
    }

    @Override
    public List<JFreeChart> all() {
        return List.copyOf(charts.values());
    }

    /** The charts of one panel of the view, in order. */
    public List<JFreeChart> of(CurvesViewModel.Panel panel) {
        return switch (panel) {
            case CURVES -> List.of(chart(Chart.CURVES));
            case APPROACH_1 -> List.of(chart(Chart.APPROACH1_PARAMS), chart(Chart.APPROACH1_TOKENS));
            case FINAL_CHECKPOINTS -> List.of(chart(Chart.CHECKPOINTS));
            case SCHEDULE_LAW -> List.of(chart(Chart.SCHEDULE_PREDICTION), chart(Chart.SCHEDULE_TRAP));
        };
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        redraw.values().forEach(Runnable::run);
    }

    /** The curves coloured by size, mid-schedule checkpoints as rings (when shown), the envelope over them. */
    public void showCurves(CurvesPlot plot, CurvesViewModel.XAxis axis, boolean showMid) {
        redraw.put(Chart.CURVES, () -> showCurves(plot, axis, showMid));
        JFreeChart chart = charts.get(Chart.CURVES);
        chart.getXYPlot().getDomainAxis().setLabel(text(axis == CurvesViewModel.XAxis.TOKENS ? "axis.tokens"
                : "axis.compute"));
        XYLayers layers = new XYLayers();
        if (plot != null) {
            SizeColours colours = new SizeColours(plot.sizes().stream().map(CurvesPlot.SizeSeries::params).toList());
            for (CurvesPlot.SizeSeries size : plot.sizes()) {
                layers.line(format("curves.series.size", SizeColours.label(size.params()), size.curves()), true,
                        size.lineX(), size.lineY(), colours.of(size.params()), 1.3f, null);
            }
            for (CurvesPlot.SizeSeries size : plot.sizes()) {
                if (showMid) {
                    layers.points(format("curves.series.mid", SizeColours.label(size.params())), false, size.midX(),
                            size.midY(), colours.of(size.params()), XYLayers.RING, false);
                }
                layers.points(format("curves.series.end", SizeColours.label(size.params())), false, size.endX(),
                        size.endY(), colours.of(size.params()), XYLayers.DOT, true);
            }
            layers.line(text("curves.series.envelope"), true, plot.envelopeX(), plot.envelopeLoss(), style().foreground(),
                    2.6f, XYLayers.DASH);
            if (showMid && plot.sizes().stream().anyMatch(s -> s.midX().length > 0)) {
                layers.legendItem(text("curves.legend.mid"), XYLayers.RING, false, style().foreground());
            }
            layers.legendItem(text("curves.legend.end"), XYLayers.DOT, true, style().foreground());
        }
        set(chart, layers);
    }

    /** Approach 1: the sizes and tokens holding the envelope, and the power laws through them. */
    public void showApproach1(Approach1Fit fit) {
        redraw.put(Chart.APPROACH1_PARAMS, () -> showApproach1(fit));
        XYLayers params = new XYLayers();
        XYLayers tokens = new XYLayers();
        if (fit != null) {
            List<EnvelopePoint> points = fit.envelope().points();
            double[] flops = points.stream().mapToDouble(EnvelopePoint::flops).toArray();
            double[] sizes = points.stream().mapToDouble(EnvelopePoint::params).toArray();
            double[] seen = points.stream().mapToDouble(EnvelopePoint::tokens).toArray();
            params.points(text("curves.series.envelopeHolders"), true, flops, sizes, FINISHED, XYLayers.SMALL_DOT, true);
            tokens.points(text("curves.series.envelopeTokens"), true, flops, seen, FINISHED, XYLayers.SMALL_DOT, true);
            powerLaw(params, format("curves.series.aLaw", exponent(fit.aExponent())), fit.paramsLaw(), flops, PREDICTED);
            powerLaw(tokens, format("curves.series.bLaw", exponent(fit.bExponent())), fit.tokensLaw(), flops, PREDICTED);
        }
        set(charts.get(Chart.APPROACH1_PARAMS), params);
        set(charts.get(Chart.APPROACH1_TOKENS), tokens);
    }

    /** Approach 2's compute-optimal sizes from mid-schedule and from finished checkpoints, with their laws. */
    public void showCheckpoints(CheckpointFitComparison comparison) {
        redraw.put(Chart.CHECKPOINTS, () -> showCheckpoints(comparison));
        XYLayers layers = new XYLayers();
        if (comparison != null) {
            side(layers, comparison.midSchedule(), "curves.series.midOptima", "curves.series.midLaw", MID_SCHEDULE, false);
            side(layers, comparison.finished(), "curves.series.finishedOptima", "curves.series.finishedLaw", FINISHED,
                    true);
        }
        set(charts.get(Chart.CHECKPOINTS), layers);
    }

    private void side(XYLayers layers, CheckpointFitComparison.Side side, String optimaKey, String lawKey, Color colour,
                      boolean filled) {
        layers.points(format(optimaKey, side.runs()), true, side.optimumFlops(), side.optimumParams(), colour,
                XYLayers.DOT, filled);
        if (side.paramsLaw() != null) {
            powerLaw(layers, format(lawKey, exponent(side.paramsLaw().exponent())), side.paramsLaw(),
                    side.optimumFlops(), colour);
        }
    }

    /** How far the trap's fitted laws run past the first and last read step (a factor). */
    private static final double TRAP_LINE_MARGIN = 1.3;

    /** The schedule law: fitted curves and the law through them, the predicted curve, the observed one. */
    public void showSchedule(ScheduleLawResult result) {
        redraw.put(Chart.SCHEDULE_PREDICTION, () -> showSchedule(result));
        XYLayers prediction = new XYLayers();
        XYLayers trap = new XYLayers();
        if (result != null && result.hasFit()) {
            for (ScheduleLawResult.Trace fitted : result.fitted()) {
                prediction.points(format("curves.series.fitRun", fitted.name()), true, fitted.steps(), fitted.losses(),
                        FINISHED, XYLayers.SMALL_DOT, true);
                prediction.line(format("curves.series.fitLaw", fitted.name()), false, fitted.steps(), fitted.lawLosses(),
                        FINISHED, 1.4f, null);
            }
            ScheduleLawResult.Trace predicted = result.predicted();
            prediction.line(format("curves.series.predicted", text("curves.shape." + result.target().id()),
                    result.target().totalSteps()), true, predicted.steps(), predicted.losses(), PREDICTED, 2.4f,
                    XYLayers.DASH);
            if (result.observed() != null) {
                prediction.points(format("curves.series.observed", result.observed().name()), true,
                        result.observed().steps(), result.observed().losses(), OBSERVED, XYLayers.RING, false);
            }
        }
        if (result != null && result.trap() != null) {
            TruncatedCosineTrap found = result.trap();
            double[] steps = new double[found.steps().length];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = found.steps()[i];
            }
            trap.points(text("curves.series.earlyReads"), true, steps, found.earlyReadLosses(), MID_SCHEDULE,
                    XYLayers.RING, false);
            trap.points(text("curves.series.ended"), true, steps, found.endedLosses(), FINISHED, XYLayers.DOT, true);
            // The fitted laws run a little past the points: the axis then spans a decade or more and is
            // labelled 1-2-5, instead of crowding 8,000, 10,000 and 12,000 at its right end.
            double[] span = logGrid(steps[0] / TRAP_LINE_MARGIN, steps[steps.length - 1] * TRAP_LINE_MARGIN);
            trap.line(format("curves.series.earlyLaw", exponent(found.earlyReadExponent())), true, span,
                    at(PowerLaw.fitLogLog(steps, found.earlyReadLosses()), span), MID_SCHEDULE, 1.6f, XYLayers.DASH);
            trap.line(format("curves.series.endedLaw", exponent(found.endedExponent())), true, span,
                    at(PowerLaw.fitLogLog(steps, found.endedLosses()), span), FINISHED, 1.6f, null);
        }
        set(charts.get(Chart.SCHEDULE_PREDICTION), prediction);
        set(charts.get(Chart.SCHEDULE_TRAP), trap);
    }

    /** A power law drawn over the span of {@code x}, through 60 points evenly spaced in log x. */
    private static void powerLaw(XYLayers layers, String name, PowerLaw law, double[] x, Color colour) {
        if (x.length < 2) {
            return;
        }
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (double value : x) {
            low = Math.min(low, value);
            high = Math.max(high, value);
        }
        double[] grid = logGrid(low, high);
        layers.line(name, true, grid, at(law, grid), colour, 2.2f, null);
    }

    /** 60 points evenly spaced in log x from {@code low} to {@code high}. */
    private static double[] logGrid(double low, double high) {
        double[] grid = new double[60];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = Math.exp(Math.log(low) + (Math.log(high) - Math.log(low)) * i / (grid.length - 1));
        }
        return grid;
    }

    private static double[] at(PowerLaw law, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = law.at(x[i]);
        }
        return y;
    }

    private void set(JFreeChart chart, XYLayers layers) {
        chart.setNotify(false);
        try {
            layers.setInto(chart.getXYPlot());
            style().apply(chart);
        } finally {
            chart.setNotify(true);
        }
    }

    private JFreeChart create(Chart which) {
        String xKey = switch (which) {
            case CURVES, APPROACH1_PARAMS, APPROACH1_TOKENS, CHECKPOINTS -> "axis.compute";
            case SCHEDULE_PREDICTION, SCHEDULE_TRAP -> "axis.curves.step";
        };
        String yKey = switch (which) {
            case CURVES, SCHEDULE_PREDICTION, SCHEDULE_TRAP -> "axis.loss";
            case APPROACH1_PARAMS, CHECKPOINTS -> "axis.curves.optimalParams";
            case APPROACH1_TOKENS -> "axis.curves.optimalTokens";
        };
        DecadeLogAxis x = new DecadeLogAxis(text(xKey));
        x.setDefaultAutoRange(which == Chart.SCHEDULE_PREDICTION || which == Chart.SCHEDULE_TRAP
                ? new Range(1e2, 1e5) : new Range(1e17, 1e21));
        DecadeLogAxis y = new DecadeLogAxis(text(yKey));
        y.setDefaultAutoRange(yKey.equals("axis.loss") ? new Range(2.5, 6) : new Range(1e7, 1e11));
        XYPlot plot = new XYPlot(new DefaultXYDataset(), x, y, null);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(text("chart." + which.id() + ".title"), null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 16));
        style().apply(chart);
        return chart;
    }

    private static String exponent(double value) {
        return String.format(java.util.Locale.ROOT, "%.3f", value);
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(text(key), args);
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
