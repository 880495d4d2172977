package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.law.PoolLoss;

/**
 * The isoFLOP profile ("banana") of one budget, with and without a cap on unique data: loss against
 * N along C = 6ND, {@code lossRepeated} drawing D from {@code uniqueTokens}, {@code lossFresh} with
 * every token new ({@link DataConstrainedLaw#freshLoss}). To the left (small N, many tokens) the repeated curve rises above the fresh one,
 * so its minimum moves to a smaller model.
 */
public record IsoFlopBanana(double flops, double uniqueTokens, double[] params, double[] tokens,
                            double[] lossRepeated, double[] lossFresh) {

    public static IsoFlopBanana of(DataConstrainedLaw law, ComputeBudget budget, double uniqueTokens,
                                   double fromParams, double toParams, int points) {
        PoolLoss pool = law.withUniqueTokens(uniqueTokens);
        double[] params = Grid.logSpaced(fromParams, toParams, points);
        double[] tokens = new double[points];
        double[] repeated = new double[points];
        double[] fresh = new double[points];
        for (int i = 0; i < points; i++) {
            tokens[i] = budget.tokensFor(params[i]);
            repeated[i] = Require.finiteResult("loss", pool.loss(params[i], tokens[i]));
            fresh[i] = Require.finiteResult("loss", law.freshLoss(params[i], tokens[i]));
        }
        return new IsoFlopBanana(budget.flops(), uniqueTokens, params, tokens, repeated, fresh);
    }

    public int size() {
        return params.length;
    }

    /** Index of the lowest point of the repeated-data curve on this grid. */
    public int lowestRepeated() {
        return lowest(lossRepeated);
    }

    /** Index of the lowest point of the fresh-data curve on this grid. */
    public int lowestFresh() {
        return lowest(lossFresh);
    }

    private static int lowest(double[] loss) {
        int best = 0;
        for (int i = 1; i < loss.length; i++) {
            if (loss[i] < loss[best]) {
                best = i;
            }
        }
        return best;
    }
}
