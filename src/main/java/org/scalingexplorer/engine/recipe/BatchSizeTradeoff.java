package org.scalingexplorer.engine.recipe;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.allocation.CriticalBatchLaw;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * The steps/tokens trade-off of McCandlish et al. 2018 ("An Empirical Model of Large-Batch Training",
 * arXiv:1812.06162, eqs. 2.11 and 2.12; used by Kaplan et al. 2020, arXiv:2001.08361, sec. 5.1,
 * eqs. 5.1 to 5.5): reaching a given loss takes S optimizer steps and E training tokens with
 * {@code (S / S_min - 1)(E / E_min - 1) = 1} and {@code B_crit = E_min / S_min}, so at batch B
 * <pre>
 *   S = S_min (1 + B_crit / B)      E = E_min (1 + B / B_crit)
 * </pre>
 * and at B = B_crit both are twice their minimum. A batch far below B_crit is data-efficient but
 * slow; far above, it is fast but wastes tokens.
 *
 * <p>For a budget under a law: the law's compute-optimal allocation gives N and D = C / (6N) and the
 * predicted loss L. The budget is read as Kaplan's C_min (sec. 5.1, eq. 5.5: the compute that reaches
 * L with B much smaller than B_crit, which is how Table 6 states the compute-efficient allocation),
 * so the allocation's tokens are the minimum {@code E_min = D}; {@code B_crit} is Kaplan's
 * {@code B_star / L^(1/alpha_B)} (eq. 5.3, Table 5) at that loss, and {@code S_min = E_min / B_crit}.
 * Training at any batch B then costs {@code 6 N E(B)} FLOPs, more than the budget unless B is
 * small. Kaplan measured B_crit against WebText2 loss; another law's loss (other data, another
 * tokenizer) gives only an estimate of the right order.
 *
 * @param criticalBatchTokens B_crit, tokens per batch
 * @param minSteps            S_min, optimizer steps
 * @param minTokens           E_min, training tokens
 * @param params              the allocation's N (for the compute at a batch)
 * @param loss                the predicted loss B_crit was taken at, nats per token
 */
public record BatchSizeTradeoff(double criticalBatchTokens, double minSteps, double minTokens, double params,
                                double loss) {

    /** Kaplan 2020 Table 6, compute-efficient batch {@code B = 2.0e6 C_min^0.24} tokens (C_min in PF-days). */
    public static final double KAPLAN_BATCH_COEFFICIENT = 2.0e6;
    public static final double KAPLAN_BATCH_EXPONENT = 0.24;
    /** Kaplan 2020 Table 6, {@code S_min = 5.4e3 C_min^0.03} steps (C_min in PF-days). */
    public static final double KAPLAN_STEPS_COEFFICIENT = 5.4e3;
    public static final double KAPLAN_STEPS_EXPONENT = 0.03;

    public BatchSizeTradeoff {
        Require.positive("critical batch tokens", criticalBatchTokens);
        Require.positive("minimum steps", minSteps);
        Require.positive("minimum tokens", minTokens);
        Require.positive("params", params);
        Require.positive("loss", loss);
    }

    /** The trade-off for a budget under a law, as the class comment describes. */
    public static BatchSizeTradeoff forBudget(ScalingLaw law, ComputeBudget budget) {
        Allocation allocation = ComputeOptimalAllocator.allocate(law, budget);
        double criticalBatch = CriticalBatchLaw.KAPLAN_2020.criticalBatchTokens(allocation.loss());
        return new BatchSizeTradeoff(criticalBatch, allocation.tokens() / criticalBatch, allocation.tokens(),
                allocation.params(), allocation.loss());
    }

    /** S = S_min (1 + B_crit / B): optimizer steps to reach the loss at a batch of {@code batchTokens}. */
    public double steps(double batchTokens) {
        Require.positive("batch tokens", batchTokens);
        return minSteps * (1 + criticalBatchTokens / batchTokens);
    }

    /** E = E_min (1 + B / B_crit): tokens processed to reach the loss at a batch of {@code batchTokens}. */
    public double tokens(double batchTokens) {
        Require.positive("batch tokens", batchTokens);
        return minTokens * (1 + batchTokens / criticalBatchTokens);
    }

    /** Training compute 6 N E(B) at a batch of {@code batchTokens}. */
    public double flops(double batchTokens) {
        return ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens(batchTokens);
    }

    /** Kaplan's own Table 6 batch for the budget, {@code 2.0e6 C^0.24} tokens: valid along Kaplan's allocation. */
    public static double kaplanTableBatchTokens(ComputeBudget budget) {
        return KAPLAN_BATCH_COEFFICIENT * Math.pow(budget.pfDays(), KAPLAN_BATCH_EXPONENT);
    }

    /** Kaplan's own Table 6 minimum steps for the budget, {@code 5.4e3 C^0.03}: valid along Kaplan's allocation. */
    public static double kaplanTableMinSteps(ComputeBudget budget) {
        return KAPLAN_STEPS_COEFFICIENT * Math.pow(budget.pfDays(), KAPLAN_STEPS_EXPONENT);
    }
}
