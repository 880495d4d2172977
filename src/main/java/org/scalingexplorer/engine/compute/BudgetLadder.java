package org.scalingexplorer.engine.compute;

import java.util.ArrayList;
import java.util.List;

/**
 * Compute budgets on the 1-2-5 ladder: 1, 2 and 5 times a power of ten (…, 1e20, 2e20, 5e20, 1e21, …).
 * A class reads "2 × 10²¹ FLOPs" at a glance; a slider that lands on 9.69e25 makes it read digits. The
 * rungs are exact decimals, so a budget prints as it was meant.
 */
public final class BudgetLadder {

    private static final int[] MANTISSAS = {1, 2, 5};

    private BudgetLadder() {
    }

    /** The rung nearest to a budget, compared in log space, in log10 FLOPs. */
    public static double snapLog10(double log10Flops) {
        if (!Double.isFinite(log10Flops)) {
            throw new IllegalArgumentException("log10 FLOPs must be finite, got " + log10Flops);
        }
        int decade = (int) Math.floor(log10Flops);
        double best = decade;
        for (int mantissa : new int[] {2, 5, 10}) {
            double candidate = Math.log10(rung(mantissa, decade));
            if (Math.abs(candidate - log10Flops) < Math.abs(best - log10Flops)) {
                best = candidate;
            }
        }
        return best;
    }

    /** The next rung above (steps = 1) or below (steps = -1) a rung, in log10 FLOPs. */
    public static double stepLog10(double log10Rung, int steps) {
        double at = snapLog10(log10Rung);
        for (int i = 0; i < Math.abs(steps); i++) {
            // The rungs lie 0.30, 0.40 and 0.30 decades apart: 0.35 always lands nearest the next one.
            at = snapLog10(at + Math.signum(steps) * 0.35);
        }
        return at;
    }

    /** The rung nearest to a budget, in FLOPs. */
    public static double snap(double flops) {
        double log10 = snapLog10(Math.log10(flops));
        int decade = (int) Math.floor(log10 + 1e-9);
        return rung((int) Math.round(Math.pow(10, log10 - decade)), decade);
    }

    /** Every rung from minFlops to maxFlops, both included (to a part in 10⁹), increasing. */
    public static List<Double> rungs(double minFlops, double maxFlops) {
        List<Double> rungs = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(minFlops)) - 1;
        int last = (int) Math.ceil(Math.log10(maxFlops));
        for (int decade = first; decade <= last; decade++) {
            for (int mantissa : MANTISSAS) {
                double flops = rung(mantissa, decade);
                if (flops >= minFlops * (1 - 1e-9) && flops <= maxFlops * (1 + 1e-9)) {
                    rungs.add(flops);
                }
            }
        }
        return rungs;
    }

    /**
     * {@code count} rungs from minFlops to maxFlops, spread evenly along the ladder with both ends
     * included; all of them when the range holds fewer.
     */
    public static double[] pick(double minFlops, double maxFlops, int count) {
        if (count < 2) {
            throw new IllegalArgumentException("count must be at least 2, got " + count);
        }
        List<Double> rungs = rungs(minFlops, maxFlops);
        if (rungs.size() <= count) {
            return rungs.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double[] picked = new double[count];
        for (int i = 0; i < count; i++) {
            picked[i] = rungs.get((int) Math.round(i * (rungs.size() - 1) / (double) (count - 1)));
        }
        return picked;
    }

    /** mantissa × 10^decade as the decimal it names (2e21 exactly, not 2 × 1e21 with its rounding). */
    private static double rung(int mantissa, int decade) {
        return Double.parseDouble(mantissa + "e" + decade);
    }
}
