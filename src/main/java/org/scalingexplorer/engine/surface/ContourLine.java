package org.scalingexplorer.engine.surface;

/**
 * One connected piece of an iso-loss contour, a polyline in log10 N / log10 D. A closed line repeats
 * its first point at the end, so drawing it point to point closes the loop. The arrays belong to the
 * line; callers must not change them.
 */
public record ContourLine(double[] log10Params, double[] log10Tokens, boolean closed) {

    public ContourLine {
        if (log10Params.length != log10Tokens.length) {
            throw new IllegalArgumentException("log10Params and log10Tokens differ in length");
        }
    }

    public int size() {
        return log10Params.length;
    }
}
