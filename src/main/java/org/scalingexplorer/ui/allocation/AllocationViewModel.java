package org.scalingexplorer.ui.allocation;

import org.scalingexplorer.ui.scenario.RecomputeWhenShown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.AllocationRow;
import org.scalingexplorer.engine.allocation.CriticalBatchLaw;
import org.scalingexplorer.engine.allocation.InferenceAwareAllocation;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.allocation.ReferenceModelCatalog;
import org.scalingexplorer.engine.allocation.ReferenceVerdict;
import org.scalingexplorer.engine.compute.Accelerator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.compute.HardwarePlan;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.control.TypedNumber;
import org.scalingexplorer.ui.scenario.ActiveLawConstants;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The "Allocation" view's state: a compute budget and a hardware plan in; per law the compute-optimal
 * N and D, their loss, GPU-hours, cost and Kaplan's critical batch out; the optimal N and D against C
 * for every law; and how the published reference models sit against the active law's frontier. With
 * expected inference tokens the rows switch to the split that minimises training plus inference
 * compute at the same loss (Sardana et al. 2023). Reads the shared scenario, so a constant dragged in
 * any view moves the table.
 */
public final class AllocationViewModel {

    private final RecomputeWhenShown recomputation = new RecomputeWhenShown(this, this::recompute);

    /** The budget slider spans 1e18 to 1e27 FLOPs, in log10 FLOPs. */
    public static final double LOG10_FLOPS_MIN = 18;
    public static final double LOG10_FLOPS_MAX = 27;
    /** Chinchilla's own budget (Hoffmann 2022, Table 3: 67B parameters, 1.5T tokens). */
    public static final double DEFAULT_FLOPS = 5.76e23;
    public static final double DEFAULT_USD_PER_GPU_HOUR = 2.0;
    static final int FRONTIER_POINTS = 64;

    /**
     * One row of the allocation table.
     *
     * @param preset              which law
     * @param params              N of the row's model
     * @param tokens              its training tokens D
     * @param loss                L(N, D)
     * @param trainingFlops       6ND: the budget, or more when inference tokens buy longer training
     * @param gpuHours            GPU-hours of the training compute on the chosen hardware
     * @param costUsd             their price
     * @param criticalBatchTokens Kaplan's critical batch at the row's loss
     * @param steps               D at that batch
     * @param inference           the inference-aware shift, when inference tokens are expected
     * @param active              whether this is the scenario's active law
     */
    public record Row(LawPreset preset, double params, double tokens, double loss, double trainingFlops,
                      double gpuHours, double costUsd, double criticalBatchTokens, double steps,
                      Optional<InferenceShift> inference, boolean active) {
        public double tokensPerParam() {
            return tokens / params;
        }
    }

    /**
     * How expecting inference changes a row: the compute-optimal model it replaces, and lifetime compute
     * (training plus 2N per inference token) of both.
     */
    public record InferenceShift(Allocation computeOptimal, double inferenceTokens, double totalFlops,
                                 double computeOptimalTotalFlops) {
        /** Below 1: the inference-aware model is smaller. */
        public double paramsRatio(Row row) {
            return row.params() / computeOptimal.params();
        }

        /** Above 1: it trains on more tokens. */
        public double tokensRatio(Row row) {
            return row.tokens() / computeOptimal.tokens();
        }

        /** The share of lifetime compute saved, 0..1. */
        public double lifetimeSaving() {
            return 1 - totalFlops / computeOptimalTotalFlops;
        }
    }

    /** A law's compute-optimal N and D against C, over the budget slider's range. */
    public record Frontier(LawPreset preset, double[] flops, double[] params, double[] tokens, boolean active) {
    }

    /** A reference model and its verdict under the active law; empty when the law cannot judge it. */
    public record VerdictRow(ReferenceModel model, Optional<ReferenceVerdict> verdict) {
    }

    /** Everything the view shows for one state of the inputs. */
    public record Result(double flops, OptimumRule rule, HardwarePlan plan, double inferenceTokens, List<Row> rows,
                         List<Frontier> frontiers, LawPreset verdictLaw, List<VerdictRow> verdicts) {
        public Row row(LawPreset preset) {
            return rows.stream().filter(r -> r.preset() == preset).findFirst().orElseThrow();
        }
    }

