package org.scalingexplorer.engine.plan;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;

/** A run a study intends to train: N parameters on D tokens, C = 6ND FLOPs. */
public record PlannedRun(double params, double tokens) {

    public PlannedRun {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
    }

    /** The run of {@code params} parameters that spends {@code flops} (D = C / 6N). */
    public static PlannedRun atBudget(double flops, double params) {
        return new PlannedRun(params, flops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * params));
    }

    public double flops() {
        return ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens;
    }
}
