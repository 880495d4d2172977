package org.scalingexplorer.engine.simulation;

/** A sampled error curve and the slope of the straight line through it on log-log axes. */
public record SimulatedCurve(double[] sampleSizes, double[] error, double fittedSlope) {
}
