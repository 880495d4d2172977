package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.Holdout;
import org.scalingexplorer.engine.fit.HoldoutResult;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.OffsetPowerLawFit;
import org.scalingexplorer.engine.fit.OffsetPowerLawFitter;
import org.scalingexplorer.engine.fit.RunSpread;
import org.scalingexplorer.engine.io.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a scaling law to training runs read from a CSV or TSV file "
                + "(columns params, tokens, loss; optional flops, unique_tokens, group, name).",
                "Approach 3: L = E + A/N^alpha + B/D^beta by the Huber objective of Hoffmann et al. 2022 "
                        + "from 4,500 starts. Approach 2: isoFLOP parabolas, then N_opt and D_opt against C. "
                        + "power: L = A x^-alpha + E against --against."})
final class FitCommand implements Callable<Integer> {

    /** Chinchilla's own training budget (Hoffmann et al. 2022), the default for tokens per parameter. */
    static final double DEFAULT_BUDGET_FLOPS = 5.76e23;

    @Spec
    CommandSpec spec;

    @Mixin
    RunFileOptions runFile;

    @Option(names = "--approach", defaultValue = "3", description = "3, 2 or power (default: ${DEFAULT-VALUE})")
    String approach;

    @Option(names = "--against", defaultValue = "flops",
            description = "for --approach power: params, tokens or flops (default: ${DEFAULT-VALUE})")
    String against;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "N",
            description = "N bootstrap resamples for 95%% percentile intervals, 2 to 10,000 (0: none)")
    int bootstrapResamples;

    @Mixin
    SeedOption seed;

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--holdout-above", paramLabel = "FLOPS",
            description = "fit only runs with at most FLOPS and report the loss error on the runs above")
    Double holdoutAboveFlops;

    @Option(names = "--budget", defaultValue = "5.76e23", paramLabel = "FLOPS",
            description = "budget for N_opt, D_opt and tokens per parameter (default: ${DEFAULT-VALUE}, Chinchilla's)")
    double budgetFlops;

    @Option(names = "--flops-tolerance", defaultValue = "0.10",
            description = "for --approach 2 without a group column: runs within this fraction of a budget "
                    + "form one isoFLOP profile (default: ${DEFAULT-VALUE})")
    double flopsTolerance;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        String approachId = approach.strip().toLowerCase(Locale.ROOT);
        if (!List.of("3", "2", "power").contains(approachId)) {
            throw new IllegalArgumentException("--approach must be 3, 2 or power, got '" + approach + "'");
        }
        OptionBounds.budget("--budget", budgetFlops);
        OptionBounds.BOOTSTRAP.check(bootstrapResamples);
        runFile.check();
        timeLimit.check();
        if (holdoutAboveFlops != null) {
            OptionBounds.physical("--holdout-above", PhysicalRange.FLOPS, holdoutAboveFlops);
        }
        if (holdoutAboveFlops != null && approachId.equals("2")) {
            throw new IllegalArgumentException("--holdout-above needs --approach 3 or power: Approach 2 predicts "
                    + "compute-optimal sizes, not losses");
        }
        if (!(flopsTolerance >= 0 && flopsTolerance <= 1)) {
            throw new IllegalArgumentException("--flops-tolerance must be between 0 and 1, got " + flopsTolerance);
        }
        FitVariable variable = FitVariable.fromId(against);

        RunFileOptions.Runs read = runFile.read(spec.commandLine().getErr());
        List<TrainingRun> runs = read.runs();
        if (bootstrapResamples > 0) {
            OptionBounds.checkRunRefits(runs.size(), bootstrapResamples, "--bootstrap " + bootstrapResamples);
        }
        switch (approachId) {
            case "3" -> RunSpread.requireForApproach3(runs, read.label());
            case "power" -> RunSpread.requireForPowerLaw(runs, variable, read.label());
            default -> { }
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("approach", approachId);
        report.put("n_runs", runs.size());
        switch (approachId) {
            case "3" -> approach3(runs, report);
            case "2" -> approach2(runs, report);
            default -> powerLaw(runs, variable, report);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(Json.write(report));
        } else {
            printText(out, report);
        }
        out.flush();
        return 0;
    }

    private void approach3(List<TrainingRun> runs, Map<String, Object> report) {
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit fit = timeLimit.run("the Approach 3 fit of " + runs.size() + " runs",
                deadline -> fitter.fit(runs, fraction -> { }, deadline));
        report.put("E", fit.irreducible());
        report.put("A", fit.paramsCoefficient());
        report.put("B", fit.tokensCoefficient());
        report.put("alpha", fit.alpha());
        report.put("beta", fit.beta());
        report.put("objective", fit.objective());
        report.put("a_exponent", orNull(fit.aExponent()));
        report.put("b_exponent", orNull(fit.bExponent()));
        report.put("budget_flops", budgetFlops);
        report.put("N_opt", orNull(fit.optimalParams(budgetFlops)));
        report.put("D_opt", orNull(fit.optimalTokens(budgetFlops)));
        report.put("tokens_per_param", orNull(fit.tokensPerParam(budgetFlops)));
        report.put("converged", fit.converged());
        report.put("status", fit.status());
        report.put("starts", fit.starts());
        if (bootstrapResamples > 0) {
            putBootstrap(report, bootstrap(runs, Bootstrap.approach3(fitter, fit, budgetFlops)));
        }
        if (holdoutAboveFlops != null) {
            putHoldout(report, Holdout.approach3(runs, holdoutAboveFlops, fitter));
        }
    }

    private void approach2(List<TrainingRun> runs, Map<String, Object> report) {
        IsoFlopFitter fitter = new IsoFlopFitter(flopsTolerance);
        Approach2Fit fit = fitter.fit(runs);
        report.put("n_profiles", fit.profiles().size());
        report.put("n_groups_skipped", fit.skipped().size());
        report.put("a_exponent", fit.aExponent());
        report.put("b_exponent", fit.bExponent());
        report.put("params_coefficient", fit.paramsLaw().coefficient());
        report.put("tokens_coefficient", fit.tokensLaw().coefficient());
        report.put("params_r_squared", fit.paramsLaw().rSquared());
        report.put("budget_flops", budgetFlops);
        report.put("N_opt", fit.optimalParams(budgetFlops));
        report.put("D_opt", fit.optimalTokens(budgetFlops));
        report.put("tokens_per_param", fit.tokensPerParam(budgetFlops));
        if (bootstrapResamples > 0) {
            putBootstrap(report, bootstrap(runs, Bootstrap.approach2(fitter, budgetFlops)));
        }
    }

    private void powerLaw(List<TrainingRun> runs, FitVariable variable, Map<String, Object> report) {
        OffsetPowerLawFitter fitter = new OffsetPowerLawFitter();
        OffsetPowerLawFit fit = fitter.fit(runs, variable);
        report.put("against", variable.id());
        report.put("E", fit.irreducible());
        report.put("A", fit.coefficient());
        report.put("alpha", fit.alpha());
        report.put("objective", fit.sumOfSquares());
        report.put("converged", fit.converged());
        report.put("status", fit.status());
        if (bootstrapResamples > 0) {
            putBootstrap(report, bootstrap(runs, Bootstrap.powerLaw(fitter, variable)));
        }
        if (holdoutAboveFlops != null) {
            putHoldout(report, Holdout.powerLaw(runs, holdoutAboveFlops, fitter, variable));
        }
    }

    private BootstrapResult bootstrap(List<TrainingRun> runs, Bootstrap.Estimator estimator) {
        return timeLimit.run(bootstrapResamples + " bootstrap resamples of " + runs.size() + " runs",
                deadline -> Bootstrap.percentileIntervals(runs, bootstrapResamples, seed.seed, estimator, fraction -> { },
                        deadline));
    }

    private static void putBootstrap(Map<String, Object> report, BootstrapResult result) {
        Map<String, double[]> intervals = new LinkedHashMap<>();
        result.ci95().forEach((name, interval) -> intervals.put(name, new double[] {interval.low(), interval.high()}));
        report.put("bootstrap_resamples", result.resamples());
        report.put("bootstrap_failed", result.failedResamples());
        report.put("ci95", intervals);
    }

    private static void putHoldout(Map<String, Object> report, HoldoutResult result) {
        Map<String, Object> holdout = new LinkedHashMap<>();
        holdout.put("cutoff_flops", result.cutoffFlops());
        holdout.put("train_runs", result.trainRuns());
        holdout.put("n_runs", result.nRuns());
        holdout.put("mean_rel_error", result.meanRelError());
        holdout.put("max_rel_error", result.maxRelError());
        report.put("holdout", holdout);
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static void printText(PrintWriter out, Map<String, Object> report) {
        report.forEach((key, value) -> {
            if (value instanceof Map<?, ?> nested) {
                out.printf("%s%n", key);
                nested.forEach((name, inner) -> out.printf("  %-18s %s%n", name, format(inner)));
            } else {
                out.printf("%-20s %s%n", key, format(value));
            }
        });
    }

    private static String format(Object value) {
        if (value == null) {
            return "undefined (an exponent is not positive)";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        if (value instanceof double[] pair) {
            return String.format(Locale.ROOT, "[%.6g, %.6g]", pair[0], pair[1]);
        }
        return value.toString();
    }
}
