package org.scalingexplorer.engine.allocation;

import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Hoffmann's Approach 2 run on a law instead of on training runs: isoFLOP profiles at several
 * log-spaced budgets, and straight lines through their minima on log-log axes. For the Chinchilla form
 * the fitted exponents are beta/(alpha+beta) for N and alpha/(alpha+beta) for D.
 *
 * @param profiles   one banana per budget, budgets increasing
 * @param paramsFit  N_opt against C
 * @param tokensFit  D_opt against C
 */
public record IsoFlopSweep(List<IsoFlopProfile> profiles, PowerLawFit paramsFit, PowerLawFit tokensFit) {

    public static final int MIN_BUDGETS = 3;
    public static final int MAX_BUDGETS = 12;

    public IsoFlopSweep {
        profiles = List.copyOf(profiles);
    }

    /** {@code budgets} log-spaced budgets from {@code minFlops} to {@code maxFlops}, one default profile each. */
    public static IsoFlopSweep of(ScalingLaw law, double minFlops, double maxFlops, int budgets) {
        return of(law, logSpacedBudgets(minFlops, maxFlops, budgets), IsoFlopProfile.DEFAULT_POINTS);
    }

    public static IsoFlopSweep of(ScalingLaw law, double[] flops, int pointsPerProfile) {
        if (flops.length < MIN_BUDGETS || flops.length > MAX_BUDGETS) {
            throw new IllegalArgumentException("an isoFLOP sweep takes " + MIN_BUDGETS + " to " + MAX_BUDGETS
                    + " budgets, got " + flops.length);
        }
        List<IsoFlopProfile> profiles = new ArrayList<>(flops.length);
        double[] optimalParams = new double[flops.length];
        double[] optimalTokens = new double[flops.length];
        for (int i = 0; i < flops.length; i++) {
            IsoFlopProfile profile = IsoFlopProfile.around(law, flops[i],
                    IsoFlopProfile.DEFAULT_HALF_WIDTH_DECADES, pointsPerProfile);
            profiles.add(profile);
            optimalParams[i] = profile.minimum().params();
            optimalTokens[i] = profile.minimum().tokens();
        }
        return new IsoFlopSweep(profiles, PowerLawFit.of(flops, optimalParams), PowerLawFit.of(flops, optimalTokens));
    }

    public static double[] logSpacedBudgets(double minFlops, double maxFlops, int count) {
        ComputeBudget.ofFlops(minFlops);
        ComputeBudget.ofFlops(maxFlops);
        if (count < MIN_BUDGETS || count > MAX_BUDGETS) {
            throw new IllegalArgumentException("budgets must be " + MIN_BUDGETS + " to " + MAX_BUDGETS + ", got " + count);
        }
        if (minFlops >= maxFlops) {
            throw new IllegalArgumentException("minFlops must be below maxFlops, got " + minFlops + " and " + maxFlops);
        }
        double log10Min = Math.log10(minFlops);
        double step = (Math.log10(maxFlops) - log10Min) / (count - 1);
        double[] flops = new double[count];
        for (int i = 0; i < count; i++) {
            flops[i] = Require.finiteResult("budget", Math.pow(10, log10Min + i * step));
        }
        flops[count - 1] = maxFlops;
        flops[0] = minFlops;
        return flops;
    }

    /** The minima as allocations, budgets increasing. */
    public List<Allocation> minima() {
        return profiles.stream().map(IsoFlopProfile::minimum).toList();
    }
}
