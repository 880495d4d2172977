package org.scalingexplorer.engine.fit;

import java.util.Map;

/**
 * 95% percentile intervals from a bootstrap, one per estimated quantity, in the order the
 * estimator names them. {@code failedResamples} counts resamples the estimator could not fit (they
 * are left out of the intervals); {@code unconvergedResamples} counts fits that stopped without
 * meeting their convergence test (they are kept: their point is finite and usually close).
 */
public record BootstrapResult(int resamples, int failedResamples, int unconvergedResamples,
                              Map<String, Interval> ci95) {

    public BootstrapResult {
        ci95 = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ci95));
    }

    public Interval interval(String quantity) {
        Interval interval = ci95.get(quantity);
        if (interval == null) {
            throw new IllegalArgumentException("the bootstrap has no interval for " + quantity + ", only " + ci95.keySet());
        }
        return interval;
    }
}