    private final ScenarioModel scenario;
    private final List<ReferenceModel> referenceModels = ReferenceModelCatalog.bundled();
    private final DoubleProperty log10Flops = new SimpleDoubleProperty(this, "log10Flops", Math.log10(DEFAULT_FLOPS));
    private final ReadOnlyDoubleWrapper flops = new ReadOnlyDoubleWrapper(this, "flops", DEFAULT_FLOPS);
    private final ReadOnlyBooleanWrapper invalidBudget = new ReadOnlyBooleanWrapper(this, "invalidBudget");
    private final ObjectProperty<Accelerator> accelerator =
            new SimpleObjectProperty<>(this, "accelerator", Accelerator.H100_SXM);
    private final DoubleProperty mfu = new SimpleDoubleProperty(this, "mfu", HardwarePlan.TYPICAL_MFU);
    private final DoubleProperty usdPerGpuHour =
            new SimpleDoubleProperty(this, "usdPerGpuHour", DEFAULT_USD_PER_GPU_HOUR);
    private final ObjectProperty<OptimumRule> rule = new SimpleObjectProperty<>(this, "rule", OptimumRule.PUBLISHED_RULE);
    private final ReadOnlyDoubleWrapper inferenceTokens = new ReadOnlyDoubleWrapper(this, "inferenceTokens", 0);
    private final ReadOnlyBooleanWrapper invalidInferenceTokens = new ReadOnlyBooleanWrapper(this, "invalidInferenceTokens");
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ActiveLawConstants lawConstants;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    /** Verdicts depend on the law and the rule only: a budget drag reuses them. */
    private VerdictKey verdictKey;
    private List<VerdictRow> verdicts;
    private boolean syncingBudget;

    private record VerdictKey(ScalingLaw law, LawPreset preset, OptimumRule rule) {
    }

    public AllocationViewModel(ScenarioModel scenario) {
        this.scenario = scenario;
        scenario.revisionProperty().addListener((obs, old, now) -> recomputation.request());
        lawConstants = new ActiveLawConstants(scenario);
        log10Flops.addListener((obs, old, now) -> {
            if (!syncingBudget) {
                flops.set(Math.pow(10, clamp(now.doubleValue(), LOG10_FLOPS_MIN, LOG10_FLOPS_MAX)));
                invalidBudget.set(false);
            }
        });
        flops.addListener((obs, old, now) -> recompute());
        accelerator.addListener((obs, old, now) -> recompute());
        mfu.addListener((obs, old, now) -> recompute());
        usdPerGpuHour.addListener((obs, old, now) -> recompute());
        rule.addListener((obs, old, now) -> recompute());
        inferenceTokens.addListener((obs, old, now) -> recompute());
        recompute();
    }

    public ScenarioModel scenario() {
        return scenario;
    }

    /** The budget slider's position, log10 FLOPs from {@value #LOG10_FLOPS_MIN} to {@value #LOG10_FLOPS_MAX}. */
    public DoubleProperty log10FlopsProperty() {
        return log10Flops;
    }

