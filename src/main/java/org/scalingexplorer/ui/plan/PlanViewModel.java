package org.scalingexplorer.ui.plan;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.fit.ResidualLoss;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.plan.ExperimentDesign;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.ObjectiveComparison;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.RepeatedStudy;
import org.scalingexplorer.engine.plan.ShapeSearch;
import org.scalingexplorer.engine.plan.StartStrategy;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.engine.plan.VirtualExperiment;
import org.scalingexplorer.ui.control.TypedNumber;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The "Plan" view's state: the design of a virtual scaling study, its result, and transformer shapes
 * for a target size. The true law is the scenario's current constants of the chosen preset, so the
 * sliders of the Power laws view give custom truths. The study runs as {@link BackgroundWork} (in the
 * window a restartable Service off the FX thread): one fit from the full 4,500-start grid (the first 30% of the
 * progress), then the repeated study on near-truth starts ({@link StartStrategy#NEAR_TRUTH}). A
 * second restartable service compares log-Huber with the asymmetric objective under each noise model
 * on the same design and seed ({@link ObjectiveComparison}), so one can run while the other is shown.
 */
public final class PlanViewModel {

    /** Laws of the form E + A/N^alpha + B/D^beta, the only ones Approach 3 can recover. */
    public static final List<LawPreset> TRUE_LAWS = List.of(LawPreset.CHINCHILLA_2022, LawPreset.EPOCH_2024,
            LawPreset.CHINCHILLA_APPROACH_1);
    public static final List<String> OBJECTIVES = List.of(HuberLoss.ID, AsymmetricHuberLoss.ID);
    static final int SHAPES_LISTED = 12;
    private static final double SINGLE_FIT_SHARE = 0.3;

    private final ScenarioModel scenario;
    private final ObjectProperty<LawPreset> law = new SimpleObjectProperty<>(this, "law", LawPreset.CHINCHILLA_2022);
    private final DoubleProperty smallestBudget = new SimpleDoubleProperty(this, "smallestBudget", 1e18);
    private final DoubleProperty largestBudget = new SimpleDoubleProperty(this, "largestBudget", 1e21);
    private final IntegerProperty budgetCount = new SimpleIntegerProperty(this, "budgetCount", 4);
    private final IntegerProperty perBudget = new SimpleIntegerProperty(this, "perBudget", 7);
    private final DoubleProperty noise = new SimpleDoubleProperty(this, "noise", 0.01);
    private final ObjectProperty<NoiseModel> noiseModel = new SimpleObjectProperty<>(this, "noiseModel",
            NoiseModel.GAUSSIAN);
    private final ObjectProperty<String> objective = new SimpleObjectProperty<>(this, "objective", HuberLoss.ID);
    private final DoubleProperty lambda = new SimpleDoubleProperty(this, "lambda", AsymmetricHuberLoss.DEFAULT_LAMBDA);
    private final DoubleProperty targetFlops = new SimpleDoubleProperty(this, "targetFlops", 1e24);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final IntegerProperty repetitions = new SimpleIntegerProperty(this, "repetitions", 50);
    private final DoubleProperty shapeParams = new SimpleDoubleProperty(this, "shapeParams", 7e9);
    private final LongProperty vocabulary = new SimpleLongProperty(this, "vocabulary", ShapeSearch.DEFAULT_VOCABULARY);

    private final ReadOnlyObjectWrapper<PlanResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled");
    private final ObservableList<TransformerShape> shapes = FXCollections.observableArrayList();
    private final BackgroundWork<PlanResult> service;

    private final ReadOnlyObjectWrapper<ObjectiveComparisonResult> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper comparisonProblem = new ReadOnlyStringWrapper(this, "comparisonProblem", "");
    private final ReadOnlyBooleanWrapper comparisonCancelled = new ReadOnlyBooleanWrapper(this, "comparisonCancelled");
    private final ReadOnlyBooleanWrapper lambdaAccepted = new ReadOnlyBooleanWrapper(this, "lambdaAccepted");
    private final BackgroundWork<ObjectiveComparisonResult> comparisonService;
    /** The design a run reads when it starts (the inputs, or a session's study); then the one shown. */
    private PlanDesign nextStudy;
    private PlanDesign runningStudy;
    private PlanDesign shownStudy;
    private PlanDesign nextComparison;
    private PlanDesign runningComparison;
    private PlanDesign shownComparison;

    /** A view-model for the window: studies run in the background. */
    public PlanViewModel(ScenarioModel scenario) {
        this(scenario, WorkMode.BACKGROUND);
    }

    public PlanViewModel(ScenarioModel scenario, WorkMode work) {
        this.scenario = scenario;
        lambdaAccepted.bind(Bindings.createBooleanBinding(() -> lambda.get() >= 1 && Double.isFinite(lambda.get()),
                lambda));
        // Prepared where a run starts: the inputs are read there, once, and the job sees only this snapshot.
        comparisonService = new BackgroundWork<ObjectiveComparisonResult>(work, () -> {
            runningComparison = nextComparison;
            return comparisonJob(runningComparison.experiment(), runningComparison.lambda(), runningComparison.seed());
        })
                .onSucceeded(value -> {
                    comparisonProblem.set("");
                    shownComparison = runningComparison;
                    comparison.set(value);
                })
                .onFailed(e -> comparisonProblem.set(String.valueOf(e.getMessage())))
                .onCancelled(() -> comparisonCancelled.set(true));
        service = new BackgroundWork<PlanResult>(work, () -> {
            runningStudy = nextStudy;
            return studyJob(runningStudy.experiment(), runningStudy.penalty(), runningStudy.seed(),
                    runningStudy.repetitions());
        })
                .onSucceeded(value -> {
                    problem.set("");
                    shownStudy = runningStudy;
                    result.set(value);
                })
                .onFailed(e -> problem.set(String.valueOf(e.getMessage())))
                .onCancelled(() -> cancelled.set(true));
        shapeParams.addListener((obs, old, now) -> recomputeShapes());
        vocabulary.addListener((obs, old, now) -> recomputeShapes());
        recomputeShapes();
    }

    public ObjectProperty<LawPreset> lawProperty() {
        return law;
    }

    public DoubleProperty smallestBudgetProperty() {
        return smallestBudget;
    }

    public DoubleProperty largestBudgetProperty() {
        return largestBudget;
    }

    public IntegerProperty budgetCountProperty() {
        return budgetCount;
    }

    public IntegerProperty perBudgetProperty() {
        return perBudget;
    }

    /** Standard deviation (Gaussian) or mean (one-sided) of the shift of log loss. */
    public DoubleProperty noiseProperty() {
        return noise;
    }

    public ObjectProperty<NoiseModel> noiseModelProperty() {
        return noiseModel;
    }

    /** {@link HuberLoss#ID} or {@link AsymmetricHuberLoss#ID}. */
    public ObjectProperty<String> objectiveProperty() {
        return objective;
    }

    public DoubleProperty lambdaProperty() {
        return lambda;
    }

    public DoubleProperty targetFlopsProperty() {
        return targetFlops;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public IntegerProperty repetitionsProperty() {
        return repetitions;
    }

    public DoubleProperty shapeParamsProperty() {
        return shapeParams;
    }

    public LongProperty vocabularyProperty() {
        return vocabulary;
    }

    // ---- typed input: a number the field shows again, or false and nothing changed ----

    public boolean submitSmallestBudget(String typed) {
        return submitNumber(typed, smallestBudget);
    }

    public boolean submitLargestBudget(String typed) {
        return submitNumber(typed, largestBudget);
    }

    public boolean submitNoise(String typed) {
        return submitNumber(typed, noise);
    }

    /** A lambda below 1 is taken (the study refuses it, saying why); text that is not a number is not. */
    public boolean submitLambda(String typed) {
        return submitNumber(typed, lambda);
    }

    public boolean submitTargetFlops(String typed) {
        return submitNumber(typed, targetFlops);
    }

    public boolean submitShapeParams(String typed) {
        return submitNumber(typed, shapeParams);
    }

    public boolean submitBudgetCount(String typed) {
        return submitCount(typed, budgetCount);
    }

    public boolean submitPerBudget(String typed) {
        return submitCount(typed, perBudget);
    }

    public boolean submitRepetitions(String typed) {
        return submitCount(typed, repetitions);
    }

    public boolean submitSeed(String typed) {
        return submitWhole(typed, seed);
    }

    public boolean submitVocabulary(String typed) {
        return submitWhole(typed, vocabulary);
    }

    private static boolean submitNumber(String typed, DoubleProperty target) {
        var parsed = TypedNumber.parse(typed);
        parsed.ifPresent(target::set);
        return parsed.isPresent();
    }

    private static boolean submitCount(String typed, IntegerProperty target) {
        var parsed = TypedNumber.parseWhole(typed).filter(value -> Math.abs(value) <= Integer.MAX_VALUE);
        parsed.ifPresent(value -> target.set(value.intValue()));
        return parsed.isPresent();
    }

    private static boolean submitWhole(String typed, LongProperty target) {
        var parsed = TypedNumber.parseWhole(typed).filter(value -> Math.abs(value) <= Integer.MAX_VALUE);
        parsed.ifPresent(target::set);
        return parsed.isPresent();
    }

    /** The last finished study; kept while a new one runs or after one is cancelled. */
    public ReadOnlyObjectProperty<PlanResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public PlanResult result() {
        return result.get();
    }

    /** Why the last start or run failed (a bad input, a fit that overflowed); empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True once a run was cancelled, until the next one starts. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return service.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return service.progressProperty();
    }

    /** Shapes closest to {@link #shapeParamsProperty()}, closest first; empty when none is within 10%. */
    public ObservableList<TransformerShape> shapes() {
        return shapes;
    }

    /** Starts the study with the current inputs, cancelling one still running. Call on the FX thread. */
    public void run() {
        runStudy(design());
    }

    /** Runs the study a session showed, as it ran then (its truth, design and seed), whatever the inputs are now. */
    public void runStudy(PlanDesign study) {
        try {
            study.experiment();
            study.penalty();
            if (study.repetitions() < 2) {
                throw new IllegalArgumentException("repetitions must be at least 2, got " + study.repetitions());
            }
        } catch (IllegalArgumentException bad) {
            problem.set(bad.getMessage());
            return;
        }
        problem.set("");
        cancelled.set(false);
        nextStudy = study;
        service.restart();
    }

    /** The inputs now, with the true law's constants as the scenario holds them. */
    public PlanDesign design() {
        return new PlanDesign(law.get(), scenario.law(law.get()), smallestBudget.get(), largestBudget.get(),
                budgetCount.get(), perBudget.get(), noise.get(), noiseModel.get(), objective.get(), lambda.get(),
                targetFlops.get(), seed.get(), repetitions.get());
    }

    /** Puts a design's inputs into the fields (the truth's constants stay the scenario's). */
    public void setDesign(PlanDesign design) {
        law.set(design.law());
        smallestBudget.set(design.smallestBudget());
        largestBudget.set(design.largestBudget());
        budgetCount.set(design.budgetCount());
        perBudget.set(design.perBudget());
        noise.set(design.noise());
        noiseModel.set(design.noiseModel());
        objective.set(design.objective());
        lambda.set(design.lambda());
        targetFlops.set(design.targetFlops());
        seed.set(design.seed());
        repetitions.set(design.repetitions());
    }

    /** The design of the study shown; null before the first. */
    public PlanDesign shownStudy() {
        return result.get() == null ? null : shownStudy;
    }

    /** The design of the objective comparison shown; null before the first. */
    public PlanDesign shownComparison() {
        return comparison.get() == null ? null : shownComparison;
    }

    public void cancel() {
        service.cancel();
    }

    /**
     * True while {@link #lambdaProperty()} is a number of at least 1: below 1 the asymmetric objective
     * would weigh runs below the curve less than those above, the opposite of a lower envelope.
     */
    public ReadOnlyBooleanProperty lambdaAcceptedProperty() {
        return lambdaAccepted.getReadOnlyProperty();
    }

    /** The last finished objective comparison; kept while a new one runs or after one is cancelled. */
    public ReadOnlyObjectProperty<ObjectiveComparisonResult> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ObjectiveComparisonResult comparison() {
        return comparison.get();
    }

    /** Why the last comparison could not start or failed; empty when it did not. */
    public ReadOnlyStringProperty comparisonProblemProperty() {
        return comparisonProblem.getReadOnlyProperty();
    }

    /** True once a comparison was cancelled, until the next one starts. */
    public ReadOnlyBooleanProperty comparisonCancelledProperty() {
        return comparisonCancelled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparisonRunningProperty() {
        return comparisonService.runningProperty();
    }

    public ReadOnlyDoubleProperty comparisonProgressProperty() {
        return comparisonService.progressProperty();
    }

    /**
     * Starts the comparison of both objectives under both noise models with the current design, noise
     * level, seed and lambda, cancelling one still running. Refuses (returns false, starts nothing)
     * when lambda is below 1 ({@link #lambdaAcceptedProperty()}) or the design is bad
     * ({@link #comparisonProblemProperty()}). Call on the FX thread.
     */
    public boolean runComparison() {
        if (!lambdaAccepted.get()) {
            return false;
        }
        return runComparisonOf(design());
    }

    /** Runs the comparison a session showed, as it ran then; false (and a problem) for a design it refuses. */
    public boolean runComparisonOf(PlanDesign design) {
        try {
            design.experiment();
        } catch (IllegalArgumentException bad) {
            comparisonProblem.set(bad.getMessage());
            return false;
        }
        comparisonProblem.set("");
        comparisonCancelled.set(false);
        nextComparison = design;
        comparisonService.restart();
        return true;
    }

    public void cancelComparison() {
        comparisonService.cancel();
    }

    /** The study the inputs describe; throws {@link IllegalArgumentException} naming a bad input. */
    public VirtualExperiment experiment() {
        return design().experiment();
    }

    public ResidualLoss penalty() {
        return design().penalty();
    }

    private static BackgroundWork.Job<PlanResult> studyJob(VirtualExperiment experiment, ResidualLoss penalty,
                                                           long seed, int repetitions) {
        return progress -> {
            List<TrainingRun> runs = experiment.sampleRuns(seed);
            Recovery recovery = experiment.recover(runs, new Approach3Fitter().withPenalty(penalty),
                    fraction -> progress.update(SINGLE_FIT_SHARE * fraction), progress::cancelled);
            StudySummary study = RepeatedStudy.run(experiment, penalty, StartStrategy.NEAR_TRUTH, repetitions, seed,
                    fraction -> progress.update(SINGLE_FIT_SHARE + (1 - SINGLE_FIT_SHARE) * fraction),
                    progress::cancelled);
            return PlanResult.of(experiment, seed, runs, recovery, study);
        };
    }

    private static BackgroundWork.Job<ObjectiveComparisonResult> comparisonJob(VirtualExperiment experiment,
                                                                             double lambda, long seed) {
        return progress -> {
            // The full grid, as the single fit of a study: the comparison must not start at the truth.
            List<ObjectiveComparison.Row> rows = ObjectiveComparison.run(experiment,
                    List.of(HuberLoss.chinchilla(), AsymmetricHuberLoss.chinchilla(lambda)), new Approach3Fitter(),
                    seed, progress::update, progress::cancelled);
            return new ObjectiveComparisonResult(experiment, seed, lambda, rows);
        };
    }

    private void recomputeShapes() {
        double target = shapeParams.get();
        if (!(target > 0) || Double.isInfinite(target) || vocabulary.get() < 0) {
            shapes.clear();
            return;
        }
        shapes.setAll(ShapeSearch.closest(target, vocabulary.get(), ShapeSearch.DEFAULT_TOLERANCE, SHAPES_LISTED));
    }
}
