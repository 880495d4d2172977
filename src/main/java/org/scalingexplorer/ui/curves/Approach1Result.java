package org.scalingexplorer.ui.curves;

import java.util.Map;
import org.scalingexplorer.engine.curves.Approach1Fit;

/**
 * Approach 1 on the curves shown, with N counted each way the file allows: the fit per count, and
 * why a count gave none (one size only, say); {@code secondCount} false: the file gives no
 * non-embedding count. Both are computed at once, so
 * the count switch moves the exponent without a wait.
 */
public record Approach1Result(Map<ParamCount, Approach1Fit> fits, Map<ParamCount, String> problems, int resamples,
                              boolean secondCount) {

    public Approach1Result {
        fits = Map.copyOf(fits);
        problems = Map.copyOf(problems);
    }

    /** The fit with N counted as {@code count}, or null. */
    public Approach1Fit fit(ParamCount count) {
        return fits.get(count);
    }

    /** Why there is no fit for {@code count}, or null. */
    public String problem(ParamCount count) {
        return problems.get(count);
    }
}
