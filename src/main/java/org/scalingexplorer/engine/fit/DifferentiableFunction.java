package org.scalingexplorer.engine.fit;

/** A smooth function of several variables that yields its gradient along with its value. */
@FunctionalInterface
public interface DifferentiableFunction {

    /**
     * Returns f(x) and writes the gradient of f at x into {@code gradient} (same length as x).
     * May return a non-finite value where f overflows; the minimiser then steps back.
     */
    double valueAndGradient(double[] x, double[] gradient);
}
