package org.scalingexplorer.engine.curves;

/**
 * A schedule law fitted to some curves: the law, the root-mean-square error of its losses over the
 * {@code points} checkpoints it was fitted on, and the largest absolute error among them.
 */
public record ScheduleLawFit(ScheduleLaw law, double rmse, double maxAbsError, int points, int curves) {
}
