package org.scalingexplorer.engine.fit;

/**
 * The five unknowns of the Approach 3 fit in the space the optimiser works in (science.md
 * section 3): A = exp(a), B = exp(b), E = exp(e), and the exponents alpha and beta.
 */
public record LogSpaceParameters(double a, double b, double e, double alpha, double beta) {

    public static final int SIZE = 5;

    public static LogSpaceParameters of(double[] point) {
        return new LogSpaceParameters(point[0], point[1], point[2], point[3], point[4]);
    }

    /** In the order a, b, e, alpha, beta that {@link HuberLogLossObjective} expects. */
    public double[] toArray() {
        return new double[] {a, b, e, alpha, beta};
    }
}
