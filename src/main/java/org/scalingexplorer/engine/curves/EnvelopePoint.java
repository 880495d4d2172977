package org.scalingexplorer.engine.curves;

/**
 * The lowest loss any run reaches at one training compute, and the run that holds it: its size and
 * the tokens it had seen there (interpolated between its checkpoints). {@code params} is NaN when
 * the holder's size is unknown. {@code scheduleFraction} is how far through its schedule the holder
 * was there (tokens seen over tokens at its scheduled total; NaN when its schedule is unknown): below
 * 1, the envelope is read off a run in the middle of its schedule.
 */
public record EnvelopePoint(double flops, double loss, String run, double params, double tokens,
                            double scheduleFraction) {

    public boolean midSchedule() {
        return scheduleFraction < 1;
    }
}
