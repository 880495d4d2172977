package org.scalingexplorer.engine.fit;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Limited-memory BFGS (Nocedal and Wright, Numerical Optimization, 2nd ed., Algorithm 7.4) with a
 * line search that enforces the strong Wolfe conditions (Algorithms 3.5 and 3.6, cubic
 * interpolation in the zoom phase).
 *
 * <p>Written here because Commons Math 3.6.1 has no quasi-Newton minimiser, and the Approach 3
 * fit of Hoffmann et al. 2022 is defined by L-BFGS. The stopping tests follow scipy's L-BFGS-B
 * defaults (gradient max-norm below 1e-5, or relative decrease
 * {@code (f_k - f_k+1) / max(|f_k|, |f_k+1|, 1)} below about 2.2e-9) so the two land on the same
 * optima. An instance is immutable and may be shared between threads.
 */
public final class LbfgsMinimizer {

    /** Tuning of the minimiser; {@link #SCIPY_DEFAULTS} mirrors scipy's L-BFGS-B. */
    public record Settings(int memory, int maxIterations, int maxEvaluations, double gradientTolerance,
                           double relativeDecreaseTolerance) {
        public Settings {
            if (memory < 1 || maxIterations < 0 || maxEvaluations < 1) {
                throw new IllegalArgumentException("memory and maxEvaluations must be at least 1 and "
                        + "maxIterations 0 or more, got " + memory + ", " + maxEvaluations + ", " + maxIterations);
            }
        }

        public Settings withMaxIterations(int iterations) {
            return new Settings(memory, iterations, maxEvaluations, gradientTolerance, relativeDecreaseTolerance);
        }

        public Settings withTolerances(double gradient, double relativeDecrease) {
            return new Settings(memory, maxIterations, maxEvaluations, gradient, relativeDecrease);
        }
    }

    /** m = 10, 15,000 iterations and evaluations, pgtol 1e-5, factr 1e7 (times machine epsilon). */
    public static final Settings SCIPY_DEFAULTS = new Settings(10, 15_000, 15_000, 1e-5, 1e7 * Math.ulp(1.0));

    // Wolfe constants of Nocedal and Wright for quasi-Newton methods.
    private static final double SUFFICIENT_DECREASE = 1e-4;
    private static final double CURVATURE = 0.9;
    private static final int MAX_LINE_SEARCH_EVALUATIONS = 40;

    private final Settings settings;

    public LbfgsMinimizer(Settings settings) {
        this.settings = settings;
    }

    public LbfgsMinimizer() {
        this(SCIPY_DEFAULTS);
    }

    public Settings settings() {
        return settings;
    }

    public Minimum minimize(DifferentiableFunction f, double[] start) {
        return minimize(f, start, () -> false);
    }

