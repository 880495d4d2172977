package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.fit.ResidualLoss;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.ConstantBounds;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.plan.EstimateSpread;
import org.scalingexplorer.engine.plan.ExperimentDesign;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.RepeatedStudy;
import org.scalingexplorer.engine.plan.StartStrategy;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.engine.plan.VirtualExperiment;
import org.scalingexplorer.engine.Limits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"A virtual scaling study: sample runs from a known law with seeded noise on log loss, "
                + "fit them by Approach 3 (4,500 starts) and compare what the fit recovers with the truth.",
                "Sizes per budget sweep a factor --spread either side of 20 tokens per parameter "
                        + "(the study does not know the true optimum)."})
final class SimulateCommand implements Callable<Integer> {

    /** Sizes a factor of more than 1,000 either side of the guess leave the range a study can fit. */
    private static final double MAX_SPREAD = 1000;
    /** Noise of e (a factor of 2.7) on log loss already drowns every law. */
    private static final double MAX_NOISE = 1;
    private static final double MAX_LAMBDA = 1e6;

    @Spec
    CommandSpec spec;

    @Mixin
    LawOption law;

    @Option(names = "--constant", paramLabel = "NAME=VALUE",
            description = "override a constant of the true law: E, A, B, alpha or beta (repeatable)")
    Map<String, Double> constants = new LinkedHashMap<>();

    @Option(names = "--budgets", split = ",", paramLabel = "FLOPS",
            description = "training budgets, comma-separated (default: 1e18,1e19,1e20)")
    List<Double> budgets;

    @Option(names = "--budget-range", split = ",", paramLabel = "MIN,MAX",
            description = "instead of --budgets: --budget-count budgets log-spaced from MIN to MAX")
    List<Double> budgetRange;

    @Option(names = "--budget-count", defaultValue = "5", description = "budgets in --budget-range, 1 to 100 (default: ${DEFAULT-VALUE})")
    int budgetCount;

    @Option(names = "--per-budget", defaultValue = "7", description = "model sizes per budget, 1 to 100 (default: ${DEFAULT-VALUE})")
    int perBudget;

    @Option(names = "--spread", defaultValue = "4",
            description = "sizes from N/spread to N*spread around 20 tokens per parameter (default: ${DEFAULT-VALUE})")
    double spread;

    @Option(names = "--noise", defaultValue = "0.01",
            description = "noise level on log loss: standard deviation (gaussian) or mean (one-sided) (default: ${DEFAULT-VALUE})")
    double noise;

    @Option(names = "--noise-model", defaultValue = "gaussian",
            description = "gaussian (both sides of the truth) or one-sided (runs only land above it) (default: ${DEFAULT-VALUE})")
    String noiseModel;

    @Option(names = "--objective", defaultValue = "huber",
            description = "huber (Hoffmann et al. 2022) or asymmetric (lower envelope) (default: ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--lambda", defaultValue = "10",
            description = "for --objective asymmetric: how much more a run below the curve costs (default: ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--target", defaultValue = "1e24", paramLabel = "FLOPS",
            description = "budget the loss is extrapolated to (default: ${DEFAULT-VALUE})")
    double targetFlops;

    @Mixin
    SeedOption seed;

    @Option(names = "--repeat", defaultValue = "0", paramLabel = "R",
            description = "repeat the study R times (2 to 10,000) with fresh noise and print percentiles of the estimates "
                    + "(starts near the true law plus 45 grid points; see --full-grid)")
    int repetitions;

    @Option(names = "--full-grid", description = "with --repeat: fit every repetition from all 4,500 grid starts")
    boolean fullGrid;

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    JsonOption json;

