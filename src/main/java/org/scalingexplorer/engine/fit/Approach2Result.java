package org.scalingexplorer.engine.fit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Approach 2 on one set of runs: the fit, its bootstrap (null without resamples) and what not to
 * trust. {@code bandFlops} are budgets along which the bootstrap also gave N_opt (empty when not asked).
 */
public record Approach2Result(Approach2Fit fit, BootstrapResult bootstrap, List<TrustWarning> warnings,
                              double[] bandFlops) {

    private static final String BAND_KEY = "N_opt@";

    public Approach2Result {
        warnings = List.copyOf(warnings);
        bandFlops = bandFlops.clone();
    }

    public Approach2Result(Approach2Fit fit, BootstrapResult bootstrap, List<TrustWarning> warnings) {
        this(fit, bootstrap, warnings, new double[0]);
    }

    /**
     * Fits {@code runs} by Approach 2 with {@code fitter}, bootstraps the exponents over runs with
     * {@code resamples} resamples (0: none), and names the budgets skipped or with minima on their edge.
     */
    public static Approach2Result fit(List<TrainingRun> runs, IsoFlopFitter fitter, int resamples, long seed,
                                      double budgetFlops, DoubleConsumer progress, BooleanSupplier cancelled) {
        return fit(runs, fitter, resamples, seed, budgetFlops, new double[0], progress, cancelled);
    }

    /** As {@link #fit(List, IsoFlopFitter, int, long, double, DoubleConsumer, BooleanSupplier)}, with N_opt along {@code bandFlops}. */
    public static Approach2Result fit(List<TrainingRun> runs, IsoFlopFitter fitter, int resamples, long seed,
                                      double budgetFlops, double[] bandFlops, DoubleConsumer progress,
                                      BooleanSupplier cancelled) {
        Approach2Fit fit = fitter.fit(runs);
        Bootstrap.Estimator base = Bootstrap.approach2(fitter, budgetFlops);
        BootstrapResult bootstrap = resamples >= 2 ? Bootstrap.percentileIntervals(runs, resamples, seed,
                (resample, stop) -> {
                    Bootstrap.Estimate estimate = base.estimate(resample, stop);
                    Map<String, Double> values = new LinkedHashMap<>(estimate.values());
                    PowerLaw params = new PowerLaw(values.get("params_coefficient"), values.get(Bootstrap.A_EXPONENT), 1);
                    for (int i = 0; i < bandFlops.length; i++) {
                        values.put(BAND_KEY + i, params.at(bandFlops[i]));
                    }
                    return new Bootstrap.Estimate(values, estimate.converged());
                }, progress, cancelled) : null;
        progress.accept(1.0);
        return new Approach2Result(fit, bootstrap, TrustChecks.forApproach2(fit, fitter.groups(runs)), bandFlops);
    }

    /** N_opt along the band's budgets, with its 95% band when bootstrapped. */
    public LawExtrapolation.Band optimalParamsBand() {
        double[] estimate = new double[bandFlops.length];
        double[] low = new double[bootstrap == null ? 0 : bandFlops.length];
        double[] high = new double[low.length];
        for (int i = 0; i < bandFlops.length; i++) {
            estimate[i] = fit.optimalParams(bandFlops[i]);
            if (bootstrap != null) {
                Interval interval = bootstrap.interval(BAND_KEY + i);
                low[i] = interval.low();
                high[i] = interval.high();
            }
        }
        return new LawExtrapolation.Band(bandFlops, estimate, low, high);
    }

    /** The exponents, coefficients and tokens per parameter at {@code budgetFlops}, with their intervals. */
    public List<ParameterEstimate> constants(double budgetFlops) {
        return List.of(estimate(Bootstrap.A_EXPONENT, fit.aExponent()),
                estimate(Bootstrap.B_EXPONENT, fit.bExponent()),
                estimate("params_coefficient", fit.paramsLaw().coefficient()),
                estimate("tokens_coefficient", fit.tokensLaw().coefficient()),
                estimate(Bootstrap.TOKENS_PER_PARAM, fit.tokensPerParam(budgetFlops)));
    }

    /** N_opt and D_opt at {@code budgetFlops} (the budget the bootstrap was run for), with intervals. */
    public List<ParameterEstimate> atTarget(double budgetFlops) {
        return List.of(estimate(Bootstrap.OPTIMAL_PARAMS, fit.optimalParams(budgetFlops)),
                estimate(Bootstrap.OPTIMAL_TOKENS, fit.optimalTokens(budgetFlops)));
    }

    private ParameterEstimate estimate(String key, double value) {
        return new ParameterEstimate(key, value, bootstrap == null ? null : bootstrap.ci95().get(key));
    }
}
