package org.scalingexplorer.engine.recipe;

import org.scalingexplorer.engine.Require;

/**
 * Kaplan et al. 2020's condition for training without overfitting (arXiv:2001.08361, sec. 4.2,
 * eq. 4.4): keep {@code D >= 5e3 N^0.74} tokens for N non-embedding parameters. It comes from their
 * joint fit L(N, D) (Table 2: the penalty {@code L(N, D) / L(N, inf) - 1} stays below about 2% above
 * the line); below it a bigger model stops paying for itself unless the data grows too, by about 5x
 * for every 8x in parameters (8^0.74 = 4.7).
 */
public final class OverfittingBound {

    public static final double TOKENS_COEFFICIENT = 5e3;
    public static final double PARAMS_EXPONENT = 0.74;

    private OverfittingBound() {
    }

    /** The fewest tokens, 5e3 N^0.74, that keep a model of {@code nonEmbeddingParams} from overfitting. */
    public static double minTokens(double nonEmbeddingParams) {
        Require.positive("non-embedding params", nonEmbeddingParams);
        return TOKENS_COEFFICIENT * Math.pow(nonEmbeddingParams, PARAMS_EXPONENT);
    }

    /** The largest non-embedding size {@code tokens} support: (D / 5e3)^(1/0.74). */
    public static double maxParams(double tokens) {
        Require.positive("tokens", tokens);
        return Math.pow(tokens / TOKENS_COEFFICIENT, 1 / PARAMS_EXPONENT);
    }

    /** D / (5e3 N^0.74): 1 or more means the run is on the safe side of the line. */
    public static double margin(double nonEmbeddingParams, double tokens) {
        Require.positive("tokens", tokens);
        return tokens / minTokens(nonEmbeddingParams);
    }

    public static boolean avoidsOverfitting(double nonEmbeddingParams, double tokens) {
        return margin(nonEmbeddingParams, tokens) >= 1;
    }
}
