package org.scalingexplorer.ui.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.RunImporter;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.plan.NextRunAdvisor;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.ui.scenario.ViewSettings;

/**
 * The Fit view's state: the loaded runs and the rows that could not be read, the fit's settings,
 * and the last fit's results and charts. Loading and fitting run in restartable {@link Service}s
 * off the FX thread, with progress and cancel; their results are published on the FX thread.
 * Never touches a control.
 */
public final class FitViewModel {

    /** View settings a lesson may set: the extrapolation budget and the hold-out cut-off (0: none). */
    public static final String TARGET_FLOPS_SETTING = "fit.target_flops";
    public static final String HOLDOUT_FLOPS_SETTING = "fit.holdout_flops";

    /** Chinchilla's own training budget (Hoffmann et al. 2022, Table 3), a natural first target. */
    public static final double DEFAULT_TARGET_FLOPS = 5.76e23;
    /** Resample counts offered; 1,000 by default, 4,000 as the replication used; 0 skips the bootstrap. */
    public static final List<Integer> RESAMPLE_CHOICES = List.of(0, 200, Bootstrap.DEFAULT_RESAMPLES, 4000);
    static final long BOOTSTRAP_SEED = 1;
    /** Simulated refits per candidate when suggesting next runs: enough for a 95% interval, a few seconds' work. */
    public static final int NEXT_RUN_RESAMPLES = NextRunAdvisor.DEFAULT_RESAMPLES;
    /** A first hold-out keeps the runs up to this quantile of compute and predicts the rest. */
    private static final double HOLDOUT_QUANTILE = 0.9;

    /** Where the view stands; the view words it. */
    public enum Status {
        EMPTY, LOADING, LOADED, LOAD_FAILED, LOAD_CANCELLED, FITTING, FITTED, FIT_FAILED, FIT_CANCELLED
    }

    /** A finished import: where from, the runs that loaded, the rows that did not, and how they chart. */
    public record LoadedRuns(String source, boolean sample, List<TrainingRun> runs, List<RowProblem> problems,
                             FitPlot preview) {
    }

    private final ObjectProperty<FitApproach> approach = new SimpleObjectProperty<>(this, "approach",
            FitApproach.APPROACH_3);
    private final ObjectProperty<FitVariable> powerLawVariable = new SimpleObjectProperty<>(this, "powerLawVariable",
            FitVariable.FLOPS);
    private final IntegerProperty excludeHighestLoss = new SimpleIntegerProperty(this, "excludeHighestLoss", 0);
    private final IntegerProperty resamples = new SimpleIntegerProperty(this, "resamples",
            Bootstrap.DEFAULT_RESAMPLES);
    private final DoubleProperty targetFlops = new SimpleDoubleProperty(this, "targetFlops", DEFAULT_TARGET_FLOPS);
    private final DoubleProperty holdoutFlops = new SimpleDoubleProperty(this, "holdoutFlops", 0);
    private final ObjectProperty<Approach3Objective.Kind> objectiveKind = new SimpleObjectProperty<>(this,
            "objectiveKind", Approach3Objective.Kind.LOG_HUBER);
    private final DoubleProperty envelopeLambda = new SimpleDoubleProperty(this, "envelopeLambda",
            AsymmetricHuberLoss.DEFAULT_LAMBDA);
    private final BooleanProperty compareObjectives = new SimpleBooleanProperty(this, "compareObjectives", false);
    private final ReadOnlyObjectWrapper<Advice> nextRuns = new ReadOnlyObjectWrapper<>(this, "nextRuns");
    private final ReadOnlyStringWrapper nextRunsError = new ReadOnlyStringWrapper(this, "nextRunsError", "");
    private final ReadOnlyBooleanWrapper nextRunsCancelled = new ReadOnlyBooleanWrapper(this, "nextRunsCancelled");

    private final ReadOnlyObjectWrapper<LoadedRuns> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ObservableList<TrainingRun> runs = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> problems = FXCollections.observableArrayList();
    // One read-only view of each list, kept: a listener added to a throwaway wrapper is lost with it.
    private final ObservableList<TrainingRun> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<RowProblem> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyObjectWrapper<FitResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<FitPlot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");
    /** Background computations still inside their engine call, cancelled or not: what cancel must bring to zero. */
    private final AtomicInteger computationsRunning = new AtomicInteger();

    private final LoadService loader = new LoadService();
    private final FitService fitter = new FitService();
    private final NextRunsService advisor = new NextRunsService();
    private final BooleanBinding busy = loader.runningProperty().or(fitter.runningProperty());
    private final BooleanBinding canFit = Bindings.isNotEmpty(runs).and(busy.not());
    private final BooleanBinding canSuggestNextRuns = Bindings.createBooleanBinding(
            () -> result.get() != null && result.get().canAdviseNextRuns(), result)
            .and(busy.not()).and(advisor.runningProperty().not());
    private double lastHoldoutFlops;

