package org.scalingexplorer.engine.recipe;

import org.scalingexplorer.engine.law.Citation;

/**
 * One fitted law's learning rate and batch for a budget, with what it was evaluated at.
 *
 * @param lawId              {@code deepseek} or {@code step-law}
 * @param source             the paper
 * @param flops              the user's budget C = 6 N D (N as the active law counts it)
 * @param nonEmbeddingParams N_\E of the active law's compute-optimal allocation
 * @param tokens             D of that allocation
 * @param evaluatedFlops     the compute the law was evaluated at: DeepSeek's C = M D, taken as
 *                           6 N_\E D (attention FLOPs left out); for Step Law, which takes N and D,
 *                           the same number for reference
 * @param learningRate       the law's optimal (peak) learning rate
 * @param batchTokens        the law's optimal batch, in tokens
 */
public record HyperparameterAdvice(String lawId, Citation source, double flops, double nonEmbeddingParams,
                                   double tokens, double evaluatedFlops, double learningRate, double batchTokens) {
}
