package org.scalingexplorer.engine.fit;

import java.util.Arrays;

/**
 * The part of a loss that is linear in non-negative coefficients once the exponents are fixed,
 * {@code L ~ sum_k c_k f_k} (f_k = 1 for the floor E), solved by non-negative least squares on
 * relative residuals {@code (sum_k c_k f_k - L) / L}: to first order the log-loss residual the fit's
 * objective penalises. Coefficients the user fixed are moved into the target. Each coefficient
 * k is the exponential of coordinate {@code coordinateIndex[k]} of the form. Not thread-safe: it
 * keeps scratch space, and one scan runs on one thread.
 */
final class LinearPart {

    /** A zero coefficient becomes this fraction of the smallest loss, so its log stays finite for L-BFGS. */
    private static final double FLOOR_FRACTION = 1e-9;
    /** Re-weightings that move the least-squares solution towards the least-absolute one. */
    private static final int ROBUST_ITERATIONS = 1;
    /** Relative residuals below this count as this in the re-weighting, as Huber's delta bounds its quadratic part. */
    private static final double ROBUST_FLOOR = 1e-3;

    private final double[] loss;
    private final double[] logLoss;
    private final double[] weights;
    private final double[] ones;
    private final double minLoss;
    private final boolean[] fixed;
    private final double[] fixedValue;
    private final int[] freeIndex;
    private final double[] target;
    private final double[] robustWeights;
    private final double[][] gram;
    private final double[] xy;

    LinearPart(double[] loss, FixedCoordinates coordinates, int[] coordinateIndex) {
        int n = loss.length;
        this.loss = loss;
        this.weights = new double[n];
        this.logLoss = new double[n];
        this.ones = new double[n];
        Arrays.fill(ones, 1);
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            weights[i] = 1 / (loss[i] * loss[i]);
            logLoss[i] = Math.log(loss[i]);
            min = Math.min(min, loss[i]);
        }
        this.minLoss = min;
        int k = coordinateIndex.length;
        fixed = new boolean[k];
        fixedValue = new double[k];
        int free = 0;
        int[] freeAt = new int[k];
        for (int j = 0; j < k; j++) {
            fixed[j] = coordinates.isFixed(coordinateIndex[j]);
            fixedValue[j] = fixed[j] ? Math.exp(coordinates.value(coordinateIndex[j])) : 0;
            if (!fixed[j]) {
                freeAt[free++] = j;
            }
        }
        freeIndex = Arrays.copyOf(freeAt, free);
        target = new double[n];
        robustWeights = new double[n];
        gram = new double[free][free];
        xy = new double[free];
    }

    /** Solves for the free coefficients; {@code features[k]} null means the constant 1. */
    NonNegativeLeastSquares.Solution solve(double[]... features) {
        return solve(false, withOnes(features));
    }

    /**
     * Least squares, then {@value #ROBUST_ITERATIONS} rounds of iteratively re-weighted least squares
     * with weights 1/|relative residual|: close to minimising the sum of absolute log-loss residuals,
     * which the Huber objective with its small delta nearly is. Returns {plain, robust}: the scan
     * scores the plain solution by its sum of squares and the robust one by the real objective.
     */
    NonNegativeLeastSquares.Solution[] solveRobust(double[]... given) {
        double[][] features = withOnes(given);
        NonNegativeLeastSquares.Solution plain = solve(false, features);
        NonNegativeLeastSquares.Solution robust = plain;
        for (int round = 0; round < ROBUST_ITERATIONS; round++) {
            double[] c = coefficients(robust);
            for (int i = 0; i < loss.length; i++) {
                double predicted = 0;
                for (int j = 0; j < features.length; j++) {
                    predicted += c[j] * features[j][i];
                }
                robustWeights[i] = weights[i] / Math.max(Math.abs(predicted - loss[i]) / loss[i], ROBUST_FLOOR);
            }
            robust = solve(true, features);
        }
        return new NonNegativeLeastSquares.Solution[] {plain, robust};
    }

    private double[][] withOnes(double[][] features) {
        double[][] all = features.clone();
        for (int j = 0; j < all.length; j++) {
            if (all[j] == null) {
                all[j] = ones;
            }
        }
        return all;
    }

    private NonNegativeLeastSquares.Solution solve(boolean robust, double[][] features) {
        int n = loss.length;
        double[] w = robust ? robustWeights : weights;
        System.arraycopy(loss, 0, target, 0, n);
        for (int j = 0; j < features.length; j++) {
            if (fixed[j]) {
                double c = fixedValue[j];
                double[] f = features[j];
                for (int i = 0; i < n; i++) {
                    target[i] -= c * f[i];
                }
            }
        }
        int free = freeIndex.length;
        double yy = 0;
        for (int i = 0; i < n; i++) {
            yy += w[i] * target[i] * target[i];
        }
        if (free == 0) {
            return new NonNegativeLeastSquares.Solution(new double[0], yy);
        }
        for (int f = 0; f < free; f++) {
            double[] x = features[freeIndex[f]];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += w[i] * x[i] * target[i];
            }
            xy[f] = sum;
            for (int g = f; g < free; g++) {
                double[] z = features[freeIndex[g]];
                double product = 0;
                for (int i = 0; i < n; i++) {
                    product += w[i] * x[i] * z[i];
                }
                gram[f][g] = product;
                gram[g][f] = product;
            }
        }
        return NonNegativeLeastSquares.solve(gram, xy, yy);
    }

    /** All k coefficients of a solution, fixed ones at their values. */
    double[] coefficients(NonNegativeLeastSquares.Solution solution) {
        double[] all = new double[fixed.length];
        int f = 0;
        for (int j = 0; j < fixed.length; j++) {
            all[j] = fixed[j] ? fixedValue[j] : solution.coefficients()[f++];
        }
        return all;
    }

    /**
     * The fit's objective at these coefficients, {@code sum_i penalty(log(sum_k c_k f_k) - log L_i)}:
     * with the features at hand it costs one log per run instead of the three exponentials and a log
     * of the form's own objective. A zero coefficient counts as the negligible value its log stands for.
     */
    double objective(double[] coefficients, ResidualLoss penalty, double[]... given) {
        double[][] features = withOnes(given);
        int k = features.length;
        double[] used = new double[k];
        for (int j = 0; j < k; j++) {
            used[j] = Math.exp(logCoefficient(j, coefficients[j], features[j]));
        }
        return objectiveOf(used, penalty, features);
    }

    /** The objective at coefficients {@code used} exactly as given (the exponentials of a start's coordinates). */
    double objectiveOf(double[] used, ResidualLoss penalty, double[]... given) {
        double[][] features = withOnes(given);
        int k = features.length;
        double sum = 0;
        for (int i = 0; i < loss.length; i++) {
            double predicted = 0;
            for (int j = 0; j < k; j++) {
                predicted += used[j] * features[j][i];
            }
            sum += penalty.value(Math.log(predicted) - logLoss[i]);
        }
        return sum;
    }

    /** log of coefficient k, a zero one replaced by a negligible positive value. */
    double logCoefficient(int k, double value, double[] feature) {
        return logCoefficient(value, feature == null || feature == ones ? 1 : largest(feature));
    }

    /** log of a coefficient whose feature peaks at {@code largestFeature}, a zero one replaced by a negligible value. */
    double logCoefficient(double value, double largestFeature) {
        double floor = FLOOR_FRACTION * minLoss / largestFeature;
        return Math.log(Math.max(value, floor));
    }

    static double largest(double[] feature) {
        double largest = Double.MIN_NORMAL;
        for (double f : feature) {
            largest = Math.max(largest, f);
        }
        return largest;
    }
}
