package org.scalingexplorer.engine.surface;

import java.util.Arrays;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * The compute-optimal path across a loss valley: (log10 N_opt(C), log10 D_opt(C)) for every budget
 * whose optimum lies inside the window, with its loss, budgets increasing. The path is sampled at
 * log-spaced budgets and ends exactly on the window's border: the end points are interpolated in log
 * space between the last sample inside and the first outside, which is exact for the power-law optima
 * of both the Chinchilla and the Kaplan form. Empty arrays when the path misses the window.
 */
public record ComputeOptimalPath(double[] log10Flops, double[] log10Params, double[] log10Tokens, double[] loss) {

    public static final int DEFAULT_SAMPLES = 96;

    public static ComputeOptimalPath across(ScalingLaw law, SurfaceWindow window, OptimumRule rule) {
        return across(law, window, rule, DEFAULT_SAMPLES);
    }

    public static ComputeOptimalPath across(ScalingLaw law, SurfaceWindow window, OptimumRule rule, int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("samples must be at least 2, got " + samples);
        }
        // Every point of the window has a budget between its corners' budgets.
        double from = Math.max(window.log10FlopsMin(), Math.log10(ComputeBudget.MIN_FLOPS));
        double to = Math.min(window.log10FlopsMax(), Math.log10(ComputeBudget.MAX_FLOPS));
        double[] sampleFlops = new double[samples];
        double[] sampleParams = new double[samples];
        double[] sampleTokens = new double[samples];
        boolean[] inside = new boolean[samples];
        for (int i = 0; i < samples; i++) {
            sampleFlops[i] = from + (to - from) * i / (samples - 1);
            Allocation optimum = rule.allocate(law, ComputeBudget.ofFlops(Math.pow(10, sampleFlops[i])));
            sampleParams[i] = Math.log10(optimum.params());
            sampleTokens[i] = Math.log10(optimum.tokens());
            inside[i] = window.contains(sampleParams[i], sampleTokens[i]);
        }
        Builder path = new Builder(law, 2 * samples);
        for (int i = 0; i < samples; i++) {
            if (i > 0 && inside[i] && !inside[i - 1]) {
                path.addBorderCrossing(window, sampleFlops, sampleParams, sampleTokens, i - 1, i);
            }
            if (inside[i]) {
                path.add(sampleFlops[i], sampleParams[i], sampleTokens[i]);
            }
            if (i > 0 && !inside[i] && inside[i - 1]) {
                path.addBorderCrossing(window, sampleFlops, sampleParams, sampleTokens, i, i - 1);
            }
        }
        return path.build();
    }

    public int size() {
        return log10Flops.length;
    }

    private static final class Builder {
        private final ScalingLaw law;
        private final double[] flops;
        private final double[] params;
        private final double[] tokens;
        private final double[] loss;
        private int size;

        Builder(ScalingLaw law, int capacity) {
            this.law = law;
            flops = new double[capacity];
            params = new double[capacity];
            tokens = new double[capacity];
            loss = new double[capacity];
        }

        void add(double log10Flops, double log10Params, double log10Tokens) {
            flops[size] = log10Flops;
            params[size] = log10Params;
            tokens[size] = log10Tokens;
            loss[size] = Require.finiteResult("loss on the optimal path",
                    law.loss(Math.pow(10, log10Params), Math.pow(10, log10Tokens)));
            size++;
        }

        /** Adds the point where the segment from sample {@code outside} to sample {@code inside} enters the window. */
        void addBorderCrossing(SurfaceWindow window, double[] sampleFlops, double[] sampleParams,
                               double[] sampleTokens, int outside, int inside) {
            double t = 1;
            t = Math.min(t, entry(sampleParams[outside], sampleParams[inside],
                    window.log10ParamsMin(), window.log10ParamsMax()));
            t = Math.min(t, entry(sampleTokens[outside], sampleTokens[inside],
                    window.log10TokensMin(), window.log10TokensMax()));
            // t is the fraction of the way from inside to outside at which the path leaves the window.
            add(lerp(sampleFlops[inside], sampleFlops[outside], t), lerp(sampleParams[inside], sampleParams[outside], t),
                    lerp(sampleTokens[inside], sampleTokens[outside], t));
        }

        private static double entry(double outsideValue, double insideValue, double min, double max) {
            double delta = outsideValue - insideValue;
            if (outsideValue > max) {
                return (max - insideValue) / delta;
            }
            if (outsideValue < min) {
                return (min - insideValue) / delta;
            }
            return 1;
        }

        private static double lerp(double a, double b, double t) {
            return a + (b - a) * t;
        }

        ComputeOptimalPath build() {
            return new ComputeOptimalPath(Arrays.copyOf(flops, size), Arrays.copyOf(params, size),
                    Arrays.copyOf(tokens, size), Arrays.copyOf(loss, size));
        }
    }
}
