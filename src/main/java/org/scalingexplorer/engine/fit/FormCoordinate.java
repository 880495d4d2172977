package org.scalingexplorer.engine.fit;

/**
 * One number the optimiser moves, e.g. {@code a} with A = exp(a), and the values the full grid of
 * starts gives it.
 */
public record FormCoordinate(String name, double[] starts) {

    public FormCoordinate {
        starts = starts.clone();
    }

    @Override
    public double[] starts() {
        return starts.clone();
    }
}
