package org.scalingexplorer.engine.law;

import org.scalingexplorer.engine.Require;

/**
 * A {@link DataConstrainedLaw} with the unique-token pool U_D fixed: L(N, D) for a run that draws its
 * D tokens from U_D unique ones. Keeps N_for(U_D) so the inner loop of an optimisation pays for two
 * powers and two exponentials, not four powers.
 */
public final class PoolLoss {
    private final DataConstrainedLaw law;
    private final double uniqueTokens;
    private final double paramsForPool;

    PoolLoss(DataConstrainedLaw law, double uniqueTokens) {
        this.law = law;
        this.uniqueTokens = uniqueTokens;
        this.paramsForPool = law.paramsForTokens(uniqueTokens);
    }

    public DataConstrainedLaw law() {
        return law;
    }

    public double uniqueTokens() {
        return uniqueTokens;
    }

    /** N_for(U_D): beyond this size, extra parameters decay in value. */
    public double paramsForPool() {
        return paramsForPool;
    }

    public double loss(double params, double tokens) {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        if (tokens >= uniqueTokens) {
            return law.lossOfEffective(params, tokens, uniqueTokens, paramsForPool);
        }
        return law.unchecked(params, tokens, uniqueTokens);
    }
}
