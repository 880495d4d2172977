package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The local minima of a score sampled on a regular grid of one or two exponents, best first: each
 * is a basin the fast fit refines with L-BFGS. A point is a local minimum when no neighbour (the
 * eight around it in two dimensions) scores lower; non-finite scores never are.
 */
final class ScanMinima {

    private ScanMinima() {
    }

    /** Indices {i, j} of up to {@code count} local minima of {@code scores[i][j]}, lowest first. */
    static List<int[]> of(double[][] scores, int count) {
        List<int[]> minima = new ArrayList<>();
        int rows = scores.length;
        for (int i = 0; i < rows; i++) {
            int cols = scores[i].length;
            for (int j = 0; j < cols; j++) {
                double value = scores[i][j];
                if (!Double.isFinite(value)) {
                    continue;
                }
                boolean lowest = true;
                for (int di = -1; di <= 1 && lowest; di++) {
                    for (int dj = -1; dj <= 1; dj++) {
                        int ni = i + di;
                        int nj = j + dj;
                        if ((di == 0 && dj == 0) || ni < 0 || ni >= rows || nj < 0 || nj >= scores[ni].length) {
                            continue;
                        }
                        double other = scores[ni][nj];
                        // Ties go to the earlier point so a flat valley yields one minimum, not many.
                        if (other < value || (other == value && (ni < i || (ni == i && nj < j)))) {
                            lowest = false;
                            break;
                        }
                    }
                }
                if (lowest) {
                    minima.add(new int[] {i, j});
                }
            }
        }
        minima.sort(Comparator.comparingDouble(ij -> scores[ij[0]][ij[1]]));
        return minima.size() > count ? new ArrayList<>(minima.subList(0, count)) : minima;
    }

    /**
     * The starts a scan hands to L-BFGS: the local minima of the real objective at the scanned points
     * and of the least-squares proxy, {@code count} of each, without repeats, lowest real objective
     * first. Two criteria because the proxy (squared relative residuals) and the objective (Huber with
     * a small delta, close to absolute residuals) can disagree about which basin is best when runs scatter.
     */
    static List<double[]> starts(double[][] proxy, double[][] objective, double[][][] points, int count) {
        List<int[]> cells = new ArrayList<>(of(objective, count));
        for (int[] cell : of(proxy, count)) {
            if (cells.stream().noneMatch(c -> c[0] == cell[0] && c[1] == cell[1])) {
                cells.add(cell);
            }
        }
        cells.sort(Comparator.comparingDouble(c -> Double.isFinite(objective[c[0]][c[1]])
                ? objective[c[0]][c[1]] : Double.POSITIVE_INFINITY));
        List<double[]> starts = new ArrayList<>();
        for (int[] cell : cells) {
            if (points[cell[0]][cell[1]] != null) {
                starts.add(points[cell[0]][cell[1]]);
            }
        }
        return starts;
    }

    /** {@code count} values from {@code from} to {@code to}, evenly spaced. */
    static double[] linear(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = count == 1 ? from : from + (to - from) * i / (count - 1);
        }
        return values;
    }
}
