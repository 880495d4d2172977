package org.scalingexplorer.engine.fit;

import java.util.List;

/**
 * A reason not to trust a fit as far as it seems, with the runs it concerns: {@code kind} is a
 * stable id (narrow-range, exponents-not-separable, wide-interval, no-interior-minimum,
 * budget-skipped, minimum-at-edge, past-one-epoch, duplicate-runs, outlier), {@code message} one
 * English line for the command line and {@code arguments} the values in it, in order, so that a view
 * can say the same in the user's language (numbers the message rounds come already rounded, as text).
 */
public record TrustWarning(String kind, String message, List<String> runs, List<Object> arguments) {

    public TrustWarning {
        runs = List.copyOf(runs);
        arguments = List.copyOf(arguments);
    }
}
