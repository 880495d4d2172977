package org.scalingexplorer.ui.recipe;

import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.recipe.EmbeddingCount;
import org.scalingexplorer.engine.recipe.NonEmbeddingOptimum;
import org.scalingexplorer.engine.recipe.NonEmbeddingOptimum.WindowExponent;

/**
 * What the computed half of the reconciliation shows (Pearce and Song 2024): a Chinchilla-form law over
 * all parameters, its isoFLOP optima counted without embeddings, and the exponent a study whose models
 * span the window would fit, beside the local exponent at every size and the two limits.
 *
 * @param preset          the Chinchilla-form law used: the active one, or the Epoch refit when the
 *                        active law is Kaplan's (which has no embedding-free form to start from)
 * @param fellBack        whether the active law was not of Chinchilla's form
 * @param window          the fitted exponent over the window
 * @param largeLimit      beta / (alpha + beta): Chinchilla's exponent, where embeddings no longer count
 * @param smallLimit      beta / (alpha/3 + beta): where embeddings dominate
 * @param sizes           non-embedding sizes for the curves
 * @param localExponent   d log N* / d log C at each size
 * @param optimalFlops    the non-embedding budget at which each size is optimal
 * @param windowFlops     the fitted power law's budgets over the window (its two ends)
 * @param windowParams    the fitted power law's N at those budgets
 */
public record ReconcilePanel(LawPreset preset, boolean fellBack, WindowExponent window, double largeLimit,
                             double smallLimit, double[] sizes, double[] localExponent, double[] optimalFlops,
                             double[] windowFlops, double[] windowParams) {

    /** Kaplan et al. 2020's exponent of N_opt against C (Table 6; science.md section 2). */
    public static final double KAPLAN_EXPONENT = 0.73;
    /** The size slider's reach in log10 non-embedding parameters. */
    public static final double LOG10_PARAMS_MIN = 2;
    public static final double LOG10_PARAMS_MAX = 13;
    static final int WINDOW_POINTS = 25;
    private static final int CURVE_POINTS = 121;

    static ReconcilePanel of(LawPreset active, ChinchillaLaw activeLaw, ChinchillaLaw fallback,
                             double smallestParams, double largestParams) {
        boolean fellBack = activeLaw == null;
        LawPreset preset = fellBack ? LawPreset.EPOCH_2024 : active;
        NonEmbeddingOptimum optimum = new NonEmbeddingOptimum(fellBack ? fallback : activeLaw,
                EmbeddingCount.PEARCE_SONG_2024);
        WindowExponent window = optimum.fitWindow(smallestParams, largestParams, WINDOW_POINTS);
        double[] sizes = new double[CURVE_POINTS];
        double[] local = new double[CURVE_POINTS];
        double[] flops = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            sizes[i] = Math.pow(10, LOG10_PARAMS_MIN + (LOG10_PARAMS_MAX - LOG10_PARAMS_MIN) * i / (CURVE_POINTS - 1));
            local[i] = optimum.localExponent(sizes[i]);
            flops[i] = finiteOrGap(Math.exp(optimum.logBudgetWhereOptimal(sizes[i])));
        }
        // The fitted line N = k C^a passes through the mean of the window's points in log-log.
        double logMeanFlops = 0;
        double logMeanParams = 0;
        for (int i = 0; i < WINDOW_POINTS; i++) {
            double params = smallestParams * Math.pow(largestParams / smallestParams, i / (WINDOW_POINTS - 1.0));
            logMeanFlops += optimum.logBudgetWhereOptimal(params) / WINDOW_POINTS;
            logMeanParams += Math.log(params) / WINDOW_POINTS;
        }
        double[] windowFlops = {finiteOrGap(window.smallestFlops()), finiteOrGap(window.largestFlops())};
        double[] windowParams = new double[2];
        for (int i = 0; i < 2; i++) {
            windowParams[i] = finiteOrGap(Math.exp(logMeanParams + window.exponent() * (Math.log(windowFlops[i]) - logMeanFlops)));
        }
        return new ReconcilePanel(preset, fellBack, window, optimum.largeModelExponent(),
                optimum.smallModelExponent(), sizes, local, flops, windowFlops, windowParams);
    }

    /** A budget past double range (a corner of the constants) is left out of the chart: NaN draws a gap. */
    private static double finiteOrGap(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
