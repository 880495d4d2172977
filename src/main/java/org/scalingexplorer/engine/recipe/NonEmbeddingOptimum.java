package org.scalingexplorer.engine.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * Kaplan and Chinchilla reconciled by counting (Pearce and Song 2024, "Reconciling Kaplan and
 * Chinchilla Scaling Laws", arXiv:2406.12907, sec. 2 and their analysis script): take a
 * Chinchilla-form law over ALL parameters, {@code L = E + A / N_T^alpha + B / D^beta}, but count as
 * Kaplan did, only non-embedding parameters {@code N_\E} and compute {@code C_\E = 6 N_\E D}, with
 * {@code N_T = N_\E + gamma N_\E^(1/3)} ({@link EmbeddingCount}). The isoFLOP optimum in that
 * counting solves dL/dN_\E = 0 at fixed C_\E, which gives the budget at which a size is optimal in
 * closed form:
 * <pre>
 *   D = (beta B / (alpha A))^(1/beta) (N_\E + gamma/3 N_\E^(1/3))^(-1/beta) N_T^((1 + alpha)/beta),
 *   C_\E = 6 N_\E D
 * </pre>
 * For large models embeddings vanish and the exponent of N*_\E against C_\E tends to Chinchilla's
 * {@code beta / (alpha + beta)}; for small ones it tends to {@code beta / (alpha/3 + beta)}. A
 * power law fitted over a window of small sizes, as Kaplan's models were (768 to 1.5e9 non-embedding
 * parameters), therefore reports a larger exponent, near Kaplan's 0.73.
 *
 * @param law       the Chinchilla-form law, N counting all parameters
 * @param embedding the embedding-count model
 */
public record NonEmbeddingOptimum(ChinchillaLaw law, EmbeddingCount embedding) {

    /** Kaplan's smallest and largest non-embedding sizes (Kaplan et al. 2020, sec. 1 and Figure 1). */
    public static final double KAPLAN_SMALLEST_PARAMS = 768;
    public static final double KAPLAN_LARGEST_PARAMS = 1.5e9;

    public NonEmbeddingOptimum {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(embedding, "embedding");
    }

