package org.scalingexplorer.engine.fit;

/**
 * Huber_delta(r): r^2/2 for |r| <= delta and delta (|r| - delta/2) beyond, as scipy.special.huber
 * defines it; the penalty of Hoffmann et al. 2022 (science.md section 3) with delta = 1e-3.
 */
public record HuberLoss(double delta) implements ResidualLoss {

    public static final String ID = "huber";

    public HuberLoss {
        if (!(delta > 0) || Double.isInfinite(delta)) {
            throw new IllegalArgumentException("Huber delta must be a positive number, got " + delta);
        }
    }

    /** delta = 1e-3 of Hoffmann et al. 2022 and of the Epoch AI replication. */
    public static HuberLoss chinchilla() {
        return new HuberLoss(HuberLogLossObjective.CHINCHILLA_DELTA);
    }

    @Override
    public double value(double residual) {
        double size = Math.abs(residual);
        return size <= delta ? 0.5 * residual * residual : delta * (size - 0.5 * delta);
    }

    @Override
    public double slope(double residual) {
        return Math.abs(residual) <= delta ? residual : Math.copySign(delta, residual);
    }

    @Override
    public double curvature(double residual) {
        return Math.abs(residual) <= delta ? 1 : 0;
    }

    @Override
    public String id() {
        return ID;
    }
}
