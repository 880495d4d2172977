package org.scalingexplorer.engine.recipe;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.Citation;

/**
 * Step Law, the optimal learning rate and batch size Li et al. 2025 fitted to some 3,700 dense and
 * MoE runs ("Predictable Scale: Part I -- Optimal Hyperparameter Scaling Law in Large Language Model
 * Pretraining", arXiv:2503.04715; the two fitted formulas of the paper):
 * <pre>
 *   eta(N, D) = 1.79 N^(-0.713) D^(0.307)      B(D) = 0.58 D^(0.571)   (B in tokens)
 * </pre>
 * N counts non-embedding parameters (attention and feed-forward weights), D training tokens. The
 * best batch depends on the data, hardly on the model. The authors' released bootstrap fits
 * (github.com/step-law/steplaw, {@code 1004_fitted_lr_bs_scaling_model_parameters.csv}) have medians
 * 1.78 N^-0.712 D^0.307 and 0.573 D^0.571.
 */
public final class StepLawHyperparameters {

    public static final Citation CITATION = new Citation("Li et al.", 2025,
            "Predictable Scale: Part I -- Optimal Hyperparameter Scaling Law in Large Language Model Pretraining",
            "2503.04715");
    public static final double LEARNING_RATE_COEFFICIENT = 1.79;
    public static final double LEARNING_RATE_PARAMS_EXPONENT = -0.713;
    public static final double LEARNING_RATE_TOKENS_EXPONENT = 0.307;
    public static final double BATCH_COEFFICIENT = 0.58;
    public static final double BATCH_TOKENS_EXPONENT = 0.571;

    private StepLawHyperparameters() {
    }

    /** eta(N, D) for {@code nonEmbeddingParams} trained on {@code tokens}. */
    public static double learningRate(double nonEmbeddingParams, double tokens) {
        Require.positive("non-embedding params", nonEmbeddingParams);
        Require.positive("tokens", tokens);
        return LEARNING_RATE_COEFFICIENT * Math.pow(nonEmbeddingParams, LEARNING_RATE_PARAMS_EXPONENT)
                * Math.pow(tokens, LEARNING_RATE_TOKENS_EXPONENT);
    }

    /** B(D) in tokens for a run of {@code tokens} training tokens. */
    public static double batchTokens(double tokens) {
        Require.positive("tokens", tokens);
        return BATCH_COEFFICIENT * Math.pow(tokens, BATCH_TOKENS_EXPONENT);
    }
}
