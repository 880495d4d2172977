package org.scalingexplorer.engine.plan;

/**
 * A decoder-only transformer shape: {@code layers} blocks of model width {@code width}, split into
 * {@code heads} attention heads of {@code headSize} each. The non-embedding count
 * 12 * layers * width^2 (Kaplan et al. 2020 sec. 2.1: 4 w^2 for attention and 8 w^2 for an MLP of 4w
 * per block) is the N of the scaling laws that count without embeddings. Embeddings are counted
 * apart because laws differ on whether to count them (science.md section 6): the input embedding is
 * vocabulary x width; the output (unembedding) layer is another vocabulary x width unless it is tied
 * to the input embedding, as in GPT-2 and GPT-3 (LLaMA does not tie them).
 */
public record TransformerShape(int layers, int width, int heads, int headSize, long vocabulary,
                               boolean tiedEmbeddings) {

    public TransformerShape {
        if (layers < 1 || width < 1 || heads < 1 || headSize < 1 || vocabulary < 0) {
            throw new IllegalArgumentException("a shape needs at least 1 layer, width, head and head size and a "
                    + "vocabulary of 0 or more, got " + layers + " x " + width + ", " + heads + " x " + headSize
                    + ", vocabulary " + vocabulary);
        }
    }

    public double nonEmbeddingParams() {
        return 12.0 * layers * (double) width * width;
    }

    /** The input embedding, vocabulary x width. */
    public double inputEmbeddingParams() {
        return (double) vocabulary * width;
    }

    /** The output layer, vocabulary x width when untied; 0 when it shares the input embedding. */
    public double outputEmbeddingParams() {
        return tiedEmbeddings ? 0 : (double) vocabulary * width;
    }

    /** Input plus output embeddings. */
    public double embeddingParams() {
        return inputEmbeddingParams() + outputEmbeddingParams();
    }

    public double totalParams() {
        return nonEmbeddingParams() + embeddingParams();
    }

    /** width / layers. */
    public double aspectRatio() {
        return width / (double) layers;
    }

    /** |non-embedding count - target| / target. */
    public double relativeDistance(double targetParams) {
        return Math.abs(nonEmbeddingParams() - targetParams) / targetParams;
    }
}
