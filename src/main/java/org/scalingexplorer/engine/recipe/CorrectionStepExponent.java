package org.scalingexplorer.engine.recipe;

import org.scalingexplorer.engine.fit.Interval;

/**
 * The Approach 2 exponent a of {@code N_opt proportional to C^a} that one configuration's isoFLOP
 * points give, with a bootstrap interval.
 *
 * @param dataset        the data set, or empty
 * @param configuration  the configuration's label
 * @param runs           points in the file for this configuration
 * @param flops          budgets that gave an optimum, ascending
 * @param optimalParams  the optimum N at each of those budgets (vertex of the parabola near the minimum)
 * @param exponent       a fitted through the optima in log-log
 * @param ci95           2.5th and 97.5th percentiles of a over resamples of the points
 * @param skippedBudgets budgets left out because their lowest loss sat at the smallest or largest size
 */
public record CorrectionStepExponent(String dataset, String configuration, int runs, double[] flops,
                                     double[] optimalParams, double exponent, Interval ci95, int skippedBudgets) {

    public CorrectionStepExponent {
        flops = flops.clone();
        optimalParams = optimalParams.clone();
    }

    @Override
    public double[] flops() {
        return flops.clone();
    }

    @Override
    public double[] optimalParams() {
        return optimalParams.clone();
    }

    public String label() {
        return dataset.isEmpty() ? configuration : configuration + " (" + dataset + ")";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorrectionStepExponent c && dataset.equals(c.dataset)
                && configuration.equals(c.configuration) && runs == c.runs
                && java.util.Arrays.equals(flops, c.flops) && java.util.Arrays.equals(optimalParams, c.optimalParams)
                && Double.compare(exponent, c.exponent) == 0 && ci95.equals(c.ci95) && skippedBudgets == c.skippedBudgets;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(dataset, configuration, runs, exponent);
    }
}
