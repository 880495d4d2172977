package org.scalingexplorer.engine.fit;

/**
 * Weighted least squares with non-negative coefficients for up to three unknowns, solved exactly
 * from the normal equations by trying every active set: the optimum is the unconstrained solution on
 * its own support, so the feasible subset solution with the smallest sum of squares is it. Used by
 * the fast fit to solve, for fixed exponents, for the coefficients (E, A, B) a loss is linear in.
 */
final class NonNegativeLeastSquares {

    /** The coefficients and the weighted sum of squares they leave. */
    record Solution(double[] coefficients, double sumOfSquares) {
    }

    private NonNegativeLeastSquares() {
    }

    /**
     * Minimises {@code yy - 2 c.xy + c' G c} over c >= 0, with {@code gram} G (k x k, symmetric) and
     * {@code xy} the weighted products of the features with the target.
     */
    static Solution solve(double[][] gram, double[] xy, double yy) {
        int k = xy.length;
        double bestSum = yy;
        double[] best = new double[k];
        double[] trial = new double[k];
        for (int mask = 1; mask < (1 << k); mask++) {
            if (!solveOn(mask, gram, xy, trial)) {
                continue;
            }
            boolean feasible = true;
            for (int i = 0; i < k; i++) {
                if (trial[i] < 0) {
                    feasible = false;
                    break;
                }
            }
            if (!feasible) {
                continue;
            }
            double sum = yy;
            for (int i = 0; i < k; i++) {
                sum -= 2 * trial[i] * xy[i];
                for (int j = 0; j < k; j++) {
                    sum += trial[i] * gram[i][j] * trial[j];
                }
            }
            if (sum < bestSum) {
                bestSum = sum;
                System.arraycopy(trial, 0, best, 0, k);
            }
        }
        return new Solution(best, Math.max(bestSum, 0));
    }

    /** The unconstrained solution with only the coefficients in {@code mask} free (others 0); false if singular. */
    private static boolean solveOn(int mask, double[][] gram, double[] xy, double[] out) {
        int k = xy.length;
        int[] index = new int[k];
        int m = 0;
        for (int i = 0; i < k; i++) {
            out[i] = 0;
            if ((mask & (1 << i)) != 0) {
                index[m++] = i;
            }
        }
        double[][] a = new double[m][m + 1];
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                a[r][c] = gram[index[r]][index[c]];
            }
            a[r][m] = xy[index[r]];
        }
        // Gaussian elimination with partial pivoting; m is at most 3.
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double scale = Math.abs(a[col][col]) + Math.abs(a[pivot][col]);
            if (!(Math.abs(a[pivot][col]) > 1e-14 * Math.max(scale, Double.MIN_NORMAL)) || a[pivot][col] == 0) {
                return false;
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int r = col + 1; r < m; r++) {
                double factor = a[r][col] / a[col][col];
                for (int c = col; c <= m; c++) {
                    a[r][c] -= factor * a[col][c];
                }
            }
        }
        for (int r = m - 1; r >= 0; r--) {
            double sum = a[r][m];
            for (int c = r + 1; c < m; c++) {
                sum -= a[r][c] * out[index[c]];
            }
            out[index[r]] = sum / a[r][r];
            if (!Double.isFinite(out[index[r]])) {
                return false;
            }
        }
        return true;
    }
}
