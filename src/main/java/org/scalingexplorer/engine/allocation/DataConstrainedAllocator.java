package org.scalingexplorer.engine.allocation;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.law.PoolLoss;

/**
 * Compute-optimal N and D under the data-constrained law: minimise L(N, C/(6N), U_D) over log N.
 *
 * <p>There is no closed form (the authors searched a grid). The objective has kinks where N passes
 * N_for(U_D) and where D passes U_D, so a local optimiser started anywhere could stop on the wrong
 * side of one: a coarse scan in log N finds the best cell first, and Brent's method (derivative-free,
 * so the kinks do not trouble it) refines inside the cell and its neighbours.
 */
public final class DataConstrainedAllocator {

    /**
     * The scan spans 1e-6 to 1e2 times the fresh-data optimum. Under the published constants the
     * constrained optimum is smaller than the fresh one and only reaches 1/50 of it with a pool
     * 1e-4 the size of the fresh-data token count; the margins leave room for edited constants.
     */
    static final double LOG_SCAN_BELOW = Math.log(1e6);
    static final double LOG_SCAN_ABOVE = Math.log(1e2);
    /** About 0.6 in ln N between scan points: far finer than the width of the loss valley. */
    static final int SCAN_POINTS = 32;
    private static final double RELATIVE_TOLERANCE = 1e-10;
    private static final double ABSOLUTE_TOLERANCE = 1e-12;
    private static final int MAX_EVALUATIONS = 500;

    /**
     * With very scarce data both terms of the law saturate (a 200th repeat or a 200-fold excess of
     * parameters is worth exp(-37) of a new one) and the loss is flat to machine precision over a
     * wide range of N. Any size there is optimal; the allocator reports the smallest one within
     * this many nats of the best loss, the cheapest to train and to serve, so the optimum-vs-U_D
     * curve is a curve and not the scan grid showing through.
     */
    static final double TIE_NATS = 1e-12;
    /**
     * How far left of the optimum (in ln N) to look for a plateau. In a valley of ordinary curvature
     * the loss there is above the tie by orders of magnitude, so the plateau search costs nothing.
     */
    private static final double FLATNESS_PROBE = 1e-3;

    private DataConstrainedAllocator() {
    }

    /** The best split of {@code budget} with {@code uniqueTokens} distinct tokens available. */
    public static DataConstrainedAllocation allocate(DataConstrainedLaw law, ComputeBudget budget,
                                                     double uniqueTokens) {
        Require.positive("uniqueTokens", uniqueTokens);
        PoolLoss pool = law.withUniqueTokens(uniqueTokens);
        double freshParams = ChinchillaOptimum.of(law.freshDataLaw()).params(budget.flops());
        return allocate(pool, budget, freshParams);
    }

    /**
     * The fresh-data optimum of the same law: every token new (U_D = D). It is the closed form of
     * science.md section 3, because there N = N_for(D) exactly, so no parameter counts as excess and
     * L equals Hoffmann's form, which bounds the data-constrained loss from below everywhere.
     */
    public static Allocation allocateFresh(DataConstrainedLaw law, ComputeBudget budget) {
        double params = ChinchillaOptimum.of(law.freshDataLaw()).params(budget.flops());
        double tokens = budget.tokensFor(params);
        return new Allocation(budget.flops(), Require.finiteResult("params", params),
                Require.finiteResult("tokens", tokens),
                Require.finiteResult("loss", law.freshLoss(params, tokens)));
    }