    public FitViewModel() {
        loader.setOnSucceeded(e -> showLoaded(loader.getValue()));
        loader.setOnFailed(e -> fail(Status.LOAD_FAILED, loader.getException()));
        loader.setOnCancelled(e -> status.set(Status.LOAD_CANCELLED));
        fitter.setOnSucceeded(e -> showResult(fitter.getValue()));
        fitter.setOnFailed(e -> fail(Status.FIT_FAILED, fitter.getException()));
        fitter.setOnCancelled(e -> status.set(Status.FIT_CANCELLED));
        advisor.setOnSucceeded(e -> nextRuns.set(advisor.getValue()));
        advisor.setOnFailed(e -> nextRunsError.set(messageOf(advisor.getException())));
        advisor.setOnCancelled(e -> nextRunsCancelled.set(true));

        // A setting may come from a lesson as a bare number: refuse what no fit could use.
        envelopeLambda.addListener((obs, old, now) -> {
            if (!(now.doubleValue() >= 1) || Double.isInfinite(now.doubleValue())) {
                envelopeLambda.set(old.doubleValue());
            }
        });
        targetFlops.addListener((obs, old, now) -> {
            if (!(now.doubleValue() > 0) || Double.isInfinite(now.doubleValue())) {
                targetFlops.set(old.doubleValue());
            }
        });
        holdoutFlops.addListener((obs, old, now) -> {
            if (!(now.doubleValue() >= 0) || Double.isInfinite(now.doubleValue())) {
                holdoutFlops.set(old.doubleValue());
            } else if (now.doubleValue() > 0) {
                lastHoldoutFlops = now.doubleValue();
            }
        });
        ChangeListener<Object> markStale = (obs, old, now) -> stale.set(result.get() != null);
        approach.addListener(markStale);
        powerLawVariable.addListener(markStale);
        excludeHighestLoss.addListener(markStale);
        resamples.addListener(markStale);
        targetFlops.addListener(markStale);
        holdoutFlops.addListener(markStale);
        objectiveKind.addListener(markStale);
        envelopeLambda.addListener(markStale);
        compareObjectives.addListener(markStale);
    }

    /** A view-model whose target budget and hold-out cut-off lessons can set through {@code settings}. */
    public FitViewModel(ViewSettings settings) {
        this();
        registerSettings(settings);
    }

    /** Registers the settings a lesson may set by name. */
    public void registerSettings(ViewSettings settings) {
        settings.register(TARGET_FLOPS_SETTING, targetFlops);
        settings.register(HOLDOUT_FLOPS_SETTING, holdoutFlops);
    }

    // ---- loading ----

    /** Reads a CSV or TSV file of runs in the background; the runs shown so far stay until it succeeds. */
    public void loadFile(Path file) {
        loader.request(file);
    }

    /**
     * Loads the 245 Chinchilla runs that Epoch AI read off Hoffmann et al. 2022 (Besiroglu et al. 2024)
     * and excludes their 5 highest-loss runs, as the replication did.
     */
    public void loadSample() {
        loader.request(null);
    }

    public void cancelLoad() {
        loader.cancel();
    }

    public ReadOnlyObjectProperty<LoadedRuns> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LoadedRuns loaded() {
        return loaded.get();
    }

    /** The loaded runs, for the preview table. */
    public ObservableList<TrainingRun> runs() {
        return runsView;
    }

