package org.scalingexplorer.engine.plan;

/**
 * A decoder-only transformer shape: {@code layers} blocks of model width {@code width}, split into
 * {@code heads} attention heads of {@code headSize} each. The non-embedding count
 * 12 * layers * width^2 (Kaplan et al. 2020: 4 w^2 for attention and 8 w^2 for an MLP of 4w per
 * block) is the N of the scaling laws that count without embeddings; {@code embeddingParams}
 * (vocabulary * width) is shown apart because laws differ on whether to count it (science.md
 * section 6).
 */
public record TransformerShape(int layers, int width, int heads, int headSize, long vocabulary) {

    public double nonEmbeddingParams() {
        return 12.0 * layers * (double) width * width;
    }

    public double embeddingParams() {
        return (double) vocabulary * width;
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
