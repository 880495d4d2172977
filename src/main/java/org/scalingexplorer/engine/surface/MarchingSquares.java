package org.scalingexplorer.engine.surface;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Contour lines of a function sampled on a rectangular grid, by marching squares, joined into
 * polylines. Values are row-major, {@code values[row * columns + column]}; column coordinates run along
 * x (log10 N on a loss surface) and row coordinates along y (log10 D). Along each grid edge the
 * crossing is placed by linear interpolation; a saddle cell is resolved by the mean of its corners.
 *
 * <p>An instance holds its working buffers for one grid size, so tracing many levels while a slider
 * moves allocates little more than the output. Not thread-safe.
 */
public final class MarchingSquares {

    private static final int NONE = -1;

    private final int columns;
    private final int rows;
    private final int horizontalEdges;
    /** Where the contour crosses each grid edge; meaningful only for edges touched at this level. */
    private final double[] crossingX;
    private final double[] crossingY;
    /** The one or two edges each crossing links to through a cell, or NONE. */
    private final int[] linkA;
    private final int[] linkB;
    private final int[] visitedStamp;
    private final int[] touched;
    private int touchedCount;
    private int stamp;
    private double[] bufferX = new double[256];
    private double[] bufferY = new double[256];

    public MarchingSquares(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a contour grid needs at least 2 x 2 points, got "
                    + columns + " x " + rows);
        }
        this.columns = columns;
        this.rows = rows;
        this.horizontalEdges = (columns - 1) * rows;
        int edges = horizontalEdges + columns * (rows - 1);
        crossingX = new double[edges];
        crossingY = new double[edges];
        linkA = new int[edges];
        linkB = new int[edges];
        visitedStamp = new int[edges];
        touched = new int[edges];
        Arrays.fill(linkA, NONE);
        Arrays.fill(linkB, NONE);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /**
     * The contour {@code value = level}: open lines end on the grid's border, closed ones repeat their
     * first point. Corners exactly at the level count as above it.
     */
    public List<ContourLine> trace(double[] values, double[] columnCoordinates, double[] rowCoordinates,
                                   double level) {
        if (values.length != columns * rows || columnCoordinates.length != columns
                || rowCoordinates.length != rows) {
            throw new IllegalArgumentException("grid arrays do not match " + columns + " x " + rows);
        }
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("contour level must be finite, got " + level);
        }
        touchedCount = 0;
        for (int row = 0; row < rows - 1; row++) {
            int base = row * columns;
            for (int column = 0; column < columns - 1; column++) {
                double v00 = values[base + column];
                double v10 = values[base + column + 1];
                double v01 = values[base + columns + column];
                double v11 = values[base + columns + column + 1];
                int code = (v00 >= level ? 1 : 0) | (v10 >= level ? 2 : 0)
                        | (v11 >= level ? 4 : 0) | (v01 >= level ? 8 : 0);
                if (code == 0 || code == 15) {
                    continue;
                }
                int bottom = NONE;
                int right = NONE;
                int top = NONE;
                int left = NONE;
                if (((code ^ (code >> 1)) & 1) != 0) {
                    bottom = horizontalEdge(column, row);
                    cross(bottom, columnCoordinates[column], columnCoordinates[column + 1], rowCoordinates[row],
                            v00, v10, level, true);
                }
                if ((((code >> 1) ^ (code >> 2)) & 1) != 0) {
                    right = verticalEdge(column + 1, row);
                    cross(right, rowCoordinates[row], rowCoordinates[row + 1], columnCoordinates[column + 1],
                            v10, v11, level, false);
                }
                if ((((code >> 3) ^ (code >> 2)) & 1) != 0) {
                    top = horizontalEdge(column, row + 1);
                    cross(top, columnCoordinates[column], columnCoordinates[column + 1], rowCoordinates[row + 1],
                            v01, v11, level, true);
                }
                if (((code ^ (code >> 3)) & 1) != 0) {
                    left = verticalEdge(column, row);
                    cross(left, rowCoordinates[row], rowCoordinates[row + 1], columnCoordinates[column],
                            v00, v01, level, false);
                }
                if (code == 5 || code == 10) {
                    boolean centreAbove = (v00 + v10 + v01 + v11) / 4 >= level;
                    // Code 5 has the lower-left and upper-right corners above. If the centre is above too,
                    // those corners join through it and the lines cut off the other two corners.
                    if ((code == 5) == centreAbove) {
                        link(bottom, right);
                        link(left, top);
                    } else {
                        link(left, bottom);
                        link(right, top);
                    }
                } else {
                    // Exactly two edges are crossed: the first and the last of bottom, right, top, left.
                    int first = bottom != NONE ? bottom : right != NONE ? right : top;
                    int second = left != NONE ? left : top != NONE ? top : right;
                    link(first, second);
                }
            }
        }
        return joinIntoLines();
    }

    private int horizontalEdge(int column, int row) {
        return row * (columns - 1) + column;
    }

    private int verticalEdge(int column, int row) {
        return horizontalEdges + row * columns + column;
    }

    private void cross(int edge, double from, double to, double fixed, double valueFrom, double valueTo,
                       double level, boolean alongColumns) {
        if (linkA[edge] != NONE) {
            return;
        }
        double t = (level - valueFrom) / (valueTo - valueFrom);
        double moving = from + t * (to - from);
        crossingX[edge] = alongColumns ? moving : fixed;
        crossingY[edge] = alongColumns ? fixed : moving;
    }

    private void link(int edge, int other) {
        attach(edge, other);
        attach(other, edge);
    }

    private void attach(int edge, int other) {
        if (linkA[edge] == NONE) {
            linkA[edge] = other;
            touched[touchedCount++] = edge;
        } else {
            linkB[edge] = other;
        }
    }

    private List<ContourLine> joinIntoLines() {
        stamp++;
        List<ContourLine> lines = new ArrayList<>();
        // Open lines first: they start at a crossing with a single link, which lies on the border.
        for (int i = 0; i < touchedCount; i++) {
            int edge = touched[i];
            if (linkB[edge] == NONE && visitedStamp[edge] != stamp) {
                lines.add(walk(edge, false));
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            int edge = touched[i];
            if (visitedStamp[edge] != stamp) {
                lines.add(walk(edge, true));
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            linkA[touched[i]] = NONE;
            linkB[touched[i]] = NONE;
        }
        return lines;
    }

    private ContourLine walk(int start, boolean closed) {
        int count = 0;
        int previous = NONE;
        int current = start;
        while (current != NONE && visitedStamp[current] != stamp) {
            visitedStamp[current] = stamp;
            count = append(count, crossingX[current], crossingY[current]);
            int next = linkA[current] == previous ? linkB[current] : linkA[current];
            previous = current;
            current = next;
        }
        if (closed) {
            count = append(count, crossingX[start], crossingY[start]);
        }
        return new ContourLine(Arrays.copyOf(bufferX, count), Arrays.copyOf(bufferY, count), closed);
    }

    private int append(int count, double x, double y) {
        if (count == bufferX.length) {
            bufferX = Arrays.copyOf(bufferX, count * 2);
            bufferY = Arrays.copyOf(bufferY, count * 2);
        }
        bufferX[count] = x;
        bufferY[count] = y;
        return count + 1;
    }
}
