package org.scalingexplorer.engine.plan;

import java.util.List;

/**
 * The shape of a published model, as its paper's table gives it.
 *
 * @param name            the model's name in the paper, e.g. "LLaMA-7B"
 * @param family          the family it belongs to, e.g. "LLaMA"
 * @param reportedParams  the parameter count the paper reports (all parameters)
 * @param layers          n_layers
 * @param width           d_model
 * @param heads           attention heads
 * @param headSize        d_head
 * @param feedForwardWidth hidden width of each block's MLP
 * @param gatedFeedForward whether the MLP has three matrices (SwiGLU) rather than two
 * @param vocabulary      tokens in the vocabulary
 * @param embeddings      whether the output layer shares the input embedding
 * @param source          the paper and table the shape is taken from
 */
public record PublishedShape(String name, String family, double reportedParams, int layers, int width, int heads,
                             int headSize, int feedForwardWidth, boolean gatedFeedForward, long vocabulary,
                             Tying embeddings, String source) {

    /** Whether a model ties its output layer to its input embedding, or its paper does not say. */
    public enum Tying {
        TIED, UNTIED, NOT_STATED
    }

    private static final String GPT3 = "Brown et al. 2020, \"Language Models are Few-Shot Learners\", "
            + "arXiv:2005.14165, Table 2.1";
    private static final String LLAMA = "Touvron et al. 2023, \"LLaMA: Open and Efficient Foundation Language "
            + "Models\", arXiv:2302.13971, Table 2 and sec. 2.2";
    private static final String CHINCHILLA = "Hoffmann et al. 2022, \"Training Compute-Optimal Large Language "
            + "Models\", arXiv:2203.15556, Table 4";

    /**
     * GPT-3's eight sizes (MLP 4 d_model, vocabulary 50,257 as GPT-2, embeddings tied as in GPT-2; the
     * 13B row's d_model is printed 5140 in the table, kept as printed), LLaMA's four (SwiGLU of
     * 2/3 * 4d rounded up to a multiple of 256, vocabulary 32,000, untied output layer) and Chinchilla.
     */
    public static final List<PublishedShape> CATALOG = List.of(
            gpt3("GPT-3 Small", 125e6, 12, 768, 12, 64),
            gpt3("GPT-3 Medium", 350e6, 24, 1024, 16, 64),
            gpt3("GPT-3 Large", 760e6, 24, 1536, 16, 96),
            gpt3("GPT-3 XL", 1.3e9, 24, 2048, 24, 128),
            gpt3("GPT-3 2.7B", 2.7e9, 32, 2560, 32, 80),
            gpt3("GPT-3 6.7B", 6.7e9, 32, 4096, 32, 128),
            gpt3("GPT-3 13B", 13e9, 40, 5140, 40, 128),
            gpt3("GPT-3 175B", 175e9, 96, 12288, 96, 128),
            llama("LLaMA-7B", 6.7e9, 32, 4096, 32, 11008),
            llama("LLaMA-13B", 13.0e9, 40, 5120, 40, 13824),
            llama("LLaMA-33B", 32.5e9, 60, 6656, 52, 17920),
            llama("LLaMA-65B", 65.2e9, 80, 8192, 64, 22016),
            new PublishedShape("Chinchilla", "Chinchilla", 70e9, 80, 8192, 64, 128, 4 * 8192, false, 32_000,
                    Tying.NOT_STATED, CHINCHILLA));

    /** Non-embedding weights: per block 4 d^2 for attention plus 2 or 3 d x d_ff matrices for the MLP. */
    public double nonEmbeddingParams() {
        double mlpMatrices = gatedFeedForward ? 3 : 2;
        return layers * (4.0 * width * width + mlpMatrices * (double) width * feedForwardWidth);
    }

    /**
     * The shape as the search represents it (its 12 L d^2 count is an approximation for gated MLPs);
     * a model whose paper does not say whether it ties its embeddings is counted with one matrix.
     */
    public TransformerShape shape() {
        return new TransformerShape(layers, width, heads, headSize, vocabulary, embeddings != Tying.UNTIED);
    }

    public double aspectRatio() {
        return width / (double) layers;
    }

    private static PublishedShape gpt3(String name, double params, int layers, int width, int heads, int headSize) {
        return new PublishedShape(name, "GPT-3", params, layers, width, heads, headSize, 4 * width, false, 50_257,
                Tying.TIED, GPT3);
    }

    private static PublishedShape llama(String name, double params, int layers, int width, int heads, int ffn) {
        return new PublishedShape(name, "LLaMA", params, layers, width, heads, width / heads, ffn, true, 32_000,
                Tying.UNTIED, LLAMA);
    }
}