    @Override
    public Integer call() {
        OptionBounds.REPEAT.check(repetitions);
        timeLimit.check();
        VirtualExperiment experiment = experiment();
        ResidualLoss penalty = penalty();
        if ((long) repetitions * experiment.design().size() > Limits.STUDY_RUN_FITS) {
            throw new IllegalArgumentException("--repeat " + repetitions + " of a study of " + experiment.design().size()
                    + " runs asks for " + Limits.count((long) repetitions * experiment.design().size())
                    + " run fits, more than the " + Limits.count(Limits.STUDY_RUN_FITS) + " a command does; ask for fewer");
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("law", law.preset().id());
        report.put("noise_model", experiment.noiseModel().id());
        report.put("noise", noise);
        report.put("objective", penalty.id());
        if (penalty instanceof AsymmetricHuberLoss asymmetric) {
            report.put("lambda", asymmetric.lambda());
        }
        report.put("seed", seed.seed);
        report.put("n_runs", experiment.design().size());
        report.put("target_flops", targetFlops);
        if (repetitions == 0) {
            single(experiment, penalty, report);
        } else {
            repeated(experiment, penalty, report);
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

    private VirtualExperiment experiment() {
        LawPreset preset = law.preset();
        if (!(preset.law() instanceof ChinchillaLaw base)) {
            throw new IllegalArgumentException("--law must be a law of the form E + A/N^alpha + B/D^beta "
                    + "(chinchilla, chinchilla-unrounded, epoch, approach1), got " + law.printed());
        }
        ChinchillaLaw truth = base;
        for (Map.Entry<String, Double> constant : constants.entrySet()) {
            String outOfBounds = ConstantBounds.of(constant.getKey())
                    .map(bounds -> bounds.problem(constant.getValue())).orElse(null);
            if (outOfBounds != null) {
                throw new IllegalArgumentException("--constant " + constant.getKey() + "=" + constant.getValue()
                        + ": " + outOfBounds);
            }
            try {
                truth = truth.withConstant(constant.getKey(), constant.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--constant " + constant.getKey() + "=" + constant.getValue()
                        + ": " + e.getMessage());
            }
        }
        OptionBounds.PER_BUDGET.check(perBudget);
        // Checked even without --budget-range, so a mistyped count is never silently ignored.
        OptionBounds.BUDGET_COUNT.check(budgetCount);
        if (!(spread >= 1 && spread <= MAX_SPREAD)) {
            throw new IllegalArgumentException("--spread must be between 1 and " + (int) MAX_SPREAD + ", got " + spread);
        }
        ExperimentDesign design;
        if (budgetRange != null) {
            if (budgets != null) {
                throw new IllegalArgumentException("--budgets and --budget-range exclude each other");
            }
            if (budgetRange.size() != 2 || !(budgetRange.get(1) >= budgetRange.get(0))) {
                throw new IllegalArgumentException("--budget-range must be MIN,MAX with MIN <= MAX, got " + budgetRange);
            }
            OptionBounds.budgets(new OptionBounds.Bound("--budget-range", 2, 2, false), budgetRange);
            design = ExperimentDesign.budgetRange(budgetRange.get(0), budgetRange.get(1), budgetCount, perBudget, spread);
        } else {
            List<Double> chosen = OptionBounds.budgets(OptionBounds.STUDY_BUDGETS,
                    budgets == null ? List.of(1e18, 1e19, 1e20) : budgets);
            design = ExperimentDesign.isoFlop(chosen, perBudget, spread);
        }
        if (design.size() > Limits.STUDY_RUNS) {
            throw new IllegalArgumentException("the budgets and --per-budget give " + Limits.count(design.size())
                    + " runs, more than the " + Limits.count(Limits.STUDY_RUNS) + " a study fits; ask for fewer");
        }
        if (design.size() < 5) {
            throw new IllegalArgumentException("--budgets and --per-budget give " + design.size()
                    + " runs; Approach 3 fits 5 constants and needs at least 5");
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("--noise must be between 0 and " + MAX_NOISE + " (on log loss), got " + noise);
        }
        OptionBounds.budget("--target", targetFlops);
        NoiseModel model;
        try {
            model = NoiseModel.fromId(noiseModel);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--noise-model: " + e.getMessage());
        }
        return new VirtualExperiment(truth, design, model, noise, targetFlops);
    }

    private ResidualLoss penalty() {
        String id = objective.strip().toLowerCase(Locale.ROOT);
        if (id.equals(HuberLoss.ID)) {
            return HuberLoss.chinchilla();
        }
        if (id.equals(AsymmetricHuberLoss.ID)) {
            if (!(lambda >= 1 && lambda <= MAX_LAMBDA)) {
                throw new IllegalArgumentException("--lambda must be between 1 and " + (int) MAX_LAMBDA + ", got " + lambda);
            }
            return AsymmetricHuberLoss.chinchilla(lambda);
        }
        throw new IllegalArgumentException("--objective must be huber or asymmetric, got '" + objective + "'");
    }

    private void single(VirtualExperiment experiment, ResidualLoss penalty, Map<String, Object> report) {
        Recovery recovery = timeLimit.run("the study's Approach 3 fit", deadline -> experiment.recover(
                experiment.sampleRuns(seed.seed), new Approach3Fitter().withPenalty(penalty), fraction -> { }, deadline));
        Map<String, Object> truth = new LinkedHashMap<>();
        Map<String, Object> recovered = new LinkedHashMap<>();
        Map<String, Object> errors = new LinkedHashMap<>();
        for (String name : Recovery.CONSTANTS) {
            truth.put(name, recovery.trueConstant(name));
            recovered.put(name, recovery.recoveredConstant(name));
            errors.put(name, recovery.relativeError(name));
        }
        truth.put(StudySummary.A_EXPONENT, recovery.trueParamsExponent());
        recovered.put(StudySummary.A_EXPONENT, orNull(recovery.recoveredParamsExponent()));
        report.put("truth", truth);
        report.put("recovered", recovered);
        report.put("relative_error", errors);
        report.put("true_loss_at_target", recovery.trueOptimalLoss());
        report.put("extrapolated_loss_at_target", orNull(recovery.extrapolatedLoss()));
        report.put(StudySummary.EXTRAPOLATION_ERROR, orNull(recovery.extrapolationError()));
        report.put("true_loss_at_fitted_allocation", orNull(recovery.trueLossAtFittedAllocation()));
        report.put("converged", recovery.fit().converged());
        report.put("status", recovery.fit().status());
    }

    private void repeated(VirtualExperiment experiment, ResidualLoss penalty, Map<String, Object> report) {
        StartStrategy strategy = fullGrid ? StartStrategy.FULL_GRID : StartStrategy.NEAR_TRUTH;
        StudySummary summary = timeLimit.run(repetitions + " repetitions of the study", deadline -> RepeatedStudy.run(
                experiment, penalty, strategy, repetitions, seed.seed, fraction -> { }, deadline));
        report.put("repetitions", summary.repetitions());
        report.put("failed", summary.failed());
        report.put("starts", strategy == StartStrategy.FULL_GRID ? "full-grid" : "near-truth");
        Map<String, Object> spreads = new LinkedHashMap<>();
        summary.spreads().forEach((name, spread) -> spreads.put(name, spreadJson(spread)));
        report.put("spread", spreads);
    }

    private static Map<String, Object> spreadJson(EstimateSpread spread) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("truth", spread.truth());
        object.put("p2_5", spread.p2_5());
        object.put("p25", spread.p25());
        object.put("median", spread.median());
        object.put("p75", spread.p75());
        object.put("p97_5", spread.p97_5());
        return object;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static void printText(PrintWriter out, Map<String, Object> report) {
        List<String> nested = new ArrayList<>();
        report.forEach((key, value) -> {
            if (value instanceof Map<?, ?>) {
                nested.add(key);
            } else {
                out.printf("%-32s %s%n", key, format(value));
            }
        });
        if (report.containsKey("truth")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> truth = (Map<String, Object>) report.get("truth");
            @SuppressWarnings("unchecked")
            Map<String, Object> recovered = (Map<String, Object>) report.get("recovered");
            @SuppressWarnings("unchecked")
            Map<String, Object> errors = (Map<String, Object>) report.get("relative_error");
            out.printf("%n%-12s %14s %14s %14s%n", "constant", "truth", "recovered", "relative error");
            truth.forEach((name, value) -> out.printf("%-12s %14s %14s %14s%n", name, format(value),
                    format(recovered.get(name)), errors.containsKey(name) ? format(errors.get(name)) : ""));
        }
        if (report.containsKey("spread")) {
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> spreads = (Map<String, Map<String, Object>>) report.get("spread");
            out.printf("%n%-20s %12s %12s %12s %12s %12s %12s%n", "estimate", "truth", "p2.5", "p25", "median", "p75",
                    "p97.5");
            spreads.forEach((name, spread) -> {
                out.printf("%-20s", name);
                spread.values().forEach(value -> out.printf(" %12s", format(value)));
                out.println();
            });
        }
    }

    private static String format(Object value) {
        if (value == null) {
            return "undefined (an exponent is not positive)";
        }
        if (value instanceof Double d) {
            return String.format(Locale.ROOT, "%.6g", d);
        }
        return value.toString();
    }
}
