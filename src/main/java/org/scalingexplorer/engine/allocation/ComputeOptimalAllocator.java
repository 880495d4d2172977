package org.scalingexplorer.engine.allocation;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * The compute-optimal model size and token count for a budget. For the Chinchilla form the closed
 * form; for Kaplan, Table 6's N_opt and D = C / (6 N_opt), so that the budget holds exactly.
 */
public final class ComputeOptimalAllocator {
    private ComputeOptimalAllocator() {
    }

    public static Allocation allocate(ScalingLaw law, ComputeBudget budget) {
        double params = optimalParams(law, budget);
        double tokens = budget.tokensFor(params);
        double loss = law.loss(params, tokens);
        return new Allocation(budget.flops(),
                Require.finiteResult("params", params),
                Require.finiteResult("tokens", tokens),
                Require.finiteResult("loss", loss));
    }

    public static double optimalParams(ScalingLaw law, ComputeBudget budget) {
        if (law instanceof ChinchillaLaw chinchilla) {
            return ChinchillaOptimum.of(chinchilla).params(budget.flops());
        }
        if (law instanceof KaplanLaw) {
            return KaplanEfficientFrontier.params(budget.pfDays());
        }
        throw new IllegalArgumentException("no compute-optimal rule for " + law.getClass().getSimpleName());
    }
}
