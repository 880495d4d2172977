package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.fit.Approach2Result;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.DataConstrainedForm;
import org.scalingexplorer.engine.fit.FitPipeline;
import org.scalingexplorer.engine.fit.FitSpec;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.FixedCoordinates;
import org.scalingexplorer.engine.fit.FlopsCount;
import org.scalingexplorer.engine.fit.FormChoice;
import org.scalingexplorer.engine.fit.FormFitter;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.HoldoutSpec;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.KaplanForm;
import org.scalingexplorer.engine.fit.LawForm;
import org.scalingexplorer.engine.fit.PowerLawForm;
import org.scalingexplorer.engine.fit.ResidualLoss;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.fit.RunSpread;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.RunImporter;
import org.scalingexplorer.engine.io.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fit", mixinStandardHelpOptions = true,
        description = {"Fit a scaling law to training runs read from a CSV or TSV file "
                + "(columns params, tokens, loss; optional flops, unique_tokens, group, name; map others with --column).",
                "Approach 3: a law form (chinchilla E + A/N^alpha + B/D^beta, chinchilla-tied, kaplan, "
                        + "data-constrained, power) by the Huber objective of Hoffmann et al. 2022, from the fast scan "
                        + "or the full grid of starts. Approach 2: isoFLOP parabolas, then N_opt and D_opt against C. "
                        + "power: L = E + A x^-alpha against --against."})
