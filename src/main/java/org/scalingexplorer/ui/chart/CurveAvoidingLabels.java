package org.scalingexplorer.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;

/**
 * Draws the item labels of one dataset of a plot where they cross no plotted line, marker or other
 * label and stay inside the plot ({@link LabelPlacement}), with a thin leader line when a label had to
 * move far from its marker. The labelled dataset's renderer must be a {@link MarkerRenderer}, which
 * leaves its labels to this annotation; their text, font and colour stay the renderer's, so theme and
 * contrast rules reach them as any item label. Drawn on screen and in every export alike.
 */
public final class CurveAvoidingLabels extends AbstractXYAnnotation {
    private static final double PADDING = 2;
    private static final double GAP = 3;
    private static final double MAX_DISTANCE = 160;
    private final int dataset;
    private List<Rectangle2D> lastBoxes = List.of();

    /** Labels the items of the plot's dataset at index {@code dataset}. */
    public CurveAvoidingLabels(int dataset) {
        this.dataset = dataset;
    }

    /**
     * Lines and markers whose item labels a {@link CurveAvoidingLabels} draws: the renderer decides
     * which items are labelled and how, but draws no label itself.
     */
    public static class MarkerRenderer extends XYLineAndShapeRenderer {
        public MarkerRenderer(boolean lines, boolean shapes) {
            super(lines, shapes);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, XYDataset dataset, int series,
                                     int item, double x, double y, boolean negative) {
            // Placed and drawn by CurveAvoidingLabels once every series is known.
        }
    }

    /** The label boxes of the last drawing, in the coordinates of the Graphics2D it was drawn on. */
    public List<Rectangle2D> lastBoxes() {
        return lastBoxes;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        XYDataset labelled = plot.getDataset(dataset);
        XYItemRenderer renderer = plot.getRenderer(dataset);
        if (labelled == null || renderer == null) {
            lastBoxes = List.of();
            return;
        }
        LabelPlacement placement = new LabelPlacement(dataArea, GAP, MAX_DISTANCE);
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            addObstacles(placement, plot, d, dataArea);
        }
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int s = 0; s < labelled.getSeriesCount(); s++) {
            if (!renderer.isSeriesVisible(s)) {
                continue;
            }
            for (int i = 0; i < labelled.getItemCount(s); i++) {
                if (!renderer.isItemLabelVisible(s, i)) {
                    continue;
                }
                XYItemLabelGenerator generator = renderer.getItemLabelGenerator(s, i);
                String text = generator == null ? null : generator.generateLabel(labelled, s, i);
                double x = screenX(plot, dataset, labelled.getXValue(s, i), dataArea);
                double y = screenY(plot, dataset, labelled.getYValue(s, i), dataArea);
                if (text == null || text.isBlank() || !dataArea.contains(x, y)) {
                    continue;
                }
                Font font = renderer.getItemLabelFont(s, i);
                FontMetrics metrics = g2.getFontMetrics(font);
                double radius = markerRadius(renderer, s, i);
                LabelPlacement.Placement placed = placement.place(new LabelPlacement.Request(x, y, radius,
                        metrics.stringWidth(text) + 2 * PADDING, metrics.getAscent() + metrics.getDescent() + 2 * PADDING));
                Paint paint = renderer.getItemLabelPaint(s, i);
                Rectangle2D box = placed.box();
                if (placed.leader()) {
                    leader(g2, paint, x, y, radius, placed.nearestTo(x, y));
                }
                g2.setFont(font);
                g2.setPaint(paint);
                g2.drawString(text, (float) (box.getX() + PADDING), (float) (box.getY() + PADDING + metrics.getAscent()));
                boxes.add(box);
            }
        }
        lastBoxes = List.copyOf(boxes);
    }

    /** Every line drawn by the plot's dataset {@code d}, and its markers as boxes. */
    private static void addObstacles(LabelPlacement placement, XYPlot plot, int d, Rectangle2D dataArea) {
        XYDataset data = plot.getDataset(d);
        XYItemRenderer renderer = plot.getRenderer(d);
        if (data == null || renderer == null) {
            return;
        }
        for (int s = 0; s < data.getSeriesCount(); s++) {
            if (!renderer.isSeriesVisible(s) || data.getItemCount(s) == 0) {
                continue;
            }
            int n = data.getItemCount(s);
            double[] xs = new double[n];
            double[] ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = screenX(plot, d, data.getXValue(s, i), dataArea);
                ys[i] = screenY(plot, d, data.getYValue(s, i), dataArea);
            }
            boolean lines = !(renderer instanceof XYLineAndShapeRenderer lineRenderer) || lineRenderer.getItemLineVisible(s, 0);
            boolean shapes = renderer instanceof XYLineAndShapeRenderer lineRenderer && lineRenderer.getItemShapeVisible(s, 0);
            if (lines) {
                placement.addPolyline(xs, ys);
            }
            if (shapes) {
                for (int i = 0; i < n; i++) {
                    Shape shape = renderer.getItemShape(s, i);
                    if (Double.isFinite(xs[i]) && Double.isFinite(ys[i]) && shape != null) {
                        Rectangle2D bounds = shape.getBounds2D();
                        placement.addObstacle(new Rectangle2D.Double(xs[i] + bounds.getX(), ys[i] + bounds.getY(),
                                bounds.getWidth(), bounds.getHeight()));
                    }
                }
            }
        }
    }

    private static double markerRadius(XYItemRenderer renderer, int series, int item) {
        Shape shape = renderer.getItemShape(series, item);
        if (shape == null) {
            return 0;
        }
        Rectangle2D bounds = shape.getBounds2D();
        return Math.max(bounds.getWidth(), bounds.getHeight()) / 2;
    }

    /** A hairline from the marker's edge to the nearest point of the label's box. */
    private static void leader(Graphics2D g2, Paint paint, double x, double y, double radius, double[] near) {
        double nearX = near[0];
        double nearY = near[1];
        double length = Math.hypot(nearX - x, nearY - y);
        if (length <= radius) {
            return;
        }
        double startX = x + (nearX - x) * radius / length;
        double startY = y + (nearY - y) * radius / length;
        g2.setPaint(paint instanceof Color c ? new Color(c.getRed(), c.getGreen(), c.getBlue(), 170) : paint);
        g2.setStroke(new BasicStroke(0.8f));
        g2.draw(new Line2D.Double(startX, startY, nearX, nearY));
    }

    /** Plots here are vertical: x along the domain axis, y along the range axis. */
    private static double screenX(XYPlot plot, int d, double value, Rectangle2D dataArea) {
        return plot.getDomainAxisForDataset(d).valueToJava2D(value, dataArea, plot.getDomainAxisEdge());
    }

    private static double screenY(XYPlot plot, int d, double value, Rectangle2D dataArea) {
        return plot.getRangeAxisForDataset(d).valueToJava2D(value, dataArea, plot.getRangeAxisEdge());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurveAvoidingLabels labels && labels.dataset == dataset;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(dataset);
    }
}
