package org.scalingexplorer.engine.fit;

/** A function that also yields its Hessian (where the penalty has a kink, its one-sided value). */
public interface TwiceDifferentiableFunction extends DifferentiableFunction {

    /** Returns f(x), writes the gradient into {@code gradient} and the Hessian into {@code hessian}. */
    double valueGradientHessian(double[] x, double[] gradient, double[][] hessian);
}
