package org.scalingexplorer.ui.fit;

/**
 * Points coloured by compute budget: {@code x} and {@code y} as drawn, and {@code flops}, the
 * training compute of the run (or the budget of the curve point) that sets each one's colour.
 */
public record BudgetPoints(double[] x, double[] y, double[] flops) {

    public static final BudgetPoints EMPTY = new BudgetPoints(new double[0], new double[0], new double[0]);

    public BudgetPoints {
        if (x.length != y.length || x.length != flops.length) {
            throw new IllegalArgumentException("x, y and flops differ in length: " + x.length + ", " + y.length
                    + ", " + flops.length);
        }
    }

    public int size() {
        return x.length;
    }

    public boolean isEmpty() {
        return x.length == 0;
    }

    public PlotPoints xy() {
        return new PlotPoints(x, y);
    }
}
