package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * Loss of one model against epochs over one pool ({@code lossRepeated}), next to the loss the same
 * token count would give if every token were new ({@code lossFresh}). The gap is the price of
 * repeating; element i of every array belongs to {@code epochs[i]}.
 */
public record RepetitionLossCurves(double params, double uniqueTokens, double[] epochs, double[] tokens,
                                   double[] lossRepeated, double[] lossFresh) {

    public static RepetitionLossCurves of(DataConstrainedLaw law, double params, double uniqueTokens,
                                          double maxEpochs, int points) {
        Require.positive("params", params);
        Require.positive("uniqueTokens", uniqueTokens);
        Require.atLeast("maxEpochs", maxEpochs, 1);
        double[] epochs = Grid.logSpaced(1, maxEpochs, points);
        double[] tokens = new double[points];
        double[] repeated = new double[points];
        double[] fresh = new double[points];
        for (int i = 0; i < points; i++) {
            tokens[i] = uniqueTokens * epochs[i];
            repeated[i] = Require.finiteResult("loss", law.loss(params, tokens[i], uniqueTokens));
            fresh[i] = Require.finiteResult("loss", law.freshLoss(params, tokens[i]));
        }
        return new RepetitionLossCurves(params, uniqueTokens, epochs, tokens, repeated, fresh);
    }

    public int size() {
        return epochs.length;
    }
}
