package org.scalingexplorer.ui.curves;

import java.awt.BasicStroke;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * The series of one chart, put together before the plot sees them (a log axis cannot range over a
 * half-built dataset), then set in one go with their own legend. Lines, dots and hollow rings.
 */
final class XYLayers {
    static final Shape DOT = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    static final Shape SMALL_DOT = new Ellipse2D.Double(-2.5, -2.5, 5, 5);
    static final Shape RING = new Ellipse2D.Double(-3.5, -3.5, 7, 7);
    static final float[] DASH = {6f, 4f};

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
    private final LegendItemCollection legend = new LegendItemCollection();
    private int count;

    XYLayers() {
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultSeriesVisibleInLegend(false);
    }

    /** A line named {@code name} (in the legend when {@code inLegend}); NaN between points breaks it. */
    void line(String name, boolean inLegend, double[] x, double[] y, Paint paint, float width, float[] dash) {
        if (x.length == 0) {
            return;
        }
        int index = add(name, x, y, paint);
        renderer.setSeriesLinesVisible(index, true);
        renderer.setSeriesShapesVisible(index, false);
        BasicStroke stroke = dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, dash, 0f);
        renderer.setSeriesStroke(index, stroke);
        if (inLegend) {
            legend.add(new LegendItem(name, null, null, null, new java.awt.geom.Line2D.Double(-8, 0, 8, 0), stroke, paint));
        }
    }

    /** Points named {@code name}; {@code filled} false draws rings. */
    void points(String name, boolean inLegend, double[] x, double[] y, Paint paint, Shape shape, boolean filled) {
        if (x.length == 0) {
            return;
        }
        int index = add(name, x, y, paint);
        renderer.setSeriesLinesVisible(index, false);
        renderer.setSeriesShapesVisible(index, true);
        renderer.setSeriesShape(index, shape);
        renderer.setSeriesShapesFilled(index, filled);
        renderer.setSeriesStroke(index, new BasicStroke(1.3f));
        if (inLegend) {
            legendItem(name, shape, filled, paint);
        }
    }

    /** A legend entry no series carries: what a ring or a dot means, whatever its colour. */
    void legendItem(String name, Shape shape, boolean filled, Paint paint) {
        legend.add(new LegendItem(name, null, null, null, true, shape, filled, paint, !filled, paint,
                new BasicStroke(1.3f), false, new java.awt.geom.Line2D.Double(), new BasicStroke(1f), paint));
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Puts the series into {@code plot} as its only dataset, with this legend. */
    void setInto(XYPlot plot) {
        plot.setRenderer(0, renderer);
        plot.setDataset(0, dataset);
        plot.setFixedLegendItems(legend);
    }

    private int add(String name, double[] x, double[] y, Paint paint) {
        // Keys must differ; the CSV export names a series by its key, so it says what the series is.
        dataset.addSeries(new Key(name, count), new double[][] {x, y});
        renderer.setSeriesPaint(count, paint);
        return count++;
    }

    /** A series key: its name (what the CSV says), unique by its index. */
    private record Key(String name, int index) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            return Integer.compare(index, other.index);
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
