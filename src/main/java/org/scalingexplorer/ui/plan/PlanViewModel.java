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
import javafx.concurrent.Service;
import javafx.concurrent.Task;
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
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The "Plan" view's state: the design of a virtual scaling study, its result, and transformer shapes
 * for a target size. The true law is the scenario's current constants of the chosen preset, so the
 * sliders of the Power laws view give custom truths. The study runs in a restartable
 * {@link Service} off the FX thread: one fit from the full 4,500-start grid (the first 30% of the
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
    private final Service<PlanResult> service = new Service<>() {
        @Override
        protected Task<PlanResult> createTask() {
            // Called on the FX thread: the inputs are read here, once, and the task sees only this snapshot.
            return studyTask(experiment(), penalty(), seed.get(), repetitions.get());
        }
    };

    private final ReadOnlyObjectWrapper<ObjectiveComparisonResult> comparison =
            new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper comparisonProblem = new ReadOnlyStringWrapper(this, "comparisonProblem", "");
    private final ReadOnlyBooleanWrapper comparisonCancelled = new ReadOnlyBooleanWrapper(this, "comparisonCancelled");
    private final ReadOnlyBooleanWrapper lambdaAccepted = new ReadOnlyBooleanWrapper(this, "lambdaAccepted");
    private final Service<ObjectiveComparisonResult> comparisonService = new Service<>() {
        @Override
        protected Task<ObjectiveComparisonResult> createTask() {
            // Read on the FX thread, once: the task sees only this snapshot of the inputs.
            return comparisonTask(experiment(), lambda.get(), seed.get());
        }
    };

    public PlanViewModel(ScenarioModel scenario) {
        this.scenario = scenario;
        lambdaAccepted.bind(Bindings.createBooleanBinding(() -> lambda.get() >= 1 && Double.isFinite(lambda.get()),
                lambda));
        comparisonService.setOnSucceeded(e -> {
            comparisonProblem.set("");
            comparison.set(comparisonService.getValue());
        });
        comparisonService.setOnFailed(e -> comparisonProblem.set(
                String.valueOf(comparisonService.getException().getMessage())));
        comparisonService.setOnCancelled(e -> comparisonCancelled.set(true));
        service.setOnSucceeded(e -> {
            problem.set("");
            result.set(service.getValue());
        });
        service.setOnFailed(e -> problem.set(String.valueOf(service.getException().getMessage())));
        service.setOnCancelled(e -> cancelled.set(true));
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
        try {
            experiment();
            penalty();
            if (repetitions.get() < 2) {
                throw new IllegalArgumentException("repetitions must be at least 2, got " + repetitions.get());
            }
        } catch (IllegalArgumentException bad) {
            problem.set(bad.getMessage());
            return;
        }
        problem.set("");
        cancelled.set(false);
        service.restart();
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
        try {
            experiment();
        } catch (IllegalArgumentException bad) {
            comparisonProblem.set(bad.getMessage());
            return false;
        }
        comparisonProblem.set("");
        comparisonCancelled.set(false);
        comparisonService.restart();
        return true;
    }

    public void cancelComparison() {
        comparisonService.cancel();
    }

    /** The study the inputs describe; throws {@link IllegalArgumentException} naming a bad input. */
    public VirtualExperiment experiment() {
        if (!(scenario.law(law.get()) instanceof ChinchillaLaw truth)) {
            throw new IllegalArgumentException("the true law must have the form E + A/N^alpha + B/D^beta");
        }
        ExperimentDesign design = ExperimentDesign.budgetRange(smallestBudget.get(), largestBudget.get(),
                budgetCount.get(), perBudget.get(), ExperimentDesign.DEFAULT_SPREAD);
        if (design.size() < 5) {
            throw new IllegalArgumentException("Approach 3 fits 5 constants and needs at least 5 runs, got "
                    + design.size());
        }
        return new VirtualExperiment(truth, design, noiseModel.get(), noise.get(), targetFlops.get());
    }

    public ResidualLoss penalty() {
        return AsymmetricHuberLoss.ID.equals(objective.get()) ? AsymmetricHuberLoss.chinchilla(lambda.get())
                : HuberLoss.chinchilla();
    }

    private static Task<PlanResult> studyTask(VirtualExperiment experiment, ResidualLoss penalty, long seed,
                                              int repetitions) {
        return new Task<>() {
            @Override
            protected PlanResult call() {
                List<TrainingRun> runs = experiment.sampleRuns(seed);
                Recovery recovery = experiment.recover(runs, new Approach3Fitter().withPenalty(penalty),
                        fraction -> updateProgress(SINGLE_FIT_SHARE * fraction, 1), this::isCancelled);
                StudySummary study = RepeatedStudy.run(experiment, penalty, StartStrategy.NEAR_TRUTH, repetitions, seed,
                        fraction -> updateProgress(SINGLE_FIT_SHARE + (1 - SINGLE_FIT_SHARE) * fraction, 1),
                        this::isCancelled);
                return PlanResult.of(experiment, seed, runs, recovery, study);
            }
        };
    }

    private static Task<ObjectiveComparisonResult> comparisonTask(VirtualExperiment experiment, double lambda,
                                                                  long seed) {
        return new Task<>() {
            @Override
            protected ObjectiveComparisonResult call() {
                // The full grid, as the single fit of a study: the comparison must not start at the truth.
                List<ObjectiveComparison.Row> rows = ObjectiveComparison.run(experiment,
                        List.of(HuberLoss.chinchilla(), AsymmetricHuberLoss.chinchilla(lambda)), new Approach3Fitter(),
                        seed, fraction -> updateProgress(fraction, 1), this::isCancelled);
                return new ObjectiveComparisonResult(experiment, seed, lambda, rows);
            }
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
