package org.scalingexplorer.engine.io;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;

/**
 * One finished training run: model size, tokens seen, training compute and final loss (nats per
 * token). {@code uniqueTokens} is NaN when the data set did not say how many tokens were distinct;
 * {@code group} and {@code name} are empty strings when absent.
 */
public record TrainingRun(double params, double tokens, double flops, double loss, double uniqueTokens,
                          String group, String name) {

    public TrainingRun {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        Require.positive("flops", flops);
        Require.positive("loss", loss);
        if (!Double.isNaN(uniqueTokens)) {
            Require.positive("unique_tokens", uniqueTokens);
        }
        group = group == null ? "" : group;
        name = name == null ? "" : name;
    }

    /** A run with C = 6ND and no unique-token count, group or name. */
    public static TrainingRun of(double params, double tokens, double loss) {
        return new TrainingRun(params, tokens, ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens, loss,
                Double.NaN, "", "");
    }

    public boolean hasUniqueTokens() {
        return !Double.isNaN(uniqueTokens);
    }

    public boolean hasGroup() {
        return !group.isEmpty();
    }
}
