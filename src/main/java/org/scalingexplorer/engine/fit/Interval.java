package org.scalingexplorer.engine.fit;

/** A closed interval [low, high], e.g. a 95% bootstrap percentile interval. */
public record Interval(double low, double high) {

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