final class FitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "runs as CSV or TSV")
    Path file;

    @Option(names = "--approach", defaultValue = "3", description = "3, 2 or power (default: ${DEFAULT-VALUE})")
    String approach;

    @Option(names = "--form", defaultValue = ChinchillaForm.ID, paramLabel = "F",
            description = "for --approach 3: chinchilla, chinchilla-tied, kaplan, data-constrained or power "
                    + "(default: ${DEFAULT-VALUE})")
    String form;

    @Option(names = "--compare-forms", description = "choose the form by cross-validation on the training runs "
            + "(the largest fifth along the hold-out axis predicted from the rest) and print the table")
    boolean compareForms;

    @Option(names = "--against", defaultValue = "flops",
            description = "for the power law: params, tokens or flops (default: ${DEFAULT-VALUE})")
    String against;

    @Option(names = "--objective", defaultValue = HuberLoss.ID,
            description = "huber (Hoffmann et al. 2022) or asymmetric (lower envelope) (default: ${DEFAULT-VALUE})")
    String objective;

    @Option(names = "--lambda", defaultValue = "10",
            description = "for --objective asymmetric: weight of runs below the curve, at least 1 (default: ${DEFAULT-VALUE})")
    double lambda;

    @Option(names = "--fix", paramLabel = "NAME=VALUE", description = "hold a constant of the form (repeatable), "
            + "e.g. --fix alpha=0.3526596")
    List<String> fixes = new ArrayList<>();

    @Option(names = "--search", defaultValue = "fast",
            description = "fast (scan, then refine a few starts) or full-grid (every start of the grid) (default: ${DEFAULT-VALUE})")
    String search;

    @Option(names = "--exclude-highest-loss", defaultValue = "0", paramLabel = "K",
            description = "drop the K runs with the highest loss first (Besiroglu et al. 2024 drop 5)")
    int excludeHighestLoss;

    @Option(names = "--bootstrap", defaultValue = "0", paramLabel = "N",
            description = "N bootstrap resamples for 95%% percentile intervals, 2 to 10,000 (0: none; a hold-out uses "
                    + "1000 for its prediction intervals when none is given)")
    int bootstrapResamples;

    @Mixin
    SeedOption seed;

    @Mixin
    TimeLimitOption timeLimit;

    @Option(names = "--holdout-by", paramLabel = "AXIS", description = "flops, params, tokens or group (default: flops)")
    String holdoutBy;

    @Option(names = "--holdout-above", paramLabel = "X",
            description = "fit only runs with at most X along --holdout-by; predict the runs above with 95%% intervals")
    Double holdoutAbove;

    @Option(names = "--holdout-group", paramLabel = "G", description = "hold out the runs of group G (--holdout-by group)")
    String holdoutGroup;

    @Option(names = "--split-by", paramLabel = "COLS", split = ",",
            description = "fit each group of runs sharing these columns' values on its own (an array of results)")
    List<String> splitBy = new ArrayList<>();

    @Option(names = "--column", paramLabel = "ROLE=NAME",
            description = "read a role (params, tokens, flops, loss, unique_tokens, group, name) from column NAME")
    List<String> columns = new ArrayList<>();

    @Option(names = "--flops-from", defaultValue = "file",
            description = "C from the file's flops column (6ND where it has none) or 6nd (default: ${DEFAULT-VALUE})")
    String flopsFrom;

    @Option(names = "--compare-counts", paramLabel = "COLS", split = ",",
            description = "fit once per parameter column (e.g. params,params_no_embed) side by side")
    List<String> compareCounts = new ArrayList<>();

    @Option(names = "--budget", defaultValue = "5.76e23", paramLabel = "FLOPS",
            description = "budget for N_opt, D_opt and tokens per parameter (default: ${DEFAULT-VALUE}, Chinchilla's)")
    double budgetFlops;

    @Option(names = "--flops-tolerance", defaultValue = "0.10",
            description = "for --approach 2 without a group column: runs within this fraction of a budget "
                    + "form one isoFLOP profile (default: ${DEFAULT-VALUE})")
    double flopsTolerance;

    @Option(names = "--parabola-points", defaultValue = "0", paramLabel = "K",
            description = "for --approach 2: fit each parabola to the K sizes nearest the lowest loss (0: all)")
    int parabolaPoints;

    @Mixin
    JsonOption json;

    private String approachId;

    @Override
    public Integer call() {
        approachId = approach.strip().toLowerCase(Locale.ROOT);
        if (!List.of("3", "2", "power").contains(approachId)) {
            throw new IllegalArgumentException("--approach must be 3, 2 or power, got '" + approach + "'");
        }
        OptionBounds.budget("--budget", budgetFlops);
        OptionBounds.BOOTSTRAP.check(bootstrapResamples);
        OptionBounds.EXCLUDE_HIGHEST_LOSS.check(excludeHighestLoss);
        timeLimit.check();
        if (!(flopsTolerance >= 0 && flopsTolerance <= 1)) {
            throw new IllegalArgumentException("--flops-tolerance must be between 0 and 1, got " + flopsTolerance);
        }
        FitVariable variable = FitVariable.fromId(against);
        LawForm lawForm = approachId.equals("power") ? new PowerLawForm(variable) : LawForm.byId(form, variable);
        ResidualLoss penalty = penalty();
        FormFitter.Search searchMethod = search();
        FlopsCount flopsCount = FlopsCount.fromId(flopsFrom);
        HoldoutSpec holdout = holdout();
        Map<String, Double> fixed = FixedCoordinates.parse(fixes);
        if (approachId.equals("2")) {
            refuseForApproach2(holdout, fixed);
        } else if (!compareForms) {
            FixedCoordinates.of(lawForm, fixed);
        }
        if (!compareCounts.isEmpty() && !splitBy.isEmpty()) {
            throw new IllegalArgumentException("--compare-counts and --split-by cannot be combined; run them one at a time");
        }
        ColumnMapping mapping = ColumnMapping.parse(columns, RunImporter.ROLES);
        FitSpec fitSpec = new FitSpec(compareForms ? null : lawForm, compareForms ? List.of(ChinchillaForm.FREE) : List.of(),
                penalty, fixed, holdout, bootstrapResamples, seed.seed, searchMethod, excludeHighestLoss, flopsCount);

        Object report;
        if (!compareCounts.isEmpty()) {
            List<Object> results = new ArrayList<>();
            for (String paramsColumn : compareCounts) {
                List<TrainingRun> runs = RunFiles.read(file, withParams(paramsColumn), List.of(),
                        spec.commandLine().getErr()).runs();
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("params_column", paramsColumn);
                result.put("flops_from", flopsCount.id());
                result.putAll(fitOne(runs, fitSpec, variable));
                results.add(result);
            }
            report = results;
        } else {
            RunImport imported = RunFiles.read(file, mapping, splitBy, spec.commandLine().getErr());
            if (splitBy.isEmpty()) {
                requireSpread(imported, lawForm, variable);
                report = fitOne(imported.runs(), fitSpec, variable);
            } else {
                List<Object> results = new ArrayList<>();
                imported.bySplit().forEach((key, runs) -> results.add(fitGroup(key, runs, fitSpec, variable)));
                report = results;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json.json) {
            out.println(Json.write(report));
        } else {
            FitReport.printText(out, report);
        }
        out.flush();
        return 0;
    }

    /** One split group; a group that cannot be fitted reports why instead of stopping the others. */
    private Map<String, Object> fitGroup(String key, List<TrainingRun> runs, FitSpec fitSpec, FitVariable variable) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("group", key);
        try {
            result.putAll(fitOne(runs, fitSpec, variable));
        } catch (IllegalArgumentException | ArithmeticException e) {
            result.put("n_runs", runs.size());
            result.put("error", e.getMessage());
        }
        return result;
    }

    private Map<String, Object> fitOne(List<TrainingRun> runs, FitSpec fitSpec, FitVariable variable) {
        if (approachId.equals("2")) {
            List<TrainingRun> counted = fitSpec.flopsCount().apply(runs);
            if (excludeHighestLoss > 0) {
                counted = RunSelection.withoutHighestLoss(counted, checkedExclusion(counted.size()));
            }
            IsoFlopFitter fitter = new IsoFlopFitter(flopsTolerance).withInteriorMinimumRequired()
                    .withPointsAroundMinimum(parabolaPoints);
            List<TrainingRun> fitted = counted;
            return FitReport.approach2(timeLimit.run("the Approach 2 fit of " + fitted.size() + " runs",
                    deadline -> Approach2Result.fit(fitted, fitter, bootstrapResamples, seed.seed, budgetFlops,
                            fraction -> { }, deadline)), budgetFlops);
        }
        checkedExclusion(runs.size());
        FitSpec effective = fitSpec;
        if (compareForms) {
            effective = new FitSpec(null, FormChoice.candidates(runs, variable), fitSpec.penalty(), Map.of(), fitSpec.holdout(),
                    fitSpec.resamples(), fitSpec.seed(), fitSpec.search(), fitSpec.excludeHighestLoss(),
                    fitSpec.flopsCount());
        }
        int resamples = effective.effectiveResamples();
        if (resamples >= 2) {
            OptionBounds.checkRunRefits(runs.size(), resamples, bootstrapResamples > 0 ? "--bootstrap " + resamples
                    : "a hold-out's " + resamples + " resamples");
        }
        FitSpec spec = effective;
        String what = approachId.equals("power") ? "the power-law fit" : "the Approach 3 fit";
        return FitReport.approach3(approachId, timeLimit.run(what + " of " + runs.size() + " runs",
                deadline -> FitPipeline.fit(runs, spec, fraction -> { }, deadline)), budgetFlops);
    }

    /** Runs that cannot determine the law are refused naming their lines in the file, before any fit. */
    private void requireSpread(RunImport imported, LawForm lawForm, FitVariable variable) {
        if (approachId.equals("2") || compareForms) {
            return;
        }
        if (lawForm instanceof PowerLawForm power) {
            RunSpread.requireForPowerLaw(imported.runs(), power.variable(), imported::label);
        } else {
            RunSpread.requireForApproach3(imported.runs(), imported::label);
        }
    }

    private int checkedExclusion(int runCount) {
        if (excludeHighestLoss >= runCount) {
            throw new IllegalArgumentException("--exclude-highest-loss " + excludeHighestLoss + " would drop all "
                    + runCount + " runs of " + file);
        }
        return excludeHighestLoss;
    }

    private ResidualLoss penalty() {
        return switch (objective.strip().toLowerCase(Locale.ROOT)) {
            case HuberLoss.ID -> HuberLoss.chinchilla();
            case AsymmetricHuberLoss.ID -> {
                if (!(lambda >= 1) || Double.isInfinite(lambda)) {
                    throw new IllegalArgumentException("--lambda must be a number of at least 1, got " + lambda);
                }
                yield AsymmetricHuberLoss.chinchilla(lambda);
            }
            default -> throw new IllegalArgumentException("--objective must be huber or asymmetric, got '" + objective + "'");
        };
    }

    private FormFitter.Search search() {
        return switch (search.strip().toLowerCase(Locale.ROOT)) {
            case "fast" -> FormFitter.Search.FAST;
            case "full-grid" -> FormFitter.Search.FULL_GRID;
            default -> throw new IllegalArgumentException("--search must be fast or full-grid, got '" + search + "'");
        };
    }

    private HoldoutSpec holdout() {
        HoldoutAxis axis = holdoutBy == null ? (holdoutGroup != null ? HoldoutAxis.GROUP : HoldoutAxis.FLOPS)
                : HoldoutAxis.fromId(holdoutBy);
        if (holdoutAbove != null && holdoutGroup != null) {
            throw new IllegalArgumentException("--holdout-above and --holdout-group cannot be combined; give one");
        }
        if (axis == HoldoutAxis.GROUP) {
            if (holdoutGroup == null) {
                throw new IllegalArgumentException("--holdout-by group needs --holdout-group G");
            }
            return HoldoutSpec.group(holdoutGroup);
        }
        if (holdoutGroup != null) {
            throw new IllegalArgumentException("--holdout-group needs --holdout-by group, got --holdout-by " + axis.id());
        }
        if (holdoutAbove == null) {
            if (holdoutBy != null) {
                throw new IllegalArgumentException("--holdout-by " + axis.id() + " needs --holdout-above X");
            }
            return null;
        }
        if (axis == HoldoutAxis.FLOPS) {
            OptionBounds.physical("--holdout-above", PhysicalRange.FLOPS, holdoutAbove);
        }
        if (!(holdoutAbove > 0) || Double.isInfinite(holdoutAbove)) {
            throw new IllegalArgumentException("--holdout-above must be a positive number of " + axis.id() + ", got "
                    + holdoutAbove);
        }
        return HoldoutSpec.above(axis, holdoutAbove);
    }

    private void refuseForApproach2(HoldoutSpec holdout, Map<String, Double> fixed) {
        if (holdout != null) {
            throw new IllegalArgumentException("--holdout-above and --holdout-group need --approach 3 or power: "
                    + "Approach 2 predicts compute-optimal sizes, not losses");
        }
        if (compareForms || !fixed.isEmpty()) {
            throw new IllegalArgumentException((compareForms ? "--compare-forms" : "--fix")
                    + " applies to the law forms of --approach 3");
        }
    }

    /** The user's mapping with the params role read from {@code column} instead. */
    private ColumnMapping withParams(String column) {
        List<String> specs = new ArrayList<>();
        for (String mapped : ColumnMapping.parse(columns, RunImporter.ROLES).specs()) {
            if (!mapped.startsWith(RunImporter.PARAMS + "=")) {
                specs.add(mapped);
            }
        }
        specs.add(RunImporter.PARAMS + "=" + column);
        return ColumnMapping.parse(specs, RunImporter.ROLES);
    }
}
