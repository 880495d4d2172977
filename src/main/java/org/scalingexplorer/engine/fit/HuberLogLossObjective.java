package org.scalingexplorer.engine.fit;

import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The Approach 3 objective of Hoffmann et al. 2022 (science.md section 3):
 * {@code sum_i Huber_delta(LSE(a - alpha log N_i, b - beta log D_i, e) - log L_i)} over the point
 * (a, b, e, alpha, beta), with its exact gradient: {@link LogLossObjective} with {@link HuberLoss}.
 * Huber_delta(r) is r^2/2 for |r| <= delta and delta (|r| - delta/2) beyond, as scipy.special.huber
 * defines it. Immutable; safe to share.
 */
public final class HuberLogLossObjective implements DifferentiableFunction {

    /** delta of Hoffmann et al. 2022 and of the Epoch AI replication. */
    public static final double CHINCHILLA_DELTA = 1e-3;

    private final LogLossObjective objective;

    public HuberLogLossObjective(List<TrainingRun> runs, double delta) {
        objective = new LogLossObjective(runs, new HuberLoss(delta));
    }

    public int runCount() {
        return objective.runCount();
    }

    public double value(double[] point) {
        return objective.value(point);
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        return objective.valueAndGradient(point, gradient);
    }
}
