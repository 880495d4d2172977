package org.scalingexplorer.engine.fit;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Newton's method with the exact Hessian, damped (Levenberg: H + mu I until Cholesky succeeds) and
 * with a backtracking Armijo line search. Used to refit bootstrap resamples from a nearby optimum:
 * the Huber objective on log loss is piecewise smooth, its curvature jumps where a residual crosses
 * +-delta, and L-BFGS needs about 80 evaluations to settle there where Newton needs about ten
 * (FitBenchmark). Stops when the gradient max-norm falls to {@code gradientTolerance}, or when no
 * step lowers the objective (at machine precision).
 */
final class NewtonMinimizer {

    private static final double SUFFICIENT_DECREASE = 1e-4;
    /**
     * Largest Newton step in any coordinate (coordinates are logs and exponents): where the Hessian is
     * nearly singular (a floor E far below the losses moves nothing) the damping grows until the step
     * is this short, so the other coordinates still move.
     */
    private static final double MAX_STEP = 1.0;
    private static final int MAX_HALVINGS = 40;

    private final double gradientTolerance;
    private final int maxIterations;

    NewtonMinimizer(double gradientTolerance, int maxIterations) {
        this.gradientTolerance = gradientTolerance;
        this.maxIterations = maxIterations;
    }

    Minimum minimize(TwiceDifferentiableFunction f, double[] start, BooleanSupplier cancelled) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double[][] h = new double[n][n];
        double fx = f.valueGradientHessian(x, g, h);
        if (!Double.isFinite(fx)) {
            throw new IllegalArgumentException("objective is not finite at the starting point");
        }
        int evaluations = 1;
        double[] direction = new double[n];
        double[] trial = new double[n];
        double[] trialGradient = new double[n];
        double[][] trialHessian = new double[n][n];
        double[][] factor = new double[n][n];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            if (LbfgsMinimizer.maxNorm(g) <= gradientTolerance) {
                return new Minimum(x, fx, iteration, evaluations, true, "gradient below tolerance");
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("minimisation cancelled");
            }
            newtonDirection(h, g, factor, direction);
            double slope = LbfgsMinimizer.dot(direction, g);
            if (!(slope < 0)) {
                for (int i = 0; i < n; i++) {
                    direction[i] = -g[i];
                }
                slope = LbfgsMinimizer.dot(direction, g);
            }
            double step = 1;
            boolean accepted = false;
            double fTrial = Double.NaN;
            for (int halving = 0; halving < MAX_HALVINGS; halving++) {
                for (int i = 0; i < n; i++) {
                    trial[i] = x[i] + step * direction[i];
                }
                fTrial = f.valueGradientHessian(trial, trialGradient, trialHessian);
                evaluations++;
                if (Double.isFinite(fTrial) && fTrial <= fx + SUFFICIENT_DECREASE * step * slope) {
                    accepted = true;
                    break;
                }
                step *= 0.5;
            }
            if (!accepted || !(fTrial < fx || LbfgsMinimizer.maxNorm(trialGradient) < LbfgsMinimizer.maxNorm(g))) {
                return new Minimum(x, fx, iteration, evaluations, LbfgsMinimizer.maxNorm(g) <= 1e3 * gradientTolerance,
                        "no step lowers the objective (gradient max-norm " + LbfgsMinimizer.maxNorm(g) + ")");
            }
            System.arraycopy(trial, 0, x, 0, n);
            System.arraycopy(trialGradient, 0, g, 0, n);
            for (int i = 0; i < n; i++) {
                System.arraycopy(trialHessian[i], 0, h[i], 0, n);
            }
            fx = fTrial;
        }
        return new Minimum(x, fx, maxIterations, evaluations, LbfgsMinimizer.maxNorm(g) <= gradientTolerance,
                "stopped after " + maxIterations + " Newton iterations");
    }

    /** Solves (H + mu I) d = -g, raising mu from 0 until the factorisation succeeds and the step is at most MAX_STEP. */
    private static void newtonDirection(double[][] h, double[] g, double[][] factor, double[] d) {
        int n = g.length;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(h[i][i]));
        }
        double mu = 0;
        for (int attempt = 0; attempt < 60; attempt++) {
            if (cholesky(h, mu, factor)) {
                // Forward then back substitution with L L'.
                for (int i = 0; i < n; i++) {
                    double sum = -g[i];
                    for (int k = 0; k < i; k++) {
                        sum -= factor[i][k] * d[k];
                    }
                    d[i] = sum / factor[i][i];
                }
                for (int i = n - 1; i >= 0; i--) {
                    double sum = d[i];
                    for (int k = i + 1; k < n; k++) {
                        sum -= factor[k][i] * d[k];
                    }
                    d[i] = sum / factor[i][i];
                }
                if (LbfgsMinimizer.allFinite(d) && LbfgsMinimizer.maxNorm(d) <= MAX_STEP) {
                    return;
                }
            }
            mu = mu == 0 ? Math.max(1e-12 * scale, 1e-300) : mu * 10;
        }
        for (int i = 0; i < n; i++) {
            d[i] = -g[i];
        }
    }

    private static boolean cholesky(double[][] h, double mu, double[][] l) {
        int n = h.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = h[i][j] + (i == j ? mu : 0);
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        return false;
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return true;
    }
}
