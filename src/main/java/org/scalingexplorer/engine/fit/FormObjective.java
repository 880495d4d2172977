package org.scalingexplorer.engine.fit;

import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * {@code sum_i penalty(log L_hat_i(point) - log L_i)} for one law form on one set of runs, with its
 * exact gradient over the form's full coordinates. Immutable; safe to share between threads.
 */
public abstract class FormObjective implements TwiceDifferentiableFunction {

    private final int runCount;

    protected FormObjective(List<TrainingRun> runs) {
        this.runCount = runs.size();
    }

    public int runCount() {
        return runCount;
    }

    /** Whether {@link #valueGradientHessian} is implemented (the forms whose terms are linear in their coordinates). */
    public boolean hasHessian() {
        return false;
    }

    @Override
    public double valueGradientHessian(double[] x, double[] gradient, double[][] hessian) {
        throw new UnsupportedOperationException(getClass().getName() + " has no Hessian");
    }

    /** The objective alone. */
    public double value(double[] point) {
        return valueAndGradient(point, new double[point.length]);
    }
}
