package org.scalingexplorer.ui.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where to put small labels next to their markers so that no label box crosses a plotted line, covers
 * a marker or another label, or leaves the plot. Pure geometry in screen coordinates (y down): the
 * caller adds the lines and markers to avoid, then places labels one by one; each placed label becomes
 * an obstacle for the next. Candidates are tried ring by ring around the marker (below, above, right,
 * left, then the diagonals, at growing distance) and the first free one wins; when none is free the one
 * crossing least is taken and reported as not free.
 */
public final class LabelPlacement {
    /** Where a label may sit around its marker, as a step in screen x and y (y down). */
    public enum Side {
        BELOW(0, 1), ABOVE(0, -1), RIGHT(1, 0), LEFT(-1, 0),
        BELOW_RIGHT(1, 1), BELOW_LEFT(-1, 1), ABOVE_RIGHT(1, -1), ABOVE_LEFT(-1, -1);

        private final double dx;
        private final double dy;

        Side(double dx, double dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** The order tried unless told otherwise: below first, as labels under minima read best. */
    public static final List<Side> BELOW_FIRST = List.of(Side.values());
    private static final double CELL = 24;
    /** Distance from the marker's edge to the label, and the step from one ring to the next. */
    private final double gap;
    private final double step;
    private final int rings;
    /** How far beyond the first ring a label may go before a leader line joins it to its marker. */
    private final double leaderBeyond;
    private final Rectangle2D bounds;
    private final List<Side> order;
    private final List<double[]> segments = new ArrayList<>();
    private final List<Rectangle2D> obstacles = new ArrayList<>();
    private int[][] cells;
    private int columns;
    private int rows;
    private int[] seen = new int[0];
    private int stamp;

    /** What to label: the marker's centre and radius, and the size of the text's box. */
    public record Request(double anchorX, double anchorY, double markerRadius, double width, double height) {
    }

    /**
     * Where a label went. {@code free} is false when every candidate crossed something and the least bad
     * one was taken; {@code leader} says the label sits far enough from its marker to need a line to it.
     */
    public record Placement(Rectangle2D box, boolean free, boolean leader) {
        /** The point of the box nearest to (x, y): where a leader line from the marker ends. */
        public double[] nearestTo(double x, double y) {
            return new double[] {Math.max(box.getMinX(), Math.min(x, box.getMaxX())),
                    Math.max(box.getMinY(), Math.min(y, box.getMaxY()))};
        }
    }

    /**
     * @param bounds the plot area every label must stay inside
     * @param gap pixels between a marker's edge and the nearest label edge
     * @param maxDistance the farthest (beyond the marker's edge) a label is tried
     */
    public LabelPlacement(Rectangle2D bounds, double gap, double maxDistance) {
        this(bounds, gap, maxDistance, BELOW_FIRST);
    }

    /** As above, trying the sides of each ring in the given order. */
    public LabelPlacement(Rectangle2D bounds, double gap, double maxDistance, List<Side> order) {
        this.bounds = (Rectangle2D) bounds.clone();
        this.order = List.copyOf(order);
        this.gap = gap;
        this.step = Math.max(2, gap);
        this.rings = Math.max(1, (int) Math.ceil((maxDistance - gap) / step) + 1);
        this.leaderBeyond = 3 * step;
    }

    /** A plotted line as screen points; a NaN coordinate breaks it, as a renderer leaves a gap there. */
    public void addPolyline(double[] xs, double[] ys) {
        for (int i = 1; i < xs.length; i++) {
            double x1 = xs[i - 1];
            double y1 = ys[i - 1];
            double x2 = xs[i];
            double y2 = ys[i];
            if (Double.isFinite(x1) && Double.isFinite(y1) && Double.isFinite(x2) && Double.isFinite(y2)
                    && bounds.intersectsLine(x1, y1, x2, y2)) {
                segments.add(new double[] {x1, y1, x2, y2});
            }
        }
        cells = null;
    }

    /** A box no label may overlap: a marker, a legend, a label placed by someone else. */
    public void addObstacle(Rectangle2D box) {
        obstacles.add((Rectangle2D) box.clone());
    }

    /** Places one label and keeps its box as an obstacle for the labels after it. */
    public Placement place(Request request) {
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        int bestRing = 0;
        for (int ring = 0; ring < rings; ring++) {
            double distance = request.markerRadius() + gap + ring * step;
            for (Side side : order) {
                Rectangle2D box = candidate(request, side, distance);
                if (!inside(box)) {
                    continue;
                }
                double cost = cost(box);
                if (cost == 0) {
                    return keep(new Placement(box, true, ring * step > leaderBeyond));
                }
                if (cost < bestCost) {
                    best = box;
                    bestCost = cost;
                    bestRing = ring;
                }
            }
        }
        if (best == null) {
            // Nothing fits inside the plot (a tiny chart): put it below, clamped into the plot.
            best = clamp(candidate(request, order.get(0), request.markerRadius() + gap));
        }
        return keep(new Placement(best, false, bestRing * step > leaderBeyond));
    }

    private Placement keep(Placement placement) {
        obstacles.add(placement.box());
        return placement;
    }

    /** The box at {@code distance} from the anchor in one compass direction, its near edge or corner facing the marker. */
    private static Rectangle2D candidate(Request request, Side side, double distance) {
        double dx = side.dx;
        double dy = side.dy;
        if (dx != 0 && dy != 0) {
            distance *= Math.sqrt(0.5);
        }
        double w = request.width();
        double h = request.height();
        double x = dx > 0 ? request.anchorX() + distance : dx < 0 ? request.anchorX() - distance - w
                : request.anchorX() - w / 2;
        double y = dy > 0 ? request.anchorY() + distance : dy < 0 ? request.anchorY() - distance - h
                : request.anchorY() - h / 2;
        return new Rectangle2D.Double(x, y, w, h);
    }

    private boolean inside(Rectangle2D box) {
        return box.getMinX() >= bounds.getMinX() && box.getMinY() >= bounds.getMinY()
                && box.getMaxX() <= bounds.getMaxX() && box.getMaxY() <= bounds.getMaxY();
    }

    private Rectangle2D clamp(Rectangle2D box) {
        double x = Math.max(bounds.getMinX(), Math.min(box.getX(), bounds.getMaxX() - box.getWidth()));
        double y = Math.max(bounds.getMinY(), Math.min(box.getY(), bounds.getMaxY() - box.getHeight()));
        return new Rectangle2D.Double(x, y, box.getWidth(), box.getHeight());
    }

    /** How badly a box sits: each obstacle overlapped counts as much as many crossed segments. */
    private double cost(Rectangle2D box) {
        double cost = 0;
        for (Rectangle2D obstacle : obstacles) {
            if (obstacle.intersects(box)) {
                cost += 100;
            }
        }
        return cost + crossings(box);
    }

    /** Segments that touch the box grown by one pixel, so a line never grazes the text's edge. */
    private int crossings(Rectangle2D box) {
        index();
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - 1, box.getY() - 1, box.getWidth() + 2,
                box.getHeight() + 2);
        stamp++;
        int count = 0;
        int c0 = column(grown.getMinX());
        int c1 = column(grown.getMaxX());
        int r0 = row(grown.getMinY());
        int r1 = row(grown.getMaxY());
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int[] bucket = cells[r * columns + c];
                for (int i = 1; i <= bucket[0]; i++) {
                    int s = bucket[i];
                    if (seen[s] == stamp) {
                        continue;
                    }
                    seen[s] = stamp;
                    double[] seg = segments.get(s);
                    if (grown.intersectsLine(seg[0], seg[1], seg[2], seg[3])) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Buckets the segments by grid cell, so a candidate looks only at the segments near it. */
    private void index() {
        if (cells != null) {
            return;
        }
        columns = Math.max(1, (int) Math.ceil(bounds.getWidth() / CELL) + 1);
        rows = Math.max(1, (int) Math.ceil(bounds.getHeight() / CELL) + 1);
        cells = new int[columns * rows][];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new int[] {0};
        }
        for (int s = 0; s < segments.size(); s++) {
            double[] seg = segments.get(s);
            int c0 = column(Math.min(seg[0], seg[2]));
            int c1 = column(Math.max(seg[0], seg[2]));
            int r0 = row(Math.min(seg[1], seg[3]));
            int r1 = row(Math.max(seg[1], seg[3]));
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    int[] bucket = cells[r * columns + c];
                    if (bucket[0] + 1 == bucket.length) {
                        bucket = Arrays.copyOf(bucket, Math.max(4, bucket.length * 2));
                        cells[r * columns + c] = bucket;
                    }
                    bucket[++bucket[0]] = s;
                }
            }
        }
        seen = new int[segments.size()];
        stamp = 0;
    }

    private int column(double x) {
        return Math.max(0, Math.min(columns - 1, (int) Math.floor((x - bounds.getMinX()) / CELL)));
    }

    private int row(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - bounds.getMinY()) / CELL)));
    }
}
