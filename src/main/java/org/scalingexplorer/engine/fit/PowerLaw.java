package org.scalingexplorer.engine.fit;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.scalingexplorer.engine.Require;

/**
 * {@code y = coefficient * x^exponent}, fitted as a straight line in log-log space; {@code rSquared}
 * is the coefficient of determination of that line.
 */
public record PowerLaw(double coefficient, double exponent, double rSquared) {

    public PowerLaw {
        Require.finiteResult("power-law coefficient", coefficient);
        Require.finiteResult("power-law exponent", exponent);
    }

    /** Least squares of log y on log x; needs at least two distinct x. */
    public static PowerLaw fitLogLog(double[] x, double[] y) {
        if (x.length < 2) {
            throw new IllegalArgumentException("a power law needs at least 2 points, got " + x.length);
        }
        SimpleRegression regression = new SimpleRegression();
        for (int i = 0; i < x.length; i++) {
            regression.addData(Math.log(Require.positive("x", x[i])), Math.log(Require.positive("y", y[i])));
        }
        double slope = regression.getSlope();
        if (!Double.isFinite(slope)) {
            throw new IllegalArgumentException("a power law needs at least 2 distinct x values");
        }
        double rSquared = regression.getRSquare();
        return new PowerLaw(Math.exp(regression.getIntercept()), slope, Double.isFinite(rSquared) ? rSquared : 1);
    }

    public double at(double x) {
        return coefficient * Math.pow(x, exponent);
    }
}
