package org.scalingexplorer.engine.plan;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The spread of a repeated virtual experiment: per estimate (E, A, B, alpha, beta, a_exponent,
 * extrapolated_loss, extrapolation_error) its percentiles over the repetitions that produced a law of
 * the Chinchilla form. {@code failed} counts the repetitions that did not (a non-positive exponent, or
 * constants that overflow); they are left out of the percentiles.
 */
public record StudySummary(int repetitions, int failed, String penaltyId, NoiseModel noiseModel,
                           Map<String, EstimateSpread> spreads) {

    public static final String A_EXPONENT = "a_exponent";
    public static final String EXTRAPOLATED_LOSS = "extrapolated_loss";
    public static final String EXTRAPOLATION_ERROR = "extrapolation_error";

    public StudySummary {
        spreads = Collections.unmodifiableMap(new LinkedHashMap<>(spreads));
    }

    public EstimateSpread spread(String estimate) {
        EstimateSpread spread = spreads.get(estimate);
        if (spread == null) {
            throw new IllegalArgumentException("no estimate " + estimate + ", only " + spreads.keySet());
        }
        return spread;
    }
}
