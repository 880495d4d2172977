package org.scalingexplorer.engine.fit;

/** A coordinate held at {@code value} while the others are fitted; {@code constant} is the name the user gave. */
public record FixedCoordinate(String constant, int index, double value) {

    public FixedCoordinate {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("--fix " + constant + ": the value gives a coordinate of " + value);
        }
    }
}
