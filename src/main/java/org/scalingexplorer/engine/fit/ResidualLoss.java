package org.scalingexplorer.engine.fit;

/**
 * The penalty an Approach 3 fit puts on one residual {@code r = LSE(...) - log L_i} (predicted minus
 * observed log loss). {@link LogLossObjective} sums it over the runs; the grid of starts and L-BFGS
 * do not care which penalty it is, as long as it has a continuous first derivative.
 */
public interface ResidualLoss {

    /** The penalty of one residual. */
    double value(double residual);

    /** d value / d residual; must be continuous for L-BFGS. */
    double slope(double residual);

    /**
     * d slope / d residual where it exists (one-sided at a kink): the second derivative the Newton
     * refits of a bootstrap use ({@link NewtonMinimizer}).
     */
    double curvature(double residual);

    /** The name used on the command line and in reports: huber, asymmetric. */
    String id();
}