    /** The optimum of one budget for each pool size, log-spaced from {@code fromUniqueTokens} to {@code toUniqueTokens}. */
    public static OptimumAcrossPools acrossPools(DataConstrainedLaw law, ComputeBudget budget,
                                                 double fromUniqueTokens, double toUniqueTokens, int points) {
        Require.positive("fromUniqueTokens", fromUniqueTokens);
        Require.positive("toUniqueTokens", toUniqueTokens);
        if (points < 2) {
            throw new IllegalArgumentException("points must be at least 2, got " + points);
        }
        double freshParams = ChinchillaOptimum.of(law.freshDataLaw()).params(budget.flops());
        double logFrom = Math.log(fromUniqueTokens);
        double step = (Math.log(toUniqueTokens) - logFrom) / (points - 1);
        double[] pools = new double[points];
        double[] params = new double[points];
        double[] tokens = new double[points];
        double[] epochs = new double[points];
        double[] loss = new double[points];
        for (int i = 0; i < points; i++) {
            pools[i] = Math.exp(logFrom + i * step);
            DataConstrainedAllocation best = allocate(law.withUniqueTokens(pools[i]), budget, freshParams);
            params[i] = best.params();
            tokens[i] = best.tokens();
            epochs[i] = best.epochs();
            loss[i] = best.loss();
        }
        return new OptimumAcrossPools(budget.flops(), pools, params, tokens, epochs, loss,
                allocateFresh(law, budget));
    }

    /** Bisects for the left edge of the plateau, where the loss first comes within the tie of the best. */
    private static double smallestTiedLogParams(UnivariateFunction lossAtLogParams, double tiedLoss,
                                                double aboveLogParams, double tiedLogParams) {
        double above = aboveLogParams;
        double tied = tiedLogParams;
        while (tied - above > 1e-9) {
            double middle = 0.5 * (above + tied);
            if (lossAtLogParams.value(middle) <= tiedLoss) {
                tied = middle;
            } else {
                above = middle;
            }
        }
        return tied;
    }

    static DataConstrainedAllocation allocate(PoolLoss pool, ComputeBudget budget, double freshParams) {
        double flops = budget.flops();
        double tokensTimesParams = flops / ComputeBudget.FLOPS_PER_PARAM_TOKEN;
        UnivariateFunction lossAtLogParams = logParams -> {
            double params = Math.exp(logParams);
            return pool.loss(params, tokensTimesParams / params);
        };

        double low = Math.log(freshParams) - LOG_SCAN_BELOW;
        double step = (LOG_SCAN_BELOW + LOG_SCAN_ABOVE) / (SCAN_POINTS - 1);
        double[] scanLoss = new double[SCAN_POINTS];
        int bestIndex = 0;
        for (int i = 0; i < SCAN_POINTS; i++) {
            scanLoss[i] = lossAtLogParams.value(low + i * step);
            if (scanLoss[i] < scanLoss[bestIndex]) {
                bestIndex = i;
            }
        }
        double bestLoss = scanLoss[bestIndex];
        double bestLogParams = low + bestIndex * step;
        UnivariatePointValuePair refined = new BrentOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE).optimize(
                new MaxEval(MAX_EVALUATIONS),
                new UnivariateObjectiveFunction(lossAtLogParams),
                GoalType.MINIMIZE,
                new SearchInterval(low + Math.max(bestIndex - 1, 0) * step,
                        low + Math.min(bestIndex + 1, SCAN_POINTS - 1) * step, bestLogParams));
        if (refined.getValue() < bestLoss) {
            bestLoss = refined.getValue();
            bestLogParams = refined.getPoint();
        }
        double tiedLoss = bestLoss + TIE_NATS;
        if (lossAtLogParams.value(bestLogParams - FLATNESS_PROBE) <= tiedLoss) {
            int firstTied = 0;
            while (low + firstTied * step < bestLogParams && scanLoss[firstTied] > tiedLoss) {
                firstTied++;
            }
            double tied = Math.min(low + firstTied * step, bestLogParams);
            if (firstTied > 0) {
                bestLogParams = smallestTiedLogParams(lossAtLogParams, tiedLoss, low + (firstTied - 1) * step, tied);
            } else {
                bestLogParams = tied;
            }
        }
        double params = Math.exp(bestLogParams);
        return new DataConstrainedAllocation(flops, Require.finiteResult("params", params),
                Require.finiteResult("tokens", tokensTimesParams / params), pool.uniqueTokens(),
                Require.finiteResult("loss", bestLoss));
    }
}
