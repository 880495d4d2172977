package org.scalingexplorer.ui.fit;

/** x and y of points or of a curve, as a chart draws them; both arrays have the same length. */
public record PlotPoints(double[] x, double[] y) {

    public static final PlotPoints EMPTY = new PlotPoints(new double[0], new double[0]);

    public PlotPoints {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
    }

    public int size() {
        return x.length;
    }

    public boolean isEmpty() {
        return x.length == 0;
    }
}
