package org.scalingexplorer.engine.surface;

import java.util.Optional;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * The rectangle of the loss valley shown, in log10 N (parameters) and log10 D (training tokens).
 */
public record SurfaceWindow(double log10ParamsMin, double log10ParamsMax,
                            double log10TokensMin, double log10TokensMax) {

    /** 10M to 10T parameters, 1B to 100T tokens: every model in science.md section 9 and well beyond. */
    public static final SurfaceWindow DEFAULT = new SurfaceWindow(7, 13, 9, 14);

    private static final double LOG10_FLOPS_PER_PARAM_TOKEN = Math.log10(ComputeBudget.FLOPS_PER_PARAM_TOKEN);

    public SurfaceWindow {
        Require.inRange("log10ParamsMin", log10ParamsMin, 0, 20);
        Require.inRange("log10ParamsMax", log10ParamsMax, 0, 20);
        Require.inRange("log10TokensMin", log10TokensMin, 0, 20);
        Require.inRange("log10TokensMax", log10TokensMax, 0, 20);
        if (log10ParamsMin >= log10ParamsMax) {
            throw new IllegalArgumentException("log10ParamsMin must be below log10ParamsMax, got "
                    + log10ParamsMin + " and " + log10ParamsMax);
        }
        if (log10TokensMin >= log10TokensMax) {
            throw new IllegalArgumentException("log10TokensMin must be below log10TokensMax, got "
                    + log10TokensMin + " and " + log10TokensMax);
        }
    }

    public boolean contains(double log10Params, double log10Tokens) {
        return log10Params >= log10ParamsMin && log10Params <= log10ParamsMax
                && log10Tokens >= log10TokensMin && log10Tokens <= log10TokensMax;
    }

    /** The smallest budget C = 6ND that touches the window (its lower-left corner). */
    public double log10FlopsMin() {
        return LOG10_FLOPS_PER_PARAM_TOKEN + log10ParamsMin + log10TokensMin;
    }

    /** The largest budget that touches the window (its upper-right corner). */
    public double log10FlopsMax() {
        return LOG10_FLOPS_PER_PARAM_TOKEN + log10ParamsMax + log10TokensMax;
    }

    /**
     * The isoFLOP line C = 6ND inside the window, with the loss along it: a straight line of slope -1 in
     * log10 N / log10 D, clipped to the window. Empty when the budget misses the window. The profile's
     * minimum is the lowest loss on the visible part of the line.
     */
    public Optional<IsoFlopProfile> isoFlopLine(ScalingLaw law, double flops, int points) {
        ComputeBudget.ofFlops(flops);
        double log10ParamsTimesTokens = Math.log10(flops) - LOG10_FLOPS_PER_PARAM_TOKEN;
        double from = Math.max(log10ParamsMin, log10ParamsTimesTokens - log10TokensMax);
        double to = Math.min(log10ParamsMax, log10ParamsTimesTokens - log10TokensMin);
        if (!(from < to)) {
            return Optional.empty();
        }
        return Optional.of(IsoFlopProfile.over(law, flops, from, to, points));
    }
}