    /**
     * Minimises f from {@code start}; checks {@code cancelled} once per iteration and throws
     * {@link CancellationException} when it turns true.
     */
    public Minimum minimize(DifferentiableFunction f, double[] start, BooleanSupplier cancelled) {
        int n = start.length;
        double[] x = start.clone();
        double[] g = new double[n];
        double fx = f.valueAndGradient(x, g);
        if (!Double.isFinite(fx) || !allFinite(g)) {
            throw new IllegalArgumentException("objective is not finite at the starting point");
        }
        Run run = new Run(f, n, settings.memory());
        run.evaluations = 1;
        double[] direction = new double[n];
        int iteration = 0;
        while (true) {
            if (maxNorm(g) <= settings.gradientTolerance()) {
                return new Minimum(x, fx, iteration, run.evaluations, true, "gradient below tolerance");
            }
            if (iteration >= settings.maxIterations()) {
                return new Minimum(x, fx, iteration, run.evaluations, false,
                        "stopped after " + iteration + " iterations without converging");
            }
            if (run.evaluations >= settings.maxEvaluations()) {
                return new Minimum(x, fx, iteration, run.evaluations, false,
                        "stopped after " + run.evaluations + " evaluations without converging");
            }
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("minimisation cancelled");
            }
            run.searchDirection(g, direction);
            double slope = dot(direction, g);
            if (!(slope < 0)) {
                // Rounding has spoilt the quasi-Newton model: forget it and go downhill.
                run.forget();
                run.searchDirection(g, direction);
                slope = dot(direction, g);
            }
            boolean accepted = run.lineSearch(x, fx, g, direction, slope, settings.maxEvaluations());
            if (!accepted) {
                if (run.stored > 0) {
                    run.forget();
                    iteration++;
                    continue;
                }
                return new Minimum(x, fx, iteration, run.evaluations, false,
                        "line search found no lower point (gradient max-norm " + maxNorm(g) + ")");
            }
            iteration++;
            double fNew = run.trialValue;
            run.remember(x, g);
            System.arraycopy(run.trialPoint, 0, x, 0, n);
            System.arraycopy(run.trialGradient, 0, g, 0, n);
            double decrease = (fx - fNew) / Math.max(Math.max(Math.abs(fx), Math.abs(fNew)), 1.0);
            fx = fNew;
            if (decrease <= settings.relativeDecreaseTolerance()) {
                return new Minimum(x, fx, iteration, run.evaluations, true, "relative decrease below tolerance");
            }
        }
    }

    /** The state of one minimisation: curvature pairs and scratch space for the line search. */
    private static final class Run {
        final DifferentiableFunction f;
        final int n;
        final double[][] s;
        final double[][] y;
        final double[] rho;
        final double[] alphaScratch;
        int newest = -1;
        int stored;
        int evaluations;

        final double[] trialPoint;
        final double[] trialGradient;
        double trialValue;
        // The best Armijo point the zoom has seen, in case the curvature test is never met.
        final double[] lowPoint;
        final double[] lowGradient;

        Run(DifferentiableFunction f, int n, int memory) {
            this.f = f;
            this.n = n;
            s = new double[memory][n];
            y = new double[memory][n];
            rho = new double[memory];
            alphaScratch = new double[memory];
            trialPoint = new double[n];
            trialGradient = new double[n];
            lowPoint = new double[n];
            lowGradient = new double[n];
        }

        void forget() {
            stored = 0;
            newest = -1;
        }

        /** direction = -H g by the two-loop recursion (Nocedal and Wright, Algorithm 7.4). */
        void searchDirection(double[] g, double[] direction) {
            for (int i = 0; i < n; i++) {
                direction[i] = -g[i];
            }
            if (stored == 0) {
                // No curvature yet: a first step of unit length, as scipy takes.
                double norm = Math.sqrt(dot(g, g));
                if (norm > 0) {
                    for (int i = 0; i < n; i++) {
                        direction[i] /= norm;
                    }
                }
                return;
            }
            int memory = s.length;
            int k = newest;
            for (int j = 0; j < stored; j++) {
                double a = rho[k] * dot(s[k], direction);
                alphaScratch[k] = a;
                axpy(-a, y[k], direction);
                k = (k - 1 + memory) % memory;
            }
            double gamma = dot(s[newest], y[newest]) / dot(y[newest], y[newest]);
            for (int i = 0; i < n; i++) {
                direction[i] *= gamma;
            }
            k = (newest - stored + 1 + memory) % memory;
            for (int j = 0; j < stored; j++) {
                double b = rho[k] * dot(y[k], direction);
                axpy(alphaScratch[k] - b, s[k], direction);
                k = (k + 1) % memory;
            }
        }

        /** Stores the pair (x_new - x, g_new - g) unless its curvature is not positive. */
        void remember(double[] x, double[] g) {
            int memory = s.length;
            int slot = (newest + 1) % memory;
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                s[slot][i] = trialPoint[i] - x[i];
                y[slot][i] = trialGradient[i] - g[i];
                sy += s[slot][i] * y[slot][i];
                yy += y[slot][i] * y[slot][i];
            }
            if (!(sy > 1e-12 * yy) || yy == 0) {
                return;
            }
            rho[slot] = 1 / sy;
            newest = slot;
            stored = Math.min(stored + 1, memory);
        }

        /** Evaluates f at x + step d into the trial fields; returns the directional derivative. */
        double evaluate(double[] x, double[] d, double step) {
            for (int i = 0; i < n; i++) {
                trialPoint[i] = x[i] + step * d[i];
            }
            trialValue = f.valueAndGradient(trialPoint, trialGradient);
            evaluations++;
            if (!Double.isFinite(trialValue) || !allFinite(trialGradient)) {
                trialValue = Double.POSITIVE_INFINITY;
                return Double.NaN;
            }
            return dot(trialGradient, d);
        }

        /**
         * Strong Wolfe line search (Nocedal and Wright, Algorithm 3.5). On success the accepted point
         * is in the trial fields. A non-finite value counts as "too far" and the step shrinks.
         */
        boolean lineSearch(double[] x, double fx, double[] g, double[] d, double slope0, int maxEvaluations) {
            double previousStep = 0;
            double previousValue = fx;
            double previousSlope = slope0;
            double step = 1;
            for (int i = 0; i < MAX_LINE_SEARCH_EVALUATIONS && evaluations < maxEvaluations; i++) {
                double slope = evaluate(x, d, step);
                double value = trialValue;
                if (value > fx + SUFFICIENT_DECREASE * step * slope0 || (i > 0 && value >= previousValue)) {
                    return zoom(x, fx, d, slope0, previousStep, previousValue, previousSlope, step, value, slope,
                            maxEvaluations);
                }
                if (Math.abs(slope) <= -CURVATURE * slope0) {
                    return true;
                }
                if (slope >= 0) {
                    return zoom(x, fx, d, slope0, step, value, slope, previousStep, previousValue, previousSlope,
                            maxEvaluations);
                }
                previousStep = step;
                previousValue = value;
                previousSlope = slope;
                step *= 4;
            }
            return false;
        }

        /** Algorithm 3.6: narrows [low, high] (low satisfies Armijo, has the lower value) to a Wolfe step. */
        private boolean zoom(double[] x, double fx, double[] d, double slope0,
                             double low, double lowValue, double lowSlope,
                             double high, double highValue, double highSlope, int maxEvaluations) {
            boolean lowStored = false;
            for (int i = 0; i < MAX_LINE_SEARCH_EVALUATIONS && evaluations < maxEvaluations; i++) {
                double step = interpolate(low, lowValue, lowSlope, high, highValue, highSlope);
                double slope = evaluate(x, d, step);
                double value = trialValue;
                if (value > fx + SUFFICIENT_DECREASE * step * slope0 || value >= lowValue) {
                    high = step;
                    highValue = value;
                    highSlope = slope;
                } else {
                    if (Math.abs(slope) <= -CURVATURE * slope0) {
                        return true;
                    }
                    if (slope * (high - low) >= 0) {
                        high = low;
                        highValue = lowValue;
                        highSlope = lowSlope;
                    }
                    low = step;
                    lowValue = value;
                    lowSlope = slope;
                    System.arraycopy(trialPoint, 0, lowPoint, 0, n);
                    System.arraycopy(trialGradient, 0, lowGradient, 0, n);
                    lowStored = true;
                }
                if (Math.abs(high - low) <= 1e-14 * Math.max(Math.abs(low), Math.abs(high))) {
                    break;
                }
            }
            // The curvature test was never met, but a step with sufficient decrease is still progress.
            if (low > 0 && lowValue < fx) {
                if (!lowStored) {
                    evaluate(x, d, low);
                } else {
                    System.arraycopy(lowPoint, 0, trialPoint, 0, n);
                    System.arraycopy(lowGradient, 0, trialGradient, 0, n);
                    trialValue = lowValue;
                }
                return trialValue < fx;
            }
            return false;
        }

        /** Minimiser of the cubic through both ends, kept inside the middle 80% of the bracket. */
        private static double interpolate(double low, double lowValue, double lowSlope,
                                          double high, double highValue, double highSlope) {
            double left = Math.min(low, high);
            double right = Math.max(low, high);
            double margin = 0.1 * (right - left);
            double step = Double.NaN;
            if (Double.isFinite(highValue) && Double.isFinite(highSlope)) {
                double d1 = lowSlope + highSlope - 3 * (lowValue - highValue) / (low - high);
                double radicand = d1 * d1 - lowSlope * highSlope;
                if (radicand >= 0) {
                    double d2 = Math.signum(high - low) * Math.sqrt(radicand);
                    step = high - (high - low) * (highSlope + d2 - d1) / (highSlope - lowSlope + 2 * d2);
                }
            }
            if (!(step >= left + margin && step <= right - margin)) {
                step = 0.5 * (low + high);
            }
            return step;
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    static double maxNorm(double[] v) {
        double max = 0;
        for (double value : v) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    static boolean allFinite(double[] v) {
        for (double value : v) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
