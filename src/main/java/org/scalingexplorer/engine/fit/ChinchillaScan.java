package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * The exponent scan of {@link ChinchillaForm} when E, A and B are all free (the usual case), written
 * for speed: the sums of the normal equations that depend on one exponent only are computed once per
 * exponent, each scanned pair adds one pass for the cross term, one for the re-weighted (robust)
 * solve and one for its score. Scores: the plain least-squares sum of squares and the robust
 * solution's sum of absolute relative residuals, a log-free stand-in for the Huber objective with its
 * small delta. {@link LinearPart} handles fixed coefficients, more slowly.
 */
final class ChinchillaScan {

    private static final double ROBUST_FLOOR = 1e-3;
    private static final double FLOOR_FRACTION = 1e-9;

    private ChinchillaScan() {
    }

    /**
     * Starts (a, b, e, alpha[, beta]) from the basins of the scan over {@code alphas} x {@code betas}
     * (pairs (alphas[j], alphas[j]) when {@code tied}); {@code fixed} may fix only exponents.
     */
    static List<double[]> starts(double[] loss, double[] logParams, double[] logTokens, double[] alphas, double[] betas,
                                 boolean tied, FixedCoordinates fixed, int candidates) {
        int n = loss.length;
        double[] w = new double[n];
        double[] inverse = new double[n];
        double minLoss = Double.POSITIVE_INFINITY;
        double sw = 0;
        double swl = 0;
        for (int i = 0; i < n; i++) {
            inverse[i] = 1 / loss[i];
            w[i] = inverse[i] * inverse[i];
            sw += w[i];
            swl += w[i] * loss[i];
            minLoss = Math.min(minLoss, loss[i]);
        }
        double yy = n; // sum w L^2 with w = 1/L^2
        double[][] u = ChinchillaForm.powers(logParams, alphas);
        double[][] v = ChinchillaForm.powers(logTokens, betas);
        Moments mu = Moments.of(u, w, loss);
        Moments mv = Moments.of(v, w, loss);
        int rows = tied ? 1 : alphas.length;
        int cols = tied ? alphas.length : betas.length;
        double[][] proxy = new double[rows][cols];
        double[][] robustScore = new double[rows][cols];
        double[][][] coefficients = new double[rows][cols][];
        for (int row = 0; row < rows; row++) {
            for (int col = 0; col < cols; col++) {
                int k = tied ? col : row;
                double[] uk = u[k];
                double[] vm = v[col];
                double cross = 0;
                for (int i = 0; i < n; i++) {
                    cross += w[i] * uk[i] * vm[i];
                }
                NonNegativeLeastSquares.Solution plain = NonNegativeLeastSquares.solve(new double[][] {
                    {mu.squares[k], cross, mu.sums[k]}, {cross, mv.squares[col], mv.sums[col]},
                    {mu.sums[k], mv.sums[col], sw}}, new double[] {mu.withLoss[k], mv.withLoss[col], swl}, yy);
                proxy[row][col] = plain.sumOfSquares();
                double[] c = plain.coefficients();
                // One round of re-weighting towards least absolute relative residuals.
                double g00 = 0, g01 = 0, g02 = 0, g11 = 0, g12 = 0, g22 = 0, b0 = 0, b1 = 0, b2 = 0, ryy = 0;
                for (int i = 0; i < n; i++) {
                    double predicted = c[0] * uk[i] + c[1] * vm[i] + c[2];
                    double weight = w[i] / Math.max(Math.abs(predicted - loss[i]) * inverse[i], ROBUST_FLOOR);
                    double wu = weight * uk[i];
                    double wv = weight * vm[i];
                    g00 += wu * uk[i];
                    g01 += wu * vm[i];
                    g02 += wu;
                    g11 += wv * vm[i];
                    g12 += wv;
                    g22 += weight;
                    b0 += wu * loss[i];
                    b1 += wv * loss[i];
                    b2 += weight * loss[i];
                    ryy += weight * loss[i] * loss[i];
                }
                double[] robust = NonNegativeLeastSquares.solve(new double[][] {{g00, g01, g02}, {g01, g11, g12},
                    {g02, g12, g22}}, new double[] {b0, b1, b2}, ryy).coefficients();
                double score = 0;
                for (int i = 0; i < n; i++) {
                    score += Math.abs(robust[0] * uk[i] + robust[1] * vm[i] + robust[2] - loss[i]) * inverse[i];
                }
                robustScore[row][col] = score;
                coefficients[row][col] = robust;
            }
        }
        List<int[]> cells = new ArrayList<>(ScanMinima.of(robustScore, candidates));
        for (int[] cell : ScanMinima.of(proxy, candidates)) {
            if (cells.stream().noneMatch(c -> c[0] == cell[0] && c[1] == cell[1])) {
                cells.add(cell);
            }
        }
        List<double[]> starts = new ArrayList<>();
        for (int[] cell : cells) {
            int k = tied ? cell[1] : cell[0];
            double[] c = coefficients[cell[0]][cell[1]];
            double[] point = new double[tied ? 4 : 5];
            point[ChinchillaForm.A] = Math.log(Math.max(c[0], FLOOR_FRACTION * minLoss / mu.largest[k]));
            point[ChinchillaForm.B] = Math.log(Math.max(c[1], FLOOR_FRACTION * minLoss / mv.largest[cell[1]]));
            point[ChinchillaForm.E] = Math.log(Math.max(c[2], FLOOR_FRACTION * minLoss));
            point[ChinchillaForm.ALPHA] = alphas[k];
            if (!tied) {
                point[ChinchillaForm.BETA] = betas[cell[1]];
            }
            starts.add(fixed.apply(point));
        }
        return starts;
    }

    /** Per exponent: sum w f, sum w f^2, sum w f L and the largest f. */
    private record Moments(double[] sums, double[] squares, double[] withLoss, double[] largest) {

        static Moments of(double[][] features, double[] w, double[] loss) {
            int count = features.length;
            double[] sums = new double[count];
            double[] squares = new double[count];
            double[] withLoss = new double[count];
            double[] largest = new double[count];
            for (int k = 0; k < count; k++) {
                double[] f = features[k];
                double max = Double.MIN_NORMAL;
                for (int i = 0; i < f.length; i++) {
                    double wf = w[i] * f[i];
                    sums[k] += wf;
                    squares[k] += wf * f[i];
                    withLoss[k] += wf * loss[i];
                    max = Math.max(max, f[i]);
                }
                largest[k] = max;
            }
            return new Moments(sums, squares, withLoss, largest);
        }
    }
}
