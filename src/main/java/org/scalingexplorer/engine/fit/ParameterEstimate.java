package org.scalingexplorer.engine.fit;

/**
 * One row of the results table: a fitted quantity by its key (E, alpha, N_opt, ...), its value on
 * the data, and its 95% bootstrap percentile interval, null when no bootstrap ran.
 */
public record ParameterEstimate(String key, double value, Interval ci95) {

    public boolean hasInterval() {
        return ci95 != null;
    }
}
