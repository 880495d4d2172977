package org.scalingexplorer.engine.recipe;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.scalingexplorer.engine.Require;

/**
 * How many parameters a transformer's embedding adds to its non-embedding ones, after Pearce and Song
 * 2024 ("Reconciling Kaplan and Chinchilla Scaling Laws", arXiv:2406.12907, sec. 2): a model of
 * non-embedding size {@code N_\E = 12 L d^2} kept at a fixed aspect ratio {@code A = d / L} has width
 * {@code d = (A N_\E / 12)^(1/3)}, and one vocabulary x width embedding matrix, so its total is
 * <pre>
 *   N_T = N_\E + gamma N_\E^(1/3),   gamma = V (A / 12)^(1/3)
 * </pre>
 * Their analysis script fits gamma = 47,491 to the model configurations of Hoffmann et al. 2022
 * (Table A9: parameters against d_model) and notes V = 32,000 with A = 39.2, which gives 47,481. One
 * vocabulary x width matrix is counted, as for tied input and output embeddings.
 *
 * @param vocabulary  V, tokens in the vocabulary
 * @param aspectRatio A = d_model / n_layer, held fixed as models grow
 */
public record EmbeddingCount(double vocabulary, double aspectRatio) {

    /** Pearce and Song's shape rule: LLaMA's 32,000-token vocabulary and width/depth 39.2. */
    public static final EmbeddingCount PEARCE_SONG_2024 = new EmbeddingCount(32_000, 39.2);
    /** Non-embedding parameters of a transformer block per width squared (Kaplan 2020, sec. 2.1). */
    static final double BLOCK_PARAMS_PER_WIDTH_SQUARED = 12;

    public EmbeddingCount {
        Require.positive("vocabulary", vocabulary);
        Require.positive("aspect ratio", aspectRatio);
    }

    /** gamma = V (A / 12)^(1/3), so that embeddings = gamma N_\E^(1/3). */
    public double gamma() {
        return vocabulary * Math.cbrt(aspectRatio / BLOCK_PARAMS_PER_WIDTH_SQUARED);
    }

    /** d = (A N_\E / 12)^(1/3). */
    public double width(double nonEmbeddingParams) {
        Require.positive("non-embedding params", nonEmbeddingParams);
        return Math.cbrt(aspectRatio * nonEmbeddingParams / BLOCK_PARAMS_PER_WIDTH_SQUARED);
    }

    /** V d = gamma N_\E^(1/3). */
    public double embeddingParams(double nonEmbeddingParams) {
        return vocabulary * width(nonEmbeddingParams);
    }

    /** N_T = N_\E + gamma N_\E^(1/3). */
    public double totalParams(double nonEmbeddingParams) {
        return nonEmbeddingParams + embeddingParams(nonEmbeddingParams);
    }

    /** The inverse of {@link #totalParams}: the non-embedding part of {@code totalParams} (monotone, so unique). */
    public double nonEmbeddingParams(double totalParams) {
        Require.positive("total params", totalParams);
        double logTotal = Math.log(totalParams);
        // N_T(x) is increasing and N_T(x) > x, so the root lies below N_T. At x = min(N_T/2, (N_T/(2 gamma))^3)
        // both terms of N_T(x) are at most N_T/2, so the root lies at or above that.
        double lower = Math.min(logTotal - Math.log(2), 3 * (logTotal - Math.log(2 * gamma()))) - 1e-9;
        double logRoot = new BrentSolver(1e-12).solve(200,
                logX -> Math.log(totalParams(Math.exp(logX))) - logTotal, lower, logTotal);
        return Math.exp(logRoot);
    }
}
