package org.scalingexplorer.engine.allocation;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.scalingexplorer.engine.Require;

/**
 * A straight line through points on log-log axes, {@code y = coefficient * x^exponent}, fitted by
 * least squares on log10 x and log10 y.
 *
 * @param exponent    the slope on log-log axes
 * @param coefficient y at x = 1
 * @param rSquared    the share of the variance of log10 y the line explains
 */
public record PowerLawFit(double exponent, double coefficient, double rSquared) {

    public static PowerLawFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException("a power-law fit needs at least 2 points, got " + x.length);
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            regression.addData(Math.log10(Require.positive("x", x[i])), Math.log10(Require.positive("y", y[i])));
        }
        return new PowerLawFit(Require.finiteResult("exponent", regression.getSlope()),
                Math.pow(10, regression.getIntercept()),
                // Two points fit exactly; SimpleRegression reports NaN there, which says nothing useful.
                x.length == 2 ? 1 : regression.getRSquare());
    }

    public double predict(double x) {
        return coefficient * Math.pow(x, exponent);
    }
}
