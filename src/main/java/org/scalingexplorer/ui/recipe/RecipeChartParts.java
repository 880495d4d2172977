package org.scalingexplorer.ui.recipe;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;

/** The pieces the Recipe view's charts are built from: axes, renderers, markers, in the window's style. */
final class RecipeChartParts {

    static final Shape DOT = new Ellipse2D.Double(-4.5, -4.5, 9, 9);
    static final Shape SMALL_DOT = new Ellipse2D.Double(-3, -3, 6, 6);

    private RecipeChartParts() {
    }

    static JFreeChart chart(String title, ValueAxis x, ValueAxis y) {
        XYPlot plot = new XYPlot(new DefaultXYDataset(), x, y, lines());
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 16));
        return chart;
    }

    static DecadeLogAxis log(String label) {
        return new DecadeLogAxis(label);
    }

    static NumberAxis linear(String label, double from, double to) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(from, to);
        return axis;
    }

    static XYLineAndShapeRenderer lines() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    static XYLineAndShapeRenderer points() {
        return new XYLineAndShapeRenderer(false, true);
    }

    static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f);
    }

    static Stroke dotted(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 3f}, 0f);
    }

    /** One series in a dataset, its index in the renderer. */
    static int add(DefaultXYDataset dataset, String key, double[] x, double[] y) {
        dataset.addSeries(key, new double[][] {x, y});
        return dataset.indexOf(key);
    }

    /** A labelled vertical line at {@code x}. */
    static void markX(XYPlot plot, double x, String label, ChartStyle style) {
        ValueMarker marker = new ValueMarker(x);
        plot.addDomainMarker(label(marker, label, style, RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
    }

    /** A labelled horizontal line at {@code y}. */
    static void markY(XYPlot plot, double y, String label, ChartStyle style) {
        ValueMarker marker = new ValueMarker(y);
        // Anchored above the line with the text's bottom there, so the dotted line never strikes through it.
        plot.addRangeMarker(label(marker, label, style, RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT));
    }

    /**
     * As {@link #markY}, with the label at the right end: where a line fitted over a window on the left
     * runs just above the mark (0.747 over Kaplan's 0.73), a label on the left was struck through.
     */
    static void markYAtRight(XYPlot plot, double y, String label, ChartStyle style) {
        ValueMarker marker = new ValueMarker(y);
        plot.addRangeMarker(label(marker, label, style, RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT));
    }

    /**
     * A marked point in the colour of its law's line, set off from the line: darker on a light plot,
     * lighter on a dark one (a darker blue vanished on the dark theme's background).
     */
    static Color pointColor(Color lawColor, ChartStyle style) {
        Color back = style.plotBackground();
        double luminance = 0.2126 * back.getRed() + 0.7152 * back.getGreen() + 0.0722 * back.getBlue();
        return luminance < 128 ? lawColor.brighter() : lawColor.darker();
    }

    /** A shaded band from {@code from} to {@code to} on the x axis, behind the data. */
    static void bandX(XYPlot plot, double from, double to, String label, ChartStyle style) {
        IntervalMarker band = new IntervalMarker(from, to);
        Color fill = style.grid();
        band.setPaint(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 110));
        band.setLabel(label);
        band.setLabelFont(smallFont(style));
        band.setLabelPaint(style.foreground());
        band.setLabelAnchor(RectangleAnchor.BOTTOM);
        band.setLabelTextAnchor(TextAnchor.BOTTOM_CENTER);
        band.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        plot.addDomainMarker(band, Layer.BACKGROUND);
    }

    private static Marker label(ValueMarker marker, String label, ChartStyle style, RectangleAnchor anchor,
                                TextAnchor textAnchor) {
        marker.setPaint(style.foreground());
        marker.setStroke(dotted(1f));
        marker.setLabel(label);
        marker.setLabelPaint(style.foreground());
        marker.setLabelFont(smallFont(style));
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        return marker;
    }

    static Font smallFont(ChartStyle style) {
        return style.font().deriveFont(Font.PLAIN, style.font().getSize2D() - 1);
    }

    /** A line under the title: which law and budget a chart shows, or what it waits for. */
    static void subtitle(JFreeChart chart, String text, ChartStyle style) {
        for (Object title : List.copyOf(chart.getSubtitles())) {
            if (title instanceof TextTitle old) {
                chart.removeSubtitle(old);
            }
        }
        TextTitle subtitle = new TextTitle(text, smallFont(style));
        subtitle.setPaint(style.foreground());
        chart.addSubtitle(0, subtitle);
    }

    static void clear(XYPlot plot) {
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            plot.setDataset(i, null);
        }
        plot.clearDomainMarkers();
        plot.clearRangeMarkers();
        plot.clearAnnotations();
    }
}
