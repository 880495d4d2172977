package org.scalingexplorer.engine.allocation;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * An isoFLOP profile (the "banana", science.md section 3): at a fixed budget C, the loss against model
 * size N with D = C / (6N), sampled on a log-spaced grid of N, and the bottom of the banana. The bottom
 * is found by Brent's method over ln N started from the best grid point, so it does not depend on how
 * fine the grid is.
 *
 * <p>For the Chinchilla form the bottom is the closed-form N_opt of {@link ChinchillaOptimum}. For
 * Kaplan's joint L(N, D) the bottom lies at {@code N^(1+p) = p N_c^p C / (6 D_c)} with
 * {@code p = alpha_N / alpha_D}, so N_opt grows as C^(1/(1+p)) = C^0.556 with the published constants,
 * not as Table 6's C^0.73: the two agree near 1.5e20 FLOPs, and at 1e23 FLOPs Table 6 asks for a model
 * 3.1 times larger than the minimum of Kaplan's own L(N, D) (loss 1.897 there against 1.814). Table 6
 * comes from Kaplan's L(N, S) fit at the critical batch, not from L(N, D), so the disagreement is in
 * the paper, not in this code; the app shows both and says which is which ({@link OptimumRule}).
 *
 * <p>The arrays belong to the profile; callers read them and must not change them.
 *
 * @param flops               the budget C in FLOPs
 * @param params              N at each grid point, log-spaced and increasing
 * @param tokens              D = C / (6N) at each grid point
 * @param loss                L(N, D) at each grid point, nats per token
 * @param minimum             the bottom of the banana within the grid's N range
 * @param minimumInsideWindow false when the bottom sits on an edge of the window, i.e. the true
 *                            minimum lies outside the N range asked for
 */
public record IsoFlopProfile(double flops, double[] params, double[] tokens, double[] loss,
                             Allocation minimum, boolean minimumInsideWindow) {

    public static final int DEFAULT_POINTS = 400;
    /** Half the width of the default window in decades of N: Hoffmann's isoFLOP figures span about 3. */
    public static final double DEFAULT_HALF_WIDTH_DECADES = 1.5;

    private static final double LN10 = Math.log(10);
    private static final int MAX_EVALUATIONS = 500;

    public IsoFlopProfile {
        if (params.length != tokens.length || params.length != loss.length) {
            throw new IllegalArgumentException("params, tokens and loss differ in length");
        }
    }

    /** A profile of {@value #DEFAULT_POINTS} points centred on the bottom of the banana, 3 decades wide. */
    public static IsoFlopProfile around(ScalingLaw law, double flops) {
        return around(law, flops, DEFAULT_HALF_WIDTH_DECADES, DEFAULT_POINTS);
    }

    /** A profile centred (in log N) on the bottom of the banana, {@code halfWidthDecades} either side. */
    public static IsoFlopProfile around(ScalingLaw law, double flops, double halfWidthDecades, int points) {
        Require.positive("halfWidthDecades", halfWidthDecades);
        double log10Centre = Math.log10(minimum(law, flops).params());
        return over(law, flops, log10Centre - halfWidthDecades, log10Centre + halfWidthDecades, points);
    }

    /** A profile over a chosen window of log10 N; its minimum is the lowest loss inside that window. */
    public static IsoFlopProfile over(ScalingLaw law, double flops, double log10ParamsFrom,
                                      double log10ParamsTo, int points) {
        ComputeBudget.ofFlops(flops);
        Require.finite("log10ParamsFrom", log10ParamsFrom);
        Require.finite("log10ParamsTo", log10ParamsTo);
        if (log10ParamsFrom >= log10ParamsTo) {
            throw new IllegalArgumentException("log10ParamsFrom must be below log10ParamsTo, got "
                    + log10ParamsFrom + " and " + log10ParamsTo);
        }
        if (points < 3) {
            throw new IllegalArgumentException("points must be at least 3, got " + points);
        }
        double[] params = new double[points];
        double[] tokens = new double[points];
        double[] loss = new double[points];
        double step = (log10ParamsTo - log10ParamsFrom) / (points - 1);
        int best = 0;
        for (int i = 0; i < points; i++) {
            params[i] = Math.pow(10, log10ParamsFrom + i * step);
            tokens[i] = flops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * params[i]);
            loss[i] = Require.finiteResult("isoFLOP loss", law.loss(params[i], tokens[i]));
            if (loss[i] < loss[best]) {
                best = i;
            }
        }
        // The banana is unimodal in ln N (a convex function of ln N, or a monotone map of one), so the
        // true bottom lies between the neighbours of the best grid point.
        double lnLow = Math.log(params[Math.max(best - 1, 0)]);
        double lnHigh = Math.log(params[Math.min(best + 1, points - 1)]);
        Allocation minimum = minimise(law, flops, lnLow, lnHigh, Math.log(params[best]));
        boolean inside = best > 0 && best < points - 1;
        return new IsoFlopProfile(flops, params, tokens, loss, minimum, inside);
    }

    /**
     * The bottom of the banana over every N that leaves at least one token (1 <= N <= C/6), without
     * sampling a grid: what a table or a fit needs when nothing is drawn.
     */
    public static Allocation minimum(ScalingLaw law, double flops) {
        ComputeBudget.ofFlops(flops);
        double lnHigh = Math.log(flops / ComputeBudget.FLOPS_PER_PARAM_TOKEN);
        return minimise(law, flops, 0, lnHigh, lnHigh / 2);
    }

    private static Allocation minimise(ScalingLaw law, double flops, double lnLow, double lnHigh, double lnStart) {
        double tokensTimesParams = flops / ComputeBudget.FLOPS_PER_PARAM_TOKEN;
        double lnParams;
        if (lnHigh > lnLow) {
            BrentOptimizer optimizer = new BrentOptimizer(1e-12, 1e-12);
            UnivariatePointValuePair best = optimizer.optimize(new MaxEval(MAX_EVALUATIONS),
                    new UnivariateObjectiveFunction(lnN -> {
                        double params = Math.exp(lnN);
                        return law.loss(params, tokensTimesParams / params);
                    }),
                    GoalType.MINIMIZE, new SearchInterval(lnLow, lnHigh, lnStart));
            lnParams = best.getPoint();
        } else {
            lnParams = lnLow;
        }
        double params = Math.exp(lnParams);
        double tokens = tokensTimesParams / params;
        return new Allocation(flops, Require.finiteResult("params", params), Require.finiteResult("tokens", tokens),
                Require.finiteResult("loss", law.loss(params, tokens)));
    }

    public int size() {
        return params.length;
    }

    public double log10Params(int i) {
        return Math.log10(params[i]);
    }

    public double log10Tokens(int i) {
        return Math.log10(tokens[i]);
    }

    /** log10 of the budget, e.g. 21 for 1e21 FLOPs. */
    public double log10Flops() {
        return Math.log(flops) / LN10;
    }
}
