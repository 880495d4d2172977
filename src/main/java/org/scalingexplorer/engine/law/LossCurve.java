package org.scalingexplorer.engine.law;

import java.util.function.DoubleUnaryOperator;
import org.scalingexplorer.engine.Require;

/**
 * A curve sampled at log-spaced x values, ready to chart on log-log axes. Sampling refuses to
 * produce a NaN or infinite loss, so nothing non-finite reaches a chart.
 */
public record LossCurve(double[] x, double[] loss) {

    public LossCurve {
        if (x.length != loss.length) {
            throw new IllegalArgumentException("x and loss differ in length: " + x.length + " vs " + loss.length);
        }
    }

    public static LossCurve sampleLogSpaced(DoubleUnaryOperator lossAt, double from, double to, int points) {
        Require.positive("from", from);
        Require.positive("to", to);
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double log10From = Math.log10(from);
        double step = (Math.log10(to) - log10From) / (points - 1);
        double[] xs = new double[points];
        double[] ys = new double[points];
        for (int i = 0; i < points; i++) {
            xs[i] = Math.pow(10, log10From + i * step);
            ys[i] = Require.finiteResult("loss at x = " + xs[i], lossAt.applyAsDouble(xs[i]));
        }
        return new LossCurve(xs, ys);
    }

    public int size() {
        return x.length;
    }

    /** The local slope d log L / d log x between points i and i + 1. */
    public double logLogSlope(int i) {
        return (Math.log(loss[i + 1]) - Math.log(loss[i])) / (Math.log(x[i + 1]) - Math.log(x[i]));
    }
}