    /** The budget in FLOPs: set by the slider or, exactly, by {@link #submitBudget}. */
    public ReadOnlyDoubleProperty flopsProperty() {
        return flops.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty invalidBudgetProperty() {
        return invalidBudget.getReadOnlyProperty();
    }

    /**
     * Applies a typed budget such as "5.76e23" or "576e21 FLOPs"; refuses text that is not a number or
     * lies outside the slider's 1e18..1e27, leaving the budget as it was.
     */
    public boolean submitBudget(String typed) {
        Optional<Double> parsed = TypedNumber.parseQuantity(typed, "flops");
        if (parsed.isEmpty() || !(parsed.get() >= Math.pow(10, LOG10_FLOPS_MIN) * (1 - 1e-12)
                && parsed.get() <= Math.pow(10, LOG10_FLOPS_MAX) * (1 + 1e-12))) {
            invalidBudget.set(true);
            return false;
        }
        invalidBudget.set(false);
        syncingBudget = true;
        try {
            log10Flops.set(Math.log10(parsed.get()));
        } finally {
            syncingBudget = false;
        }
        flops.set(parsed.get());
        return true;
    }

    public ObjectProperty<Accelerator> acceleratorProperty() {
        return accelerator;
    }

    /** Model-FLOPs utilisation, 0.001 to 1; values outside are clamped. */
    public DoubleProperty mfuProperty() {
        return mfu;
    }

    /** Price of one GPU-hour in US dollars; negative values count as 0. */
    public DoubleProperty usdPerGpuHourProperty() {
        return usdPerGpuHour;
    }

    /** Which compute-optimal split the table and the frontiers use (they differ for Kaplan only). */
    public ObjectProperty<OptimumRule> ruleProperty() {
        return rule;
    }

    /** Expected inference tokens; 0 gives the compute-optimal (Chinchilla-style) split. */
    public ReadOnlyDoubleProperty inferenceTokensProperty() {
        return inferenceTokens.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty invalidInferenceTokensProperty() {
        return invalidInferenceTokens.getReadOnlyProperty();
    }

    /**
     * Applies typed inference tokens: "0", "2e12", "2T" or "500B"; an empty field means none. Refuses
     * negative numbers and text that is not a number.
     */
    public boolean submitInferenceTokens(String typed) {
        if (typed == null || typed.isBlank()) {
            invalidInferenceTokens.set(false);
            inferenceTokens.set(0);
            return true;
        }
        Optional<Double> parsed = TypedNumber.parseQuantity(typed, "tokens");
        if (parsed.isEmpty() || parsed.get() < 0 || parsed.get() > ComputeBudget.MAX_FLOPS) {
            invalidInferenceTokens.set(true);
            return false;
        }
        invalidInferenceTokens.set(false);
        inferenceTokens.set(parsed.get());
        return true;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    /** The published models the verdict table judges, in catalogue order. */
    public List<ReferenceModel> referenceModels() {
        return referenceModels;
    }

    /** Slider models of the active law's constants, rebuilt when the active law changes. */
    public ObservableList<LawConstantModel> constants() {
        return lawConstants.list();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Restores the active law's published constants. */
    public void reset() {
        scenario.reset(scenario.activePreset());
    }


    /** The hardware plan of the current inputs, with MFU and price kept where HardwarePlan accepts them. */
    public HardwarePlan plan() {
        return new HardwarePlan(accelerator.get() == null ? Accelerator.H100_SXM : accelerator.get(),
                clamp(mfu.get(), 1e-3, 1), Math.max(0, usdPerGpuHour.get()));
    }

    private void recompute() {
        ComputeBudget budget = ComputeBudget.ofFlops(flops.get());
        HardwarePlan plan = plan();
        OptimumRule optimum = rule.get() == null ? OptimumRule.PUBLISHED_RULE : rule.get();
        LawPreset active = scenario.activePreset();
        double inference = inferenceTokens.get();
        List<Row> rows = new ArrayList<>();
        List<Frontier> frontiers = new ArrayList<>();
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = scenario.law(preset);
            rows.add(inference > 0
                    ? inferenceAwareRow(preset, law, budget, plan, inference, preset == active)
                    : computeOptimalRow(preset, law, budget, plan, optimum, preset == active));
            frontiers.add(frontier(preset, law, optimum, preset == active));
        }
        modified.set(scenario.isModified(active));
        result.set(new Result(budget.flops(), optimum, plan, inference, List.copyOf(rows), List.copyOf(frontiers),
                active, verdicts(active, optimum)));
    }

    private static Row computeOptimalRow(LawPreset preset, ScalingLaw law, ComputeBudget budget, HardwarePlan plan,
                                         OptimumRule optimum, boolean active) {
        AllocationRow row = AllocationRow.of(preset.id(), law, budget, plan, optimum);
        return new Row(preset, row.params(), row.tokens(), row.loss(), row.flops(), row.gpuHours(), row.costUsd(),
                row.criticalBatchTokens(), row.steps(), Optional.empty(), active);
    }

    private static Row inferenceAwareRow(LawPreset preset, ScalingLaw law, ComputeBudget budget, HardwarePlan plan,
                                         double inference, boolean active) {
        InferenceAwareAllocation aware = InferenceAwareAllocation.of(law, budget, inference);
        ComputeBudget training = ComputeBudget.ofFlops(aware.trainingFlops());
        CriticalBatchLaw batch = CriticalBatchLaw.KAPLAN_2020;
        InferenceShift shift = new InferenceShift(aware.computeOptimal(), inference, aware.totalFlops(),
                aware.computeOptimalTotalFlops());
        return new Row(preset, aware.params(), aware.trainingTokens(), aware.loss(), aware.trainingFlops(),
                plan.gpuHours(training), plan.costUsd(training), batch.criticalBatchTokens(aware.loss()),
                batch.steps(aware.trainingTokens(), aware.loss()), Optional.of(shift), active);
    }

    private static Frontier frontier(LawPreset preset, ScalingLaw law, OptimumRule optimum, boolean active) {
        double[] flops = new double[FRONTIER_POINTS];
        double[] params = new double[FRONTIER_POINTS];
        double[] tokens = new double[FRONTIER_POINTS];
        double step = (LOG10_FLOPS_MAX - LOG10_FLOPS_MIN) / (FRONTIER_POINTS - 1);
        for (int i = 0; i < FRONTIER_POINTS; i++) {
            flops[i] = Math.pow(10, LOG10_FLOPS_MIN + i * step);
            Allocation allocation = optimum.allocate(law, ComputeBudget.ofFlops(flops[i]));
            params[i] = allocation.params();
            tokens[i] = allocation.tokens();
        }
        return new Frontier(preset, flops, params, tokens, active);
    }

    private List<VerdictRow> verdicts(LawPreset preset, OptimumRule optimum) {
        VerdictKey key = new VerdictKey(scenario.law(preset), preset, optimum);
        if (!key.equals(verdictKey)) {
            List<VerdictRow> rows = new ArrayList<>();
            for (ReferenceModel model : referenceModels) {
                rows.add(new VerdictRow(model, verdict(model, key.law(), optimum)));
            }
            verdicts = List.copyOf(rows);
            verdictKey = key;
        }
        return verdicts;
    }

    /**
     * A law with extreme constants may put a model's loss below what any budget up to 1e32 FLOPs
     * reaches compute-optimally; the engine refuses that verdict and the table says so.
     */
    private static Optional<ReferenceVerdict> verdict(ReferenceModel model, ScalingLaw law, OptimumRule optimum) {
        try {
            return Optional.of(ReferenceVerdict.of(model, law, optimum));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Whether this view is on screen; while it is not, scenario changes only mark it stale. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return recomputation.shownProperty();
    }
}
