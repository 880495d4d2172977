package org.scalingexplorer.engine.plan;

/**
 * Percentiles of one estimate over the repetitions of a study, next to its true value: the middle
 * 95% ({@code p2_5} to {@code p97_5}), the middle half ({@code p25} to {@code p75}) and the median.
 */
public record EstimateSpread(double truth, double p2_5, double p25, double median, double p75, double p97_5) {

    /** p97.5 - p2.5. */
    public double width95() {
        return p97_5 - p2_5;
    }
}
