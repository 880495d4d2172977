package org.scalingexplorer.engine.curves;

/**
 * The lowest loss any run reaches at one training compute, and the run that holds it: its size and
 * the tokens it had seen there (interpolated between its checkpoints). {@code params} is NaN when
 * the holder's size is unknown.
 */
public record EnvelopePoint(double flops, double loss, String run, double params, double tokens) {
}
