package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Approach2Result;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.FormBootstrap;
import org.scalingexplorer.engine.fit.FormChoice;
import org.scalingexplorer.engine.fit.FormFit;
import org.scalingexplorer.engine.fit.FormScore;
import org.scalingexplorer.engine.fit.HeldOutPrediction;
import org.scalingexplorer.engine.fit.HoldoutReport;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.fit.LawExtrapolation;
import org.scalingexplorer.engine.fit.LawFitOutcome;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.engine.fit.PowerLawForm;
import org.scalingexplorer.engine.fit.RunNames;
import org.scalingexplorer.engine.fit.TrustWarning;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * The {@code fit} command's results as ordered maps for JSON (keys as issue 12 lists them) and as
 * text. NaN and infinities never reach the output: an undefined number is null.
 */
final class FitReport {

    private FitReport() {
    }

    /** A parametric form fitted by the pipeline. */
    static Map<String, Object> approach3(String approach, LawFitOutcome outcome, double budgetFlops) {
        Map<String, Object> report = new LinkedHashMap<>();
        FormFit fit = outcome.fit();
        report.put("approach", approach);
        report.put("form", fit.form().id());
        report.put("formula", fit.form().formula());
        if (fit.form() instanceof PowerLawForm power) {
            report.put("against", power.variable().id());
        }
        report.put("n_runs", fit.nRuns());
        report.put("excluded_runs", outcome.excludedRuns());
        fit.constants().forEach((name, value) -> report.put(name, number(value)));
        if (!fit.fixed().constants().isEmpty()) {
            report.put("fixed", new LinkedHashMap<>(fit.fixed().constants()));
        }
        report.put("objective", number(fit.objective()));
        report.put("r_squared", number(outcome.rSquared()));
        Optional<ChinchillaLaw> law = fit.chinchillaLaw();
        FormBootstrap.Samples samples = outcome.bootstrap();
        if (law.isPresent()) {
            ChinchillaOptimum optimum = ChinchillaOptimum.of(law.get());
            report.put("a_exponent", number(optimum.paramsExponent()));
            report.put("b_exponent", number(optimum.tokensExponent()));
            report.put("budget_flops", budgetFlops);
            report.put("N_opt", number(optimum.params(budgetFlops)));
            report.put("D_opt", number(optimum.tokens(budgetFlops)));
            report.put("tokens_per_param", number(optimum.tokens(budgetFlops) / optimum.params(budgetFlops)));
        }
        report.put("converged", fit.converged());
        report.put("status", fit.status());
        report.put("starts", fit.starts());
        if (samples != null) {
            report.put("bootstrap_resamples", samples.resamples());
            report.put("bootstrap_failed", samples.failed());
            Map<String, Object> intervals = new LinkedHashMap<>();
            for (String name : samples.constantNames()) {
                intervals.put(name, pair(samples.interval(name)));
            }
            if (law.isPresent()) {
                // The same resampled intervals the Fit view shows, from the one place that derives them.
                List<ParameterEstimate> derived = new ArrayList<>(LawExtrapolation.constants(outcome, budgetFlops));
                derived.addAll(LawExtrapolation.atTarget(outcome, budgetFlops));
                for (String key : List.of(Bootstrap.A_EXPONENT, Bootstrap.B_EXPONENT, Bootstrap.OPTIMAL_PARAMS,
                        Bootstrap.OPTIMAL_TOKENS, Bootstrap.TOKENS_PER_PARAM)) {
                    derived.stream().filter(row -> row.key().equals(key) && row.hasInterval()).findFirst()
                            .ifPresent(row -> intervals.put(key, pair(row.ci95())));
                }
            }
            report.put("ci95", intervals);
        }
        if (outcome.ranking() != null) {
            putRanking(report, outcome.ranking());
        }
        if (outcome.holdout() != null) {
            report.put("holdout", holdout(outcome.holdout()));
        }
        report.put("warnings", warnings(outcome.warnings()));
        return report;
    }

    private static void putRanking(Map<String, Object> report, FormChoice.Ranking ranking) {
        List<Map<String, Object>> forms = new ArrayList<>();
        for (FormScore score : ranking.scores()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("form", score.form());
            row.put("cv_mean_rel_error", number(score.cvMeanRelError()));
            row.put("objective", number(score.objective()));
            if (!score.note().isEmpty()) {
                row.put("note", score.note());
            }
            forms.add(row);
        }
        report.put("forms", forms);
        report.put("chosen_form", ranking.chosen().id());
        Map<String, Object> cv = new LinkedHashMap<>();
        cv.put("by", ranking.axis().id());
        cv.put("cutoff", ranking.cvCutoff());
        cv.put("train_runs", ranking.cvTrainRuns());
        cv.put("n_runs", ranking.cvHeldOutRuns());
        report.put("cv", cv);
    }

