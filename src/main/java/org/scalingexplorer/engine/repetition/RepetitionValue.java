package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * What {@code epochs} passes over {@code uniqueTokens} distinct tokens are worth, in effective
 * tokens D' (Muennighoff et al. 2023, science.md section 5).
 *
 * <p>"The value of repetition" is {@link #repeatedTokensValue()}: what the repeated tokens
 * (D - U_D of them) are worth next to as many new ones, {@code (D' - U_D) / (D - U_D)}. It isolates
 * the repeats; {@link #overallValue()} = D'/D dilutes them with the first epoch, which is always
 * worth its face value. {@link #marginalValue()} is what one more epoch would add, per token.
 *
 * <p>The two rules of thumb read off these numbers under the published R_D* = 15.4: at 4 epochs the
 * run is worth 93% of fresh data overall ({@link #overallValue()}, "nearly as good as new"); at 40
 * epochs one more epoch is worth 8% of new data ({@link #marginalValue()}, "nearly worthless").
 */
public record RepetitionValue(double uniqueTokens, double epochs, double tokens, double effectiveTokens,
                              double repeatedTokensDecay) {

    public static final double NEARLY_AS_GOOD_AS_NEW_EPOCHS = 4;
    public static final double NEARLY_WORTHLESS_EPOCHS = 40;

    public static RepetitionValue of(DataConstrainedLaw law, double uniqueTokens, double epochs) {
        Require.positive("uniqueTokens", uniqueTokens);
        Require.atLeast("epochs", epochs, 1);
        double tokens = uniqueTokens * epochs;
        return new RepetitionValue(uniqueTokens, epochs, tokens, law.effectiveTokens(tokens, uniqueTokens),
                law.repeatedTokensDecay());
    }

    /** (D' - U_D) / (D - U_D); 1 at one epoch, the limit as the first repeat begins. */
    public double repeatedTokensValue() {
        double repeated = tokens - uniqueTokens;
        if (repeated <= 0) {
            return 1;
        }
        return (effectiveTokens - uniqueTokens) / repeated;
    }

    /** D'/D: the whole run against as many new tokens. */
    public double overallValue() {
        return effectiveTokens / tokens;
    }

    /** dD'/dD = exp(-R_D / R_D*): what the next repeated token is worth next to a new one. */
    public double marginalValue() {
        return Math.exp(-(epochs - 1) / repeatedTokensDecay);
    }

    /** D'/U_D: the run as a number of epochs of new data; never above 1 + R_D*. */
    public double effectiveEpochs() {
        return effectiveTokens / uniqueTokens;
    }
}
