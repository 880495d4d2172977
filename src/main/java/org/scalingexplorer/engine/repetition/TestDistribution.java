package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;

/**
 * A test set a model is evaluated on. Its loss runs parallel to the training distribution's on
 * log-log axes, shifted by {@code logOffset} (natural log of the loss ratio): Kaplan et al. 2020,
 * section 3.2.2, found that transfer to other distributions costs a roughly constant offset and
 * leaves the slope alone.
 */
public record TestDistribution(String name, double logOffset) {
    public TestDistribution {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("test distribution name must not be empty");
        }
        Require.finite("logOffset", logOffset);
    }
}
