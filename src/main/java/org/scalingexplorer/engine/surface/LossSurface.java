package org.scalingexplorer.engine.surface;

import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * The loss valley: L(N, D) sampled on a grid evenly spaced in log10 N (columns) and log10 D (rows).
 * The arrays are allocated once, for one grid size, and every {@link #recompute} overwrites them, so a
 * view can copy the new heights into an existing mesh without rebuilding its topology. Values are
 * row-major: {@code losses()[row * columns() + column]} is the loss at
 * {@code log10Params()[column]}, {@code log10Tokens()[row]}.
 *
 * <p>Not thread-safe: one surface per view, recomputed on one thread.
 */
public final class LossSurface {

    private final int columns;
    private final int rows;
    private final double[] log10Params;
    private final double[] log10Tokens;
    private final double[] losses;
    /** N of each column, kept so a recompute takes one power of 10 per column and allocates nothing. */
    private final double[] params;
    private final MarchingSquares contourTracer;
    private ScalingLaw law;
    private SurfaceWindow window;
    private double minLoss = Double.NaN;
    private double maxLoss = Double.NaN;

    /** A surface of {@code columns} N samples by {@code rows} D samples; the views use 120 x 120 or more. */
    public LossSurface(int columns, int rows) {
        if (columns < 2 || rows < 2) {
            throw new IllegalArgumentException("a surface needs at least 2 x 2 points, got " + columns + " x " + rows);
        }
        this.columns = columns;
        this.rows = rows;
        log10Params = new double[columns];
        log10Tokens = new double[rows];
        losses = new double[columns * rows];
        params = new double[columns];
        contourTracer = new MarchingSquares(columns, rows);
    }

    /** Samples {@code law} over {@code window} into this surface's arrays. */
    public void recompute(ScalingLaw law, SurfaceWindow window) {
        if (law == null || window == null) {
            throw new IllegalArgumentException("a surface needs a law and a window");
        }
        fillLogSpaced(log10Params, window.log10ParamsMin(), window.log10ParamsMax());
        fillLogSpaced(log10Tokens, window.log10TokensMin(), window.log10TokensMax());
        for (int column = 0; column < columns; column++) {
            params[column] = Math.pow(10, log10Params[column]);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int row = 0; row < rows; row++) {
            double tokens = Math.pow(10, log10Tokens[row]);
            int base = row * columns;
            for (int column = 0; column < columns; column++) {
                double loss = law.loss(params[column], tokens);
                losses[base + column] = loss;
                min = Math.min(min, loss);
                max = Math.max(max, loss);
            }
        }
        this.minLoss = Require.finiteResult("minimum loss of the surface", min);
        this.maxLoss = Require.finiteResult("maximum loss of the surface", max);
        this.law = law;
        this.window = window;
    }

    private static void fillLogSpaced(double[] target, double from, double to) {
        double step = (to - from) / (target.length - 1);
        for (int i = 0; i < target.length; i++) {
            target[i] = from + i * step;
        }
        target[target.length - 1] = to;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** log10 N of each column; overwritten by {@link #recompute}. */
    public double[] log10Params() {
        return log10Params;
    }

    /** log10 D of each row; overwritten by {@link #recompute}. */
    public double[] log10Tokens() {
        return log10Tokens;
    }

    /** Loss at every grid point, row-major; overwritten by {@link #recompute}. */
    public double[] losses() {
        return losses;
    }

    public int index(int column, int row) {
        return row * columns + column;
    }

    public double loss(int column, int row) {
        return losses[index(column, row)];
    }

    public double minLoss() {
        requireComputed();
        return minLoss;
    }

    public double maxLoss() {
        requireComputed();
        return maxLoss;
    }

    /** The law of the last recompute, or null before the first. */
    public ScalingLaw law() {
        return law;
    }

    /** The window of the last recompute, or null before the first. */
    public SurfaceWindow window() {
        return window;
    }

    /**
     * Writes (log10 N, log10 D, loss) triples, row-major, into {@code target} of length 3 x columns x rows:
     * the mesh points before any view transform.
     */
    public void writeMeshPoints(float[] target) {
        requireComputed();
        requireLength(target, 3 * columns * rows, "mesh points");
        int out = 0;
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                target[out++] = (float) log10Params[column];
                target[out++] = (float) log10Tokens[row];
                target[out++] = (float) losses[row * columns + column];
            }
        }
    }

    /** Writes (loss - min) / (max - min) per grid point, row-major: a colour-map coordinate in 0..1. */
    public void writeNormalizedLoss(float[] target) {
        requireComputed();
        requireLength(target, columns * rows, "normalized losses");
        double range = maxLoss - minLoss;
        double scale = range > 0 ? 1 / range : 0;
        for (int i = 0; i < losses.length; i++) {
            target[i] = (float) ((losses[i] - minLoss) * scale);
        }
    }

    /**
     * Two triangles per grid cell as (point, texture) index pairs, texture index = point index: the
     * layout of a triangle mesh with one texture coordinate per point (JavaFX's POINT_TEXCOORD). The
     * topology depends only on the grid size, so a view builds it once.
     */
    public int[] meshFaces() {
        int[] faces = new int[(columns - 1) * (rows - 1) * 12];
        int out = 0;
        for (int row = 0; row < rows - 1; row++) {
            for (int column = 0; column < columns - 1; column++) {
                int p00 = index(column, row);
                int p10 = p00 + 1;
                int p01 = p00 + columns;
                int p11 = p01 + 1;
                for (int p : new int[] {p00, p10, p11, p00, p11, p01}) {
                    faces[out++] = p;
                    faces[out++] = p;
                }
            }
        }
        return faces;
    }

    /** Iso-loss contours at the given losses (nats per token), each traced over the current grid. */
    public List<IsoLossContour> contours(double... levels) {
        requireComputed();
        List<IsoLossContour> contours = new ArrayList<>(levels.length);
        for (double level : levels) {
            contours.add(new IsoLossContour(level, contourTracer.trace(losses, log10Params, log10Tokens, level)));
        }
        return contours;
    }

    /** {@code count} losses evenly spaced strictly between the surface's minimum and maximum. */
    public double[] evenLevels(int count) {
        requireComputed();
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        double[] levels = new double[count];
        double step = (maxLoss - minLoss) / (count + 1);
        for (int i = 0; i < count; i++) {
            levels[i] = minLoss + (i + 1) * step;
        }
        return levels;
    }

    private void requireComputed() {
        if (law == null) {
            throw new IllegalStateException("the surface has not been computed yet");
        }
    }

    private static void requireLength(float[] target, int length, String what) {
        if (target.length != length) {
            throw new IllegalArgumentException(what + " need an array of " + length + " floats, got " + target.length);
        }
    }
}
