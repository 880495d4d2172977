package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;

/** Sample points for the curves of this package. */
final class Grid {
    private Grid() {
    }

    static double[] logSpaced(double from, double to, int points) {
        Require.positive("from", from);
        Require.positive("to", to);
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double logFrom = Math.log(from);
        double step = (Math.log(to) - logFrom) / (points - 1);
        double[] values = new double[points];
        for (int i = 0; i < points; i++) {
            values[i] = Math.exp(logFrom + i * step);
        }
        values[0] = from;
        values[points - 1] = to;
        return values;
    }

    static double[] linear(double from, double to, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double[] values = new double[points];
        for (int i = 0; i < points; i++) {
            values[i] = from + (to - from) * i / (points - 1);
        }
        return values;
    }
}
