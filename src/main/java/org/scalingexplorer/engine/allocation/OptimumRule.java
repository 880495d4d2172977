package org.scalingexplorer.engine.allocation;

import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Which "compute-optimal" a caller means. For the Chinchilla form both rules give the same split. For
 * Kaplan they do not: Table 6's N_opt = 1.3e9 C^0.73 came from Kaplan's L(N, S) and critical-batch
 * analysis, while the minimum of Kaplan's own L(N, D) along C = 6ND grows only as
 * C^(alpha_D / (alpha_N + alpha_D)) = C^0.556 (see {@link IsoFlopProfile}).
 */
public enum OptimumRule {
    /** The paper's allocation rule: the closed form for the Chinchilla form, Table 6 for Kaplan. */
    PUBLISHED_RULE {
        @Override
        public Allocation allocate(ScalingLaw law, ComputeBudget budget) {
            return ComputeOptimalAllocator.allocate(law, budget);
        }
    },
    /** The bottom of the isoFLOP banana: the lowest loss the law itself allows along C = 6ND. */
    LOSS_MINIMUM {
        @Override
        public Allocation allocate(ScalingLaw law, ComputeBudget budget) {
            return IsoFlopProfile.minimum(law, budget.flops());
        }
    };

    public abstract Allocation allocate(ScalingLaw law, ComputeBudget budget);
}