    /** Loss of a model of {@code nonEmbeddingParams} trained with {@code nonEmbeddingFlops} = 6 N_\E D. */
    public double loss(double nonEmbeddingParams, double nonEmbeddingFlops) {
        double tokens = nonEmbeddingFlops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * nonEmbeddingParams);
        return law.loss(embedding.totalParams(nonEmbeddingParams), tokens);
    }

    /** The non-embedding budget C_\E at which {@code nonEmbeddingParams} is the isoFLOP optimum (closed form above). */
    public double budgetWhereOptimal(double nonEmbeddingParams) {
        return Require.finiteResult("budget", Math.exp(logBudgetWhereOptimal(nonEmbeddingParams)));
    }

    /**
     * ln C_\E of {@link #budgetWhereOptimal}: finite where the budget itself is past double range (a
     * law with a small beta and a large alpha at 1e13 parameters), so a window can still be fitted.
     */
    public double logBudgetWhereOptimal(double nonEmbeddingParams) {
        Require.positive("non-embedding params", nonEmbeddingParams);
        double alpha = law.alpha();
        double beta = law.beta();
        double x = nonEmbeddingParams;
        double cubeRoot = Math.cbrt(x);
        double logTokens = (Math.log(beta * law.tokensCoefficient() / (alpha * law.paramsCoefficient()))
                - Math.log(x + embedding.gamma() / 3 * cubeRoot)
                + (1 + alpha) * Math.log(embedding.totalParams(x))) / beta;
        return Require.finiteResult("log budget", Math.log(ComputeBudget.FLOPS_PER_PARAM_TOKEN * x) + logTokens);
    }

    /**
     * The isoFLOP optimum N*_\E at a non-embedding budget, found numerically (Brent on log N_\E over
     * 1e-2 to 1e30 parameters), for checking the closed form and for plotting profiles.
     */
    public double optimalNonEmbeddingParams(double nonEmbeddingFlops) {
        Require.positive("non-embedding flops", nonEmbeddingFlops);
        double upper = Math.log(nonEmbeddingFlops / ComputeBudget.FLOPS_PER_PARAM_TOKEN);
        var point = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500), GoalType.MINIMIZE,
                new UnivariateObjectiveFunction(logX -> loss(Math.exp(logX), nonEmbeddingFlops)),
                new SearchInterval(Math.log(1e-2), upper));
        return Math.exp(point.getPoint());
    }

    /**
     * The local exponent d log N*_\E / d log C_\E at a size, from the closed form:
     * {@code 1 / [1 - (1/beta) (x^(2/3) + gamma/9) / (x^(2/3) + gamma/3)
     * + ((1 + alpha)/beta) (x^(2/3) + gamma/3) / (x^(2/3) + gamma)]}.
     */
    public double localExponent(double nonEmbeddingParams) {
        Require.positive("non-embedding params", nonEmbeddingParams);
        double s = Math.pow(nonEmbeddingParams, 2.0 / 3);
        double gamma = embedding.gamma();
        double g = 1 - (1 / law.beta()) * (s + gamma / 9) / (s + gamma / 3)
                + ((1 + law.alpha()) / law.beta()) * (s + gamma / 3) / (s + gamma);
        return 1 / g;
    }

    /** Chinchilla's exponent beta / (alpha + beta), the large-model limit. */
    public double largeModelExponent() {
        return law.beta() / (law.alpha() + law.beta());
    }

    /** beta / (alpha/3 + beta), the small-model limit where embeddings dominate. */
    public double smallModelExponent() {
        return law.beta() / (law.alpha() / 3 + law.beta());
    }

    /**
     * The exponent a of {@code N*_\E proportional to C_\E^a} fitted by least squares in log-log to
     * the isoFLOP optima of {@code points} sizes log-spaced from {@code smallestParams} to
     * {@code largestParams}, as a study whose models span that window would report it.
     */
    public WindowExponent fitWindow(double smallestParams, double largestParams, int points) {
        Require.positive("smallest params", smallestParams);
        if (!(largestParams > smallestParams) || points < 2) {
            throw new IllegalArgumentException("window needs largest > smallest and at least 2 points, got "
                    + smallestParams + " to " + largestParams + " with " + points);
        }
        SimpleRegression regression = new SimpleRegression();
        double step = Math.log(largestParams / smallestParams) / (points - 1);
        for (int i = 0; i < points; i++) {
            double params = smallestParams * Math.exp(i * step);
            regression.addData(logBudgetWhereOptimal(params), Math.log(params));
        }
        // The edges' budgets may lie past double range (Infinity) while the exponent, fitted in log space, does not.
        return new WindowExponent(smallestParams, largestParams, Math.exp(logBudgetWhereOptimal(smallestParams)),
                Math.exp(logBudgetWhereOptimal(largestParams)), regression.getSlope());
    }

    /**
     * Windows one {@code decades} wide, their lower edge stepping by {@code stepDecades} from
     * {@code smallestParams} until the upper edge passes {@code largestParams}: the exponent a study
     * would report as its models move from small to large.
     */
    public List<WindowExponent> slidingWindows(double smallestParams, double largestParams, double decades,
                                               double stepDecades) {
        Require.positive("window decades", decades);
        Require.positive("step decades", stepDecades);
        List<WindowExponent> windows = new ArrayList<>();
        for (double lower = Math.log10(smallestParams); lower + decades <= Math.log10(largestParams) + 1e-9;
             lower += stepDecades) {
            windows.add(fitWindow(Math.pow(10, lower), Math.pow(10, lower + decades), 25));
        }
        return windows;
    }

    /**
     * One window's fitted exponent.
     *
     * @param smallestParams smallest non-embedding size in the window
     * @param largestParams  largest
     * @param smallestFlops  C_\E at which the smallest is optimal
     * @param largestFlops   C_\E at which the largest is optimal
     * @param exponent       fitted a of N*_\E proportional to C_\E^a
     */
    public record WindowExponent(double smallestParams, double largestParams, double smallestFlops,
                                 double largestFlops, double exponent) {
    }
}
