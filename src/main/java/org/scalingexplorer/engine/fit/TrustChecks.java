package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Says when a fit cannot be trusted as far as it seems, naming the runs: sizes spanning too little
 * to pin an exponent, exponents the bootstrap cannot separate or pin down, runs past one epoch fitted
 * by a form that assumes fresh data, runs that repeat one N and D (the bootstrap counts them as
 * independent), and runs far off the fitted law. {@link #forApproach2} adds Approach 2's budgets
 * without an interior minimum and minima on the edge of a budget's sizes.
 */
public final class TrustChecks {

    /** Fewer decades than this between the smallest and largest value leave an exponent loosely tied down. */
    static final double MIN_DECADES = 1.0;
    /** Exponents whose resampled values correlate more strongly than this are not separated by the data. */
    static final double MAX_CORRELATION = 0.9;
    /** A 95% interval wider than this share of the estimate counts as wide. */
    static final double MAX_RELATIVE_WIDTH = 0.5;
    /** Residuals beyond this many robust standard deviations (1.4826 MAD) are outliers ... */
    static final double OUTLIER_SIGMAS = 5;
    /** ... and beyond this log-loss residual (about 2%), so a near-perfect fit flags nothing. */
    static final double OUTLIER_FLOOR = 0.02;

    private TrustChecks() {
    }

    public static List<TrustWarning> forFit(FormFit fit, List<TrainingRun> train, FormBootstrap.Samples samples) {
        List<TrustWarning> warnings = new ArrayList<>();
        LawForm form = fit.form();
        if (form instanceof PowerLawForm power) {
            range(warnings, train, power.variable().id(), power.variable()::of);
        } else {
            range(warnings, train, "N", TrainingRun::params);
            range(warnings, train, "D", TrainingRun::tokens);
        }
        if (samples != null && samples.constants().length >= 3) {
            separability(warnings, form, fit, train, samples);
        }
        if (!form.needsUniqueTokens()) {
            List<TrainingRun> repeated = train.stream()
                    .filter(run -> run.hasUniqueTokens() && run.tokens() > run.uniqueTokens() * (1 + 1e-9)).toList();
            if (!repeated.isEmpty()) {
                warnings.add(new TrustWarning("past-one-epoch", RunNames.count(repeated.size(), "run")
                        + (repeated.size() == 1 ? " trains" : " train") + " past one epoch of the unique tokens, which form "
                        + form.id() + " counts as fresh data; fit " + DataConstrainedForm.ID + " to value repeats less",
                        RunNames.of(repeated), List.of(repeated.size(), form.id(), DataConstrainedForm.ID)));
            }
        }
        duplicates(warnings, train);
        outliers(warnings, fit, train);
        return warnings;
    }

    private static void range(List<TrustWarning> warnings, List<TrainingRun> runs, String label,
                              ToDoubleFunction<TrainingRun> value) {
        TrainingRun smallest = runs.stream().min(Comparator.comparingDouble(value)).orElseThrow();
        TrainingRun largest = runs.stream().max(Comparator.comparingDouble(value)).orElseThrow();
        double decades = Math.log10(value.applyAsDouble(largest) / value.applyAsDouble(smallest));
        if (decades < MIN_DECADES) {
            String shown = String.format(Locale.ROOT, "%.2f", decades);
            warnings.add(new TrustWarning("narrow-range", String.format(Locale.ROOT,
                    "%s spans only %s decades among the fitted runs: its exponent is loosely determined and "
                            + "extrapolation far beyond the largest run is a guess", label, shown),
                    RunNames.of(List.of(smallest, largest)), List.of(label, shown)));
        }
    }

    private static void separability(List<TrustWarning> warnings, LawForm form, FormFit fit, List<TrainingRun> train,
                                     FormBootstrap.Samples samples) {
        List<String> exponents = exponents(form);
        List<TrainingRun> extremes = extremes(train);
        if (exponents.size() == 2) {
            double correlation = samples.correlation(exponents.get(0), exponents.get(1));
            if (Math.abs(correlation) > MAX_CORRELATION) {
                String shown = String.format(Locale.ROOT, "%.2f", correlation);
                warnings.add(new TrustWarning("exponents-not-separable", String.format(Locale.ROOT,
                        "%s and %s move together across bootstrap resamples (correlation %s): the runs cannot "
                                + "separate them; add runs that vary N and D independently", exponents.get(0),
                        exponents.get(1), shown), RunNames.of(extremes),
                        List.of(exponents.get(0), exponents.get(1), shown)));
            }
        }
        for (String name : fit.constants().keySet()) {
            if (!exponents.contains(name) && !name.startsWith("R_")) {
                continue;
            }
            double estimate = fit.constant(name);
            Interval interval = samples.interval(name);
            if (interval.high() - interval.low() > MAX_RELATIVE_WIDTH * Math.abs(estimate)) {
                List<Object> values = List.of(name, String.format(Locale.ROOT, "%.4g", interval.low()),
                        String.format(Locale.ROOT, "%.4g", interval.high()), String.format(Locale.ROOT, "%.4g", estimate));
                warnings.add(new TrustWarning("wide-interval", String.format(Locale.ROOT,
                        "the 95%% interval of %s, [%s, %s], is wider than half its estimate %s", values.toArray()),
                        RunNames.of(extremes), values));
            }
        }
    }

    /** The form's exponents by the names it reports (tied and power forms have one). */
    static List<String> exponents(LawForm form) {
        if (form instanceof KaplanForm) {
            return List.of("alpha_N", "alpha_D");
        }
        if (form instanceof PowerLawForm || (form instanceof ChinchillaForm chinchilla && chinchilla.tied())) {
            return List.of("alpha");
        }
        return List.of("alpha", "beta");
    }

    /** The runs with the smallest and largest N and D: the ones that tie the exponents down. */
    private static List<TrainingRun> extremes(List<TrainingRun> runs) {
        List<TrainingRun> extremes = new ArrayList<>();
        for (ToDoubleFunction<TrainingRun> value : List.<ToDoubleFunction<TrainingRun>>of(TrainingRun::params,
                TrainingRun::tokens)) {
            for (TrainingRun run : List.of(runs.stream().min(Comparator.comparingDouble(value)).orElseThrow(),
                    runs.stream().max(Comparator.comparingDouble(value)).orElseThrow())) {
                if (!extremes.contains(run)) {
                    extremes.add(run);
                }
            }
        }
        return extremes;
    }

    private static void duplicates(List<TrustWarning> warnings, List<TrainingRun> runs) {
        Map<String, List<TrainingRun>> byConfiguration = new LinkedHashMap<>();
        for (TrainingRun run : runs) {
            String key = String.format(Locale.ROOT, "%.9e|%.9e", run.params(), run.tokens());
            byConfiguration.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
        }
        List<TrainingRun> repeated = new ArrayList<>();
        int configurations = 0;
        for (List<TrainingRun> same : byConfiguration.values()) {
            if (same.size() > 1) {
                repeated.addAll(same);
                configurations++;
            }
        }
        if (!repeated.isEmpty()) {
            warnings.add(new TrustWarning("duplicate-runs", repeated.size() + " runs share "
                    + RunNames.count(configurations, "(N, D) configuration") + " (seeds or hyperparameter sweeps?): the "
                    + "bootstrap treats them as independent, so intervals come out too narrow", RunNames.of(repeated),
                    List.of(repeated.size(), configurations)));
        }
    }

    private static void outliers(List<TrustWarning> warnings, FormFit fit, List<TrainingRun> runs) {
        if (runs.size() < 5) {
            return;
        }
        double[] residuals = runs.stream().mapToDouble(run -> -fit.logResidual(run)).toArray();
        double median = median(residuals);
        double mad = median(Arrays.stream(residuals).map(r -> Math.abs(r - median)).toArray());
        double limit = Math.max(OUTLIER_SIGMAS * 1.4826 * mad, OUTLIER_FLOOR);
        List<TrainingRun> outliers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (Math.abs(residuals[i] - median) > limit) {
                outliers.add(runs.get(i));
                if (names.size() < RunNames.MAX_NAMED) {
                    names.add(String.format(Locale.ROOT, "%s (%+.1f%%)", RunNames.of(runs.get(i)),
                            100 * Math.expm1(residuals[i])));
                }
            }
        }
        if (!outliers.isEmpty()) {
            if (outliers.size() > RunNames.MAX_NAMED) {
                names.add(RunNames.more(outliers.size() - RunNames.MAX_NAMED));
            }
            String percent = String.format(Locale.ROOT, "%.1f", 100 * Math.expm1(limit));
            warnings.add(new TrustWarning("outlier", String.format(Locale.ROOT,
                    "%s more than %s%% off the fitted law (observed against predicted loss)",
                    RunNames.count(outliers.size(), "run") + (outliers.size() == 1 ? " lies" : " lie"), percent),
                    names, List.of(outliers.size(), percent)));
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }

    /** Approach 2: budgets skipped for want of an interior minimum, and minima outside a budget's sizes. */
    public static List<TrustWarning> forApproach2(Approach2Fit fit, Map<String, List<TrainingRun>> groups) {
        List<TrustWarning> warnings = new ArrayList<>();
        for (Approach2Fit.SkippedGroup skipped : fit.skipped()) {
            List<TrainingRun> runs = groups.getOrDefault(skipped.label(), List.of());
            String kind = skipped.reason().startsWith(IsoFlopFitter.NO_INTERIOR_MINIMUM) ? "no-interior-minimum"
                    : "budget-skipped";
            warnings.add(new TrustWarning(kind, "budget " + skipped.label() + " skipped: " + skipped.reason(),
                    RunNames.of(runs), List.of(skipped.label(), skipped.reason())));
        }
        for (IsoFlopProfile profile : fit.profiles()) {
            if (!profile.vertexInsideRuns()) {
                List<TrainingRun> runs = groups.getOrDefault(profile.label(), List.of());
                List<Object> values = List.of(profile.label(), String.format(Locale.ROOT, "%.4g", profile.optimalParams()),
                        String.format(Locale.ROOT, "%.4g", minParams(runs)), String.format(Locale.ROOT, "%.4g", maxParams(runs)));
                warnings.add(new TrustWarning("minimum-at-edge", String.format(Locale.ROOT,
                        "budget %s: the parabola's minimum, N %s, lies outside the sizes trained (N %s to %s); its N_opt "
                                + "is an extrapolation", values.toArray()), RunNames.of(edgeRuns(runs)), values));
            }
        }
        return warnings;
    }

    private static double minParams(List<TrainingRun> runs) {
        return runs.stream().mapToDouble(TrainingRun::params).min().orElse(Double.NaN);
    }

    private static double maxParams(List<TrainingRun> runs) {
        return runs.stream().mapToDouble(TrainingRun::params).max().orElse(Double.NaN);
    }

    private static List<TrainingRun> edgeRuns(List<TrainingRun> runs) {
        if (runs.isEmpty()) {
            return runs;
        }
        TrainingRun smallest = runs.stream().min(Comparator.comparingDouble(TrainingRun::params)).orElseThrow();
        TrainingRun largest = runs.stream().max(Comparator.comparingDouble(TrainingRun::params)).orElseThrow();
        return smallest == largest ? List.of(smallest) : List.of(smallest, largest);
    }
}