    private static Map<String, Object> holdout(HoldoutReport holdout) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("by", holdout.spec().axis().id());
        map.put("cutoff", holdout.spec().reportedCutoff());
        map.put("train_runs", holdout.trainRuns());
        map.put("n_runs", holdout.nRuns());
        map.put("mean_rel_error", number(holdout.meanRelError()));
        map.put("max_rel_error", number(holdout.maxRelError()));
        map.put("coverage95", number(holdout.coverage95()));
        List<Map<String, Object>> runs = new ArrayList<>();
        for (HeldOutPrediction prediction : holdout.runs()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", RunNames.of(prediction.run()));
            row.put("params", prediction.run().params());
            row.put("tokens", prediction.run().tokens());
            row.put("flops", prediction.run().flops());
            row.put("loss", prediction.run().loss());
            row.put("predicted", number(prediction.predicted()));
            row.put("low95", number(prediction.low95()));
            row.put("high95", number(prediction.high95()));
            runs.add(row);
        }
        map.put("runs", runs);
        return map;
    }

    private static List<Map<String, Object>> warnings(List<TrustWarning> warnings) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TrustWarning warning : warnings) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", warning.kind());
            row.put("message", warning.message());
            row.put("runs", warning.runs());
            list.add(row);
        }
        return list;
    }

    static Map<String, Object> approach2(Approach2Result result, double budgetFlops) {
        Approach2Fit fit = result.fit();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("approach", "2");
        report.put("n_runs", fit.nRuns());
        report.put("n_profiles", fit.profiles().size());
        report.put("n_groups_skipped", fit.skipped().size());
        report.put("a_exponent", number(fit.aExponent()));
        report.put("b_exponent", number(fit.bExponent()));
        report.put("params_coefficient", number(fit.paramsLaw().coefficient()));
        report.put("tokens_coefficient", number(fit.tokensLaw().coefficient()));
        report.put("params_r_squared", number(fit.paramsLaw().rSquared()));
        report.put("budget_flops", budgetFlops);
        report.put("N_opt", number(fit.optimalParams(budgetFlops)));
        report.put("D_opt", number(fit.optimalTokens(budgetFlops)));
        report.put("tokens_per_param", number(fit.tokensPerParam(budgetFlops)));
        BootstrapResult bootstrap = result.bootstrap();
        if (bootstrap != null) {
            report.put("bootstrap_resamples", bootstrap.resamples());
            report.put("bootstrap_failed", bootstrap.failedResamples());
            Map<String, Object> intervals = new LinkedHashMap<>();
            bootstrap.ci95().forEach((name, interval) -> intervals.put(name, pair(interval)));
            report.put("ci95", intervals);
        }
        report.put("warnings", warnings(result.warnings()));
        return report;
    }

    /** The value, or null where it is not a finite number (JSON has no NaN). */
    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static List<Double> pair(Interval interval) {
        List<Double> pair = new ArrayList<>(2);
        pair.add(number(interval.low()));
        pair.add(number(interval.high()));
        return pair;
    }

    /** Prints one result, or several (split groups, counts), as aligned text. */
    static void printText(PrintWriter out, Object report) {
        if (report instanceof List<?> results) {
            for (Object result : results) {
                printText(out, result);
                out.println();
            }
            return;
        }
        print(out, (Map<?, ?>) report, "");
    }

    private static void print(PrintWriter out, Map<?, ?> map, String indent) {
        map.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                out.printf("%s%s%n", indent, key);
                print(out, nested, indent + "  ");
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                out.printf("%s%s%n", indent, key);
                for (Object row : list) {
                    out.printf("%s  - %s%n", indent, inline((Map<?, ?>) row));
                }
            } else {
                out.printf("%s%-20s %s%n", indent, key, format(value));
            }
        });
    }

    private static String inline(Map<?, ?> row) {
        List<String> parts = new ArrayList<>();
        row.forEach((key, value) -> parts.add(key + " " + format(value)));
        return String.join(", ", parts);
    }

    private static String format(Object value) {
        if (value == null) {
            return "undefined";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(item -> parts.add(format(item)));
            return "[" + String.join(", ", parts) + "]";
        }
        return value.toString();
    }
}
