package org.scalingexplorer.engine.fit;

import org.scalingexplorer.engine.Require;

/**
 * A lower-envelope penalty: Huber_delta(r) where the run lies above the curve (r < 0) and
 * {@code lambda} times Huber_delta(r) where it lies below (r > 0, the prediction exceeds the observed
 * loss). Why: a run that was trained badly (a poor learning rate, a truncated schedule) can only
 * land above the true loss, never below it, so the runs below the fitted curve are the ones to
 * trust. Beyond delta the penalty is linear on each side, so the optimum behaves like quantile
 * regression: about 1/(1 + lambda) of the runs end up below the curve. Both sides have slope 0 at
 * r = 0, so the slope is continuous, as L-BFGS needs.
 */
public record AsymmetricHuberLoss(double delta, double lambda) implements ResidualLoss {

    public static final String ID = "asymmetric";
    public static final double DEFAULT_LAMBDA = 10;

    public AsymmetricHuberLoss {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("Huber delta must be a positive number, got " + delta);
        }
        Require.atLeast("lambda", lambda, 1);
    }

    /** delta = 1e-3 as in the Chinchilla fit, with the given weight on runs below the curve. */
    public static AsymmetricHuberLoss chinchilla(double lambda) {
        return new AsymmetricHuberLoss(HuberLogLossObjective.CHINCHILLA_DELTA, lambda);
    }

    @Override
    public double value(double residual) {
        double size = Math.abs(residual);
        double huber = size <= delta ? 0.5 * residual * residual : delta * (size - 0.5 * delta);
        return residual > 0 ? lambda * huber : huber;
    }

    @Override
    public double slope(double residual) {
        double huberSlope = Math.abs(residual) <= delta ? residual : Math.copySign(delta, residual);
        return residual > 0 ? lambda * huberSlope : huberSlope;
    }

    @Override
    public double curvature(double residual) {
        double huberCurvature = Math.abs(residual) <= delta ? 1 : 0;
        return residual > 0 ? lambda * huberCurvature : huberCurvature;
    }

    @Override
    public String id() {
        return ID;
    }
}
