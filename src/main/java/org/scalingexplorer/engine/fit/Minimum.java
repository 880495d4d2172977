package org.scalingexplorer.engine.fit;

/**
 * Where a minimisation stopped. {@code converged} is true only when a stopping test of the
 * minimiser was met (small gradient or a negligible relative decrease); {@code stopReason} says
 * which, or why it stopped without converging. {@code point} and {@code value} are always finite.
 */
public record Minimum(double[] point, double value, int iterations, int evaluations, boolean converged,
                      String stopReason) {
}
