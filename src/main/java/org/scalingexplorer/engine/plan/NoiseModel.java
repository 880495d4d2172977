package org.scalingexplorer.engine.plan;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * How a simulated run's observed loss departs from the true law, as a shift of log loss scaled by
 * the noise level sigma: {@code log L_observed = log L_true + shift}.
 */
public enum NoiseModel {
    /** shift ~ Normal(0, sigma^2): runs scatter on both sides of the true loss. */
    GAUSSIAN("gaussian"),
    /**
     * shift ~ Exponential with mean sigma: runs only ever land above the true loss, as when a run's
     * learning rate or schedule was not tuned well enough for it to reach what the law allows.
     */
    ONE_SIDED("one-sided");

    private final String id;

    NoiseModel(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** One draw of the log-loss shift at noise level {@code sigma} (0 gives exactly 0). */
    public double logShift(SplittableRandom random, double sigma) {
        return switch (this) {
            case GAUSSIAN -> sigma * random.nextGaussian();
            case ONE_SIDED -> sigma * random.nextExponential();
        };
    }

    public static NoiseModel fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("noise model must be one of "
                        + Arrays.stream(values()).map(NoiseModel::id).collect(Collectors.joining(", "))
                        + ", got '" + id + "'"));
    }
}
