package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Non-parametric bootstrap: resample the runs with replacement, refit each resample, and report
 * the 2.5th and 97.5th percentiles of every estimated quantity. Resamples run in parallel on the
 * common fork-join pool; each draws from its own random stream derived from {@code seed}, so the
 * result does not depend on how threads interleave.
 */
public final class Bootstrap {

    public static final int DEFAULT_RESAMPLES = 1000;

    public static final String E = "E";
    public static final String A = "A";
    public static final String B = "B";
    public static final String ALPHA = "alpha";
    public static final String BETA = "beta";
    public static final String A_EXPONENT = "a_exponent";
    public static final String B_EXPONENT = "b_exponent";
    public static final String OPTIMAL_PARAMS = "N_opt";
    public static final String OPTIMAL_TOKENS = "D_opt";
    public static final String TOKENS_PER_PARAM = "tokens_per_param";

    /** One resample's estimates, by name, and whether its fit converged. */
    public record Estimate(Map<String, Double> values, boolean converged) {
    }

    /** Fits one resample. Throwing {@link IllegalArgumentException} or {@link ArithmeticException} marks it failed. */
    @FunctionalInterface
    public interface Estimator {
        Estimate estimate(List<TrainingRun> resample, BooleanSupplier cancelled);
    }

    private Bootstrap() {
    }

    public static BootstrapResult percentileIntervals(List<TrainingRun> runs, int resamples, long seed,
                                                      Estimator estimator, DoubleConsumer progress,
                                                      BooleanSupplier cancelled) {
        if (resamples < 2) {
            throw new IllegalArgumentException("a bootstrap needs at least 2 resamples, got " + resamples);
        }
        long[] seeds = new SplittableRandom(seed).longs(resamples).toArray();
        int reportEvery = Math.max(1, resamples / 100);
        AtomicInteger done = new AtomicInteger();
        Estimate[] estimates = IntStream.range(0, resamples).parallel().mapToObj(i -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("bootstrap cancelled");
            }
            SplittableRandom random = new SplittableRandom(seeds[i]);
            List<TrainingRun> resample = new ArrayList<>(runs.size());
            for (int j = 0; j < runs.size(); j++) {
                resample.add(runs.get(random.nextInt(runs.size())));
            }
            Estimate estimate;
            try {
                estimate = estimator.estimate(resample, cancelled);
            } catch (IllegalArgumentException | ArithmeticException e) {
                estimate = null;
            }
            int finished = done.incrementAndGet();
            if (finished % reportEvery == 0 || finished == resamples) {
                progress.accept(finished / (double) resamples);
            }
            return estimate;
        }).toArray(Estimate[]::new);

        Map<String, List<Double>> samples = new LinkedHashMap<>();
        int failed = 0;
        int unconverged = 0;
        for (Estimate estimate : estimates) {
            if (estimate == null) {
                failed++;
                continue;
            }
            if (!estimate.converged()) {
                unconverged++;
            }
            estimate.values().forEach((name, value) -> samples.computeIfAbsent(name, k -> new ArrayList<>()).add(value));
        }
        if (failed > resamples / 2) {
            throw new ArithmeticException("the bootstrap could not fit " + failed + " of " + resamples + " resamples");
        }
        Map<String, Interval> intervals = new LinkedHashMap<>();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        samples.forEach((name, values) -> {
            double[] data = values.stream().mapToDouble(Double::doubleValue).toArray();
            percentile.setData(data);
            intervals.put(name, new Interval(percentile.evaluate(2.5), percentile.evaluate(97.5)));
        });
        return new BootstrapResult(resamples, failed, unconverged, intervals);
    }

    /**
     * Approach 3 on each resample, started from the full-data optimum and its promising grid starts
     * ({@link Approach3Fitter#refit}) rather than all 4,500 grid points, which makes a resample
     * about a hundred times cheaper (see FitBenchmark). The best of those starts is polished to a
     * gradient of 1e-10 like the full fit, so a resample reaches its own optimum, not merely a point
     * near the full-data one (BootstrapTest checks it against the full grid). Reports E, A, B,
     * alpha, beta, the allocation exponents and N_opt, D_opt and tokens per parameter at
     * {@code budgetFlops}.
     */
    public static Estimator approach3(Approach3Fitter fitter, Approach3Fit fullData, double budgetFlops) {
        return (resample, cancelled) -> {
            Approach3Fit fit = fitter.refit(resample, fullData, cancelled);
            Map<String, Double> values = new LinkedHashMap<>();
            values.put(E, fit.irreducible());
            values.put(A, fit.paramsCoefficient());
            values.put(B, fit.tokensCoefficient());
            values.put(ALPHA, fit.alpha());
            values.put(BETA, fit.beta());
            String noLaw = "resample fit has a non-positive exponent";
            values.put(A_EXPONENT, fit.aExponent().orElseThrow(() -> new ArithmeticException(noLaw)));
            values.put(B_EXPONENT, fit.bExponent().orElseThrow(() -> new ArithmeticException(noLaw)));
            values.put(OPTIMAL_PARAMS, fit.optimalParams(budgetFlops).orElseThrow(() -> new ArithmeticException(noLaw)));
            values.put(OPTIMAL_TOKENS, fit.optimalTokens(budgetFlops).orElseThrow(() -> new ArithmeticException(noLaw)));
            values.put(TOKENS_PER_PARAM, fit.tokensPerParam(budgetFlops).orElseThrow(() -> new ArithmeticException(noLaw)));
            return new Estimate(values, fit.converged());
        };
    }

    /** Approach 2 on each resample: allocation exponents and coefficients, N_opt and D_opt at the budget. */
    public static Estimator approach2(IsoFlopFitter fitter, double budgetFlops) {
        return (resample, cancelled) -> {
            Approach2Fit fit = fitter.fit(resample);
            Map<String, Double> values = new LinkedHashMap<>();
            values.put(A_EXPONENT, fit.aExponent());
            values.put(B_EXPONENT, fit.bExponent());
            values.put("params_coefficient", fit.paramsLaw().coefficient());
            values.put("tokens_coefficient", fit.tokensLaw().coefficient());
            values.put(OPTIMAL_PARAMS, fit.optimalParams(budgetFlops));
            values.put(OPTIMAL_TOKENS, fit.optimalTokens(budgetFlops));
            values.put(TOKENS_PER_PARAM, fit.tokensPerParam(budgetFlops));
            return new Estimate(values, true);
        };
    }

    /** A single power law with offset on each resample: A, alpha and E. */
    public static Estimator powerLaw(OffsetPowerLawFitter fitter, FitVariable variable) {
        return (resample, cancelled) -> {
            OffsetPowerLawFit fit = fitter.fit(resample, variable);
            Map<String, Double> values = new LinkedHashMap<>();
            values.put(E, fit.irreducible());
            values.put(A, fit.coefficient());
            values.put(ALPHA, fit.alpha());
            return new Estimate(values, fit.converged());
        };
    }
}
