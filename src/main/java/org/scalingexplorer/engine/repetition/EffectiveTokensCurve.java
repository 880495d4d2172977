package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * D' against epochs for one pool, log-spaced from one epoch: element i of every array belongs to
 * {@code epochs[i]}. Effective epochs (D'/U_D) follow the diagonal at first and flatten towards
 * {@code 1 + R_D*}.
 */
public record EffectiveTokensCurve(double uniqueTokens, double[] epochs, double[] effectiveTokens,
                                   double[] effectiveEpochs, double[] repeatedTokensValue,
                                   double[] marginalValue) {

    public static EffectiveTokensCurve of(DataConstrainedLaw law, double uniqueTokens, double maxEpochs, int points) {
        Require.positive("uniqueTokens", uniqueTokens);
        Require.atLeast("maxEpochs", maxEpochs, 1);
        double[] epochs = Grid.logSpaced(1, maxEpochs, points);
        double[] effective = new double[points];
        double[] effectiveEpochs = new double[points];
        double[] repeatedValue = new double[points];
        double[] marginal = new double[points];
        for (int i = 0; i < points; i++) {
            RepetitionValue value = RepetitionValue.of(law, uniqueTokens, epochs[i]);
            effective[i] = value.effectiveTokens();
            effectiveEpochs[i] = value.effectiveEpochs();
            repeatedValue[i] = value.repeatedTokensValue();
            marginal[i] = value.marginalValue();
        }
        return new EffectiveTokensCurve(uniqueTokens, epochs, effective, effectiveEpochs, repeatedValue, marginal);
    }

    public int size() {
        return epochs.length;
    }
}
