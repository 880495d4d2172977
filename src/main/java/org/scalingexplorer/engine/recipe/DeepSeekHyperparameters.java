package org.scalingexplorer.engine.recipe;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.Citation;

/**
 * The near-optimal learning rate and batch size that DeepSeek LLM fitted against compute (Bi et al.
 * 2024, "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism", arXiv:2401.02954,
 * sec. 3.1, eq. 1):
 * <pre>
 *   eta_opt = 0.3118 C^(-0.1250)      B_opt = 0.2920 C^(0.3271)   (B in tokens)
 * </pre>
 * Their compute is {@code C = M D} with M the non-embedding FLOPs per token (72 n_layer d_model^2 +
 * 6 n_layer d_model l_seq: the 6 N of the non-embedding weights plus attention), not 6 N D with all
 * parameters; the fit comes from their own data, model family and AdamW with a multi-step schedule.
 */
public final class DeepSeekHyperparameters {

    public static final Citation CITATION = new Citation("Bi et al. (DeepSeek-AI)", 2024,
            "DeepSeek LLM: Scaling Open-Source Language Models with Longtermism", "2401.02954");
    public static final double LEARNING_RATE_COEFFICIENT = 0.3118;
    public static final double LEARNING_RATE_EXPONENT = -0.1250;
    public static final double BATCH_COEFFICIENT = 0.2920;
    public static final double BATCH_EXPONENT = 0.3271;

    private DeepSeekHyperparameters() {
    }

    /** eta_opt at DeepSeek's compute C = M D, in FLOPs. */
    public static double learningRate(double flops) {
        Require.positive("flops", flops);
        return LEARNING_RATE_COEFFICIENT * Math.pow(flops, LEARNING_RATE_EXPONENT);
    }

    /** B_opt in tokens at DeepSeek's compute C = M D, in FLOPs. */
    public static double batchTokens(double flops) {
        Require.positive("flops", flops);
        return BATCH_COEFFICIENT * Math.pow(flops, BATCH_EXPONENT);
    }
}
