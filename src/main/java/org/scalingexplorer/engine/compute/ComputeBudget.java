package org.scalingexplorer.engine.compute;

import org.scalingexplorer.engine.Require;

/**
 * A training compute budget in FLOPs. Budgets outside 1e10..1e32 FLOPs are refused: below that no
 * language model trains, above it the numbers stop meaning anything.
 */
public record ComputeBudget(double flops) {

    public static final double MIN_FLOPS = 1e10;
    public static final double MAX_FLOPS = 1e32;
    /** 1 PF-day = 1e15 FLOP/s for 86,400 s (Kaplan 2020). */
    public static final double FLOPS_PER_PF_DAY = 1e15 * 86_400;
    /** Training FLOPs per parameter per token: forward 2ND plus backward 4ND. */
    public static final double FLOPS_PER_PARAM_TOKEN = 6;

    public ComputeBudget {
        Require.inRange("flops", flops, MIN_FLOPS, MAX_FLOPS);
    }

    public static ComputeBudget ofFlops(double flops) {
        return new ComputeBudget(flops);
    }

    public static ComputeBudget ofPfDays(double pfDays) {
        Require.positive("pfDays", pfDays);
        return new ComputeBudget(pfDays * FLOPS_PER_PF_DAY);
    }

    /** C = 6 N D. */
    public static ComputeBudget ofTraining(double params, double tokens) {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        return new ComputeBudget(FLOPS_PER_PARAM_TOKEN * params * tokens);
    }

    public double pfDays() {
        return flops / FLOPS_PER_PF_DAY;
    }

    public double log10Flops() {
        return Math.log10(flops);
    }

    /** D = C / (6 N): the tokens this budget buys for a model of {@code params} parameters. */
    public double tokensFor(double params) {
        Require.positive("params", params);
        return flops / (FLOPS_PER_PARAM_TOKEN * params);
    }
}