    /** Every row of the last file that did not load, with its line, field and reason. */
    public ObservableList<RowProblem> problems() {
        return problemsView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.runningProperty();
    }

    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loader.progressProperty();
    }

    // ---- fitting ----

    public ObjectProperty<FitApproach> approachProperty() {
        return approach;
    }

    /** The variable a power law is fitted against. */
    public ObjectProperty<FitVariable> powerLawVariableProperty() {
        return powerLawVariable;
    }

    /** How many of the highest-loss runs to leave out of the fit; 5 for the sample, as the replication did. */
    public IntegerProperty excludeHighestLossProperty() {
        return excludeHighestLoss;
    }

    /** Bootstrap resamples; 0 skips the bootstrap. */
    public IntegerProperty resamplesProperty() {
        return resamples;
    }

    public DoubleProperty targetFlopsProperty() {
        return targetFlops;
    }

    /** Fit only runs with at most this many FLOPs and score the prediction on the rest; 0: fit every run. */
    public DoubleProperty holdoutFlopsProperty() {
        return holdoutFlops;
    }

    /** The objective Approach 3 minimises: log-Huber (the paper's) or the lower envelope. */
    public ObjectProperty<Approach3Objective.Kind> objectiveKindProperty() {
        return objectiveKind;
    }

    /** The lower-envelope objective's weight on runs below the curve; values below 1 are refused. */
    public DoubleProperty envelopeLambdaProperty() {
        return envelopeLambda;
    }

    /** Fit Approach 3 with both objectives on the same runs and show both laws and constant sets. */
    public BooleanProperty compareObjectivesProperty() {
        return compareObjectives;
    }

    /** Parses a typed lambda; false (and nothing changed) unless it is a finite number of at least 1. */
    public boolean submitEnvelopeLambda(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            if (!(value >= 1) || Double.isInfinite(value)) {
                return false;
            }
            envelopeLambda.set(value);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Parses a typed target budget; false (and nothing changed) unless it is a positive finite number. */
    public boolean submitTargetFlops(String text) {
        double value = parsePositive(text);
        if (Double.isNaN(value)) {
            return false;
        }
        targetFlops.set(value);
        return true;
    }

    /** Parses a typed hold-out cut-off; false (and nothing changed) unless it is a positive finite number. */
    public boolean submitHoldoutFlops(String text) {
        double value = parsePositive(text);
        if (Double.isNaN(value)) {
            return false;
        }
        holdoutFlops.set(value);
        return true;
    }

    /**
     * Turns the hold-out on at the last cut-off used or, the first time, at the 90th percentile of
     * the loaded runs' compute (so about the costliest tenth is predicted), or off.
     */
    public void setHoldout(boolean on) {
        if (!on) {
            holdoutFlops.set(0);
        } else if (holdoutFlops.get() == 0) {
            double[] flops = runs.stream().mapToDouble(TrainingRun::flops).sorted().toArray();
            double tenthFromTop = flops.length == 0 ? 0 : flops[(int) Math.floor(HOLDOUT_QUANTILE * (flops.length - 1))];
            holdoutFlops.set(lastHoldoutFlops > 0 ? lastHoldoutFlops : tenthFromTop > 0 ? tenthFromTop : 1e21);
        }
    }

    /** Starts a fit of the loaded runs with the current settings, cancelling one still running. */
    /**
     * Shows runs a session brought back, as if just imported; the caller then sets the fit settings
     * and may fit again (seeded, so the numbers come out as they were saved).
     */
    public void restoreRuns(String source, boolean sample, List<TrainingRun> restored) {
        if (restored.isEmpty()) {
            return;
        }
        showLoaded(new LoadedRuns(source, sample, List.copyOf(restored), List.of(),
                FitComputation.preview(restored, FitVariable.PARAMS)));
    }

    public void fit() {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no runs are loaded to fit");
        }
        clearNextRuns();
        fitter.restart();
    }

    // ---- next runs ----

    /**
     * Ranks candidate next runs by how much each would shrink the 95% interval of the loss
     * extrapolated to the target budget, from the shown Approach 3 fit, in the background.
     */
    public void suggestNextRuns() {
        if (!canSuggestNextRuns.get()) {
            throw new IllegalStateException("next runs need an Approach 3 fit with a compute-optimal law");
        }
        clearNextRuns();
        advisor.restart();
    }

    public void cancelNextRuns() {
        advisor.cancel();
    }

    /** An Approach 3 fit with a compute-optimal law is shown and nothing is running. */
    public BooleanBinding canSuggestNextRunsBinding() {
        return canSuggestNextRuns;
    }

    public ReadOnlyBooleanProperty suggestingNextRunsProperty() {
        return advisor.runningProperty();
    }

    public ReadOnlyDoubleProperty nextRunsProgressProperty() {
        return advisor.progressProperty();
    }

    /** The last suggestions, best first, with the current interval; null until asked or after a new fit. */
    public ReadOnlyObjectProperty<Advice> nextRunsProperty() {
        return nextRuns.getReadOnlyProperty();
    }

    public Advice nextRuns() {
        return nextRuns.get();
    }

    /** The engine's message when the suggestions failed, else empty. */
    public ReadOnlyStringProperty nextRunsErrorProperty() {
        return nextRunsError.getReadOnlyProperty();
    }

    /** Whether the last request for suggestions was cancelled. */
    public ReadOnlyBooleanProperty nextRunsCancelledProperty() {
        return nextRunsCancelled.getReadOnlyProperty();
    }

    private void clearNextRuns() {
        advisor.cancel();
        nextRuns.set(null);
        nextRunsError.set("");
        nextRunsCancelled.set(false);
    }

    public void cancelFit() {
        fitter.cancel();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitter.runningProperty();
    }

    public ReadOnlyDoubleProperty fitProgressProperty() {
        return fitter.progressProperty();
    }

    /** Runs are loaded and nothing is loading or fitting. */
    public BooleanBinding canFitBinding() {
        return canFit;
    }

    public BooleanBinding busyBinding() {
        return busy;
    }

    public ReadOnlyObjectProperty<FitResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public FitResult result() {
        return result.get();
    }

    /** What the charts draw: the last fit, or the loaded runs before any fit. */
    public ReadOnlyObjectProperty<FitPlot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    public FitPlot plot() {
        return plot.get();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** The engine's message for the last failure (naming file, line and field for a bad file), else empty. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    /** Settings changed since the results shown were computed. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Whether a load or fit is still inside the engine; a cancelled one leaves soon after. For tests. */
    boolean isComputing() {
        return computationsRunning.get() > 0;
    }

    private FitRequest request() {
        return new FitRequest(loaded.get().runs(), approach.get(), powerLawVariable.get(), excludeHighestLoss.get(),
                resamples.get(), targetFlops.get(), holdoutFlops.get(), BOOTSTRAP_SEED, objective(),
                compareObjectives.get());
    }

    private Approach3Objective objective() {
        return new Approach3Objective(objectiveKind.get(), envelopeLambda.get());
    }

    private void showLoaded(LoadedRuns loadedRuns) {
        fitter.cancel();
        clearNextRuns();
        loaded.set(loadedRuns);
        runs.setAll(loadedRuns.runs());
        problems.setAll(loadedRuns.problems());
        result.set(null);
        stale.set(false);
        lastHoldoutFlops = 0;
        holdoutFlops.set(0);
        excludeHighestLoss.set(loadedRuns.sample() ? SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED : 0);
        plot.set(loadedRuns.preview());
        errorMessage.set("");
        status.set(Status.LOADED);
    }

    private void showResult(FitResult fitResult) {
        result.set(fitResult);
        plot.set(fitResult.plot());
        stale.set(false);
        errorMessage.set("");
        status.set(Status.FITTED);
    }

    private void fail(Status failure, Throwable error) {
        errorMessage.set(messageOf(error));
        status.set(failure);
    }

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    private static double parsePositive(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return value > 0 && Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Reads a file, or the bundled sample when no file is given. */
    private final class LoadService extends Service<LoadedRuns> {
        private Path file;

        void request(Path fileOrNull) {
            file = fileOrNull;
            status.set(Status.LOADING);
            restart();
        }

        @Override
        protected Task<LoadedRuns> createTask() {
            Path source = file;
            return new Task<>() {
                @Override
                protected LoadedRuns call() {
                    computationsRunning.incrementAndGet();
                    try {
                        RunImport imported = source == null
                                ? new RunImport(SampleData.chinchillaEpoch(), List.of())
                                : RunImporter.read(source, fraction -> updateProgress(fraction * 0.9, 1),
                                        this::isCancelled);
                        if (imported.runs().isEmpty()) {
                            throw new IllegalArgumentException(source + ": no usable runs"
                                    + (imported.problems().isEmpty() ? ""
                                    : " (" + imported.problems().size() + " rows skipped, first: "
                                    + imported.problems().get(0) + ")"));
                        }
                        FitPlot preview = FitComputation.preview(imported.runs(), FitVariable.PARAMS);
                        updateProgress(1, 1);
                        return new LoadedRuns(source == null ? SampleData.CHINCHILLA_EPOCH_CREDIT : source.toString(),
                                source == null, imported.runs(), imported.problems(), preview);
                    } finally {
                        computationsRunning.decrementAndGet();
                    }
                }
            };
        }
    }

    /** Fits the loaded runs with the settings in force when it starts. */
    private final class FitService extends Service<FitResult> {
        @Override
        protected Task<FitResult> createTask() {
            FitRequest request = request();
            status.set(Status.FITTING);
            return new Task<>() {
                @Override
                protected FitResult call() {
                    computationsRunning.incrementAndGet();
                    try {
                        updateProgress(0, 1);
                        return FitComputation.fit(request, fraction -> updateProgress(fraction, 1), this::isCancelled);
                    } finally {
                        computationsRunning.decrementAndGet();
                    }
                }
            };
        }
    }

    /** Suggests next runs from the fit shown when it starts, for the target budget set then. */
    private final class NextRunsService extends Service<Advice> {
        @Override
        protected Task<Advice> createTask() {
            FittedApproach3 basis = result.get().approach3();
            double target = targetFlops.get();
            return new Task<>() {
                @Override
                protected Advice call() {
                    computationsRunning.incrementAndGet();
                    try {
                        updateProgress(0, 1);
                        return FitComputation.adviseNextRuns(basis, target, NEXT_RUN_RESAMPLES, BOOTSTRAP_SEED,
                                fraction -> updateProgress(fraction, 1), this::isCancelled);
                    } finally {
                        computationsRunning.decrementAndGet();
                    }
                }
            };
        }
    }
}
