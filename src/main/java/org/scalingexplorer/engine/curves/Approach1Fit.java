package org.scalingexplorer.engine.curves;

import java.util.Map;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.fit.PowerLaw;

/**
 * Approach 1 of Hoffmann et al. 2022: power laws {@code N_opt = paramsLaw.coefficient * C^a} and
 * {@code D_opt = tokensLaw.coefficient * C^b} through the envelope of the training curves.
 * {@code ci95} holds 95% bootstrap percentile intervals by quantity ({@link #A_EXPONENT},
 * {@link #B_EXPONENT}); it is empty when no bootstrap was asked for. {@code failedResamples} counts
 * resamples whose envelope gave no fit.
 */
public record Approach1Fit(PowerLaw paramsLaw, PowerLaw tokensLaw, ComputeEnvelope envelope, int resamples,
                           int failedResamples, Map<String, Interval> ci95) {

    public static final String A_EXPONENT = "a_exponent";
    public static final String B_EXPONENT = "b_exponent";

    public Approach1Fit {
        ci95 = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ci95));
    }

    public double aExponent() {
        return paramsLaw.exponent();
    }

    public double bExponent() {
        return tokensLaw.exponent();
    }

    public double optimalParams(double flops) {
        return paramsLaw.at(flops);
    }

    public double optimalTokens(double flops) {
        return tokensLaw.at(flops);
    }
}
