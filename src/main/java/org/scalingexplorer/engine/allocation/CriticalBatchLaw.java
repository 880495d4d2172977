package org.scalingexplorer.engine.allocation;

import org.scalingexplorer.engine.Require;

/**
 * Kaplan 2020's critical batch size (science.md sections 2 and 7), {@code B_crit(L) = B_star / L^(1/alpha_B)}
 * tokens: beyond it a bigger batch buys little. It grows as the loss falls, so a run's batch should
 * ramp up. Kaplan measured it against WebText2 loss; applied to another law's predicted loss it is an
 * estimate of the right order, not a measurement.
 *
 * @param tokensStar B_star, in tokens
 * @param alphaB     alpha_B
 */
public record CriticalBatchLaw(double tokensStar, double alphaB) {

    public static final CriticalBatchLaw KAPLAN_2020 = new CriticalBatchLaw(2.1e8, 0.21);

    public CriticalBatchLaw {
        Require.positive("tokensStar", tokensStar);
        Require.positive("alphaB", alphaB);
    }

    /** The critical batch, in tokens, at a loss in nats per token. */
    public double criticalBatchTokens(double loss) {
        Require.positive("loss", loss);
        return tokensStar / Math.pow(loss, 1 / alphaB);
    }

    /** Optimizer steps to see {@code tokens} tokens at the critical batch of {@code loss}. */
    public double steps(double tokens, double loss) {
        Require.positive("tokens", tokens);
        return tokens / criticalBatchTokens(loss);
    }
}
