package org.scalingexplorer.engine.fit;

/**
 * How well a fit on the runs with FLOPs at most {@code cutoffFlops} ({@code trainRuns} of them)
 * predicts the loss of the {@code nRuns} runs above it: mean and largest |predicted - actual| / actual.
 */
public record HoldoutResult(double cutoffFlops, int trainRuns, int nRuns, double meanRelError, double maxRelError) {
}
