package org.scalingexplorer.engine.fit;

import java.util.List;

/**
 * A reason not to trust a fit as far as it seems, with the runs it concerns: {@code kind} is a
 * stable id (narrow-range, exponents-not-separable, wide-interval, no-interior-minimum,
 * minimum-at-edge, past-one-epoch, duplicate-runs, outlier), {@code message} one line for a person.
 */
public record TrustWarning(String kind, String message, List<String> runs) {

    public TrustWarning {
        runs = List.copyOf(runs);
    }
}
