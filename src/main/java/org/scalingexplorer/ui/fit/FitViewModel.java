package org.scalingexplorer.ui.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.DataConstrainedForm;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.fit.HoldoutAxis;
import org.scalingexplorer.engine.fit.LawForm;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.RunImporter;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The Fit view's state: the loaded runs and the rows that could not be read, the fit's
 * {@link FitSettings settings}, the last fit's results and charts, and the {@link FitNextRuns next
 * runs} it suggests. Loading and fitting run as {@link BackgroundWork} (a restartable Service off
 * the FX thread in the window, with progress and cancel); their results are published on the FX
 * thread. Never touches a control.
 */
public final class FitViewModel {

    static final long BOOTSTRAP_SEED = 1;

    /** Where the view stands; the view words it. */
    public enum Status {
        EMPTY, LOADING, LOADED, LOAD_FAILED, LOAD_CANCELLED, FITTING, FITTED, FIT_FAILED, FIT_CANCELLED
    }

    /** A finished import: where from, the runs that loaded, the rows that did not, and how they chart. */
    public record LoadedRuns(String source, boolean sample, List<TrainingRun> runs, List<RowProblem> problems,
                             FitPlot preview) {
    }

    private final FitSettings settings = new FitSettings();
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

    private final BackgroundWork<LoadedRuns> loader;
    private final BackgroundWork<FitResult> fitter;
    private final BooleanBinding busy;
    private final BooleanBinding canFit;
    private final FitNextRuns nextRuns;
    private final FitLawUse lawUse;
    private final ObservableList<String> forms = FXCollections.observableArrayList(LawForm.IDS);
    private final ObservableList<String> groups = FXCollections.observableArrayList();
    private final ObservableList<String> formsView = FXCollections.unmodifiableObservableList(forms);
    private final ObservableList<String> groupsView = FXCollections.unmodifiableObservableList(groups);
    private Path fileToLoad;

    /** A view-model for the window with a scenario of its own: loads and fits run in the background. */
    public FitViewModel() {
        this(WorkMode.BACKGROUND);
    }

    public FitViewModel(WorkMode work) {
        this(work, new ScenarioModel());
    }

    /** A view-model whose "use this fit as the law" changes {@code scenario}, the one every view shares. */
    public FitViewModel(WorkMode work, ScenarioModel scenario) {
        loader = new BackgroundWork<>(work, this::loadJob);
        loader.onSucceeded(this::showLoaded)
                .onFailed(e -> fail(Status.LOAD_FAILED, e))
                .onCancelled(() -> status.set(Status.LOAD_CANCELLED));
        fitter = new BackgroundWork<>(work, this::fitJob);
        fitter.onSucceeded(this::showResult)
                .onFailed(e -> fail(Status.FIT_FAILED, e))
                .onCancelled(() -> status.set(Status.FIT_CANCELLED));
        busy = loader.runningProperty().or(fitter.runningProperty());
        canFit = Bindings.isNotEmpty(runs).and(busy.not());
        nextRuns = new FitNextRuns(result, settings.targetFlopsProperty(), busy, work, computationsRunning);
        lawUse = new FitLawUse(scenario, result);
        for (var setting : settings.all()) {
            setting.addListener(o -> stale.set(result.get() != null));
        }
    }

    /** The settings of the next fit. */
    public FitSettings settings() {
        return settings;
    }

    /** "Use this fit as the law": the fitted Chinchilla-form law into the shared scenario. */
    public FitLawUse lawUse() {
        return lawUse;
    }

    /** The forms the loaded runs can be fitted with: data-constrained only when every run has unique_tokens. */
    public ObservableList<String> forms() {
        return formsView;
    }

    /** The loaded runs' groups, for a hold-out by group. */
    public ObservableList<String> groups() {
        return groupsView;
    }

    /** Holds out along {@code axis}, keeping the hold-out on at a sensible cut-off (or group) if it was on. */
    public void setHoldoutAxis(HoldoutAxis axis) {
        settings.setHoldoutAxis(axis, runs);
    }

    /** The next runs suggested from the fit shown. */
    public FitNextRuns nextRuns() {
        return nextRuns;
    }

    // ---- loading ----

    /** Reads a CSV or TSV file of runs in the background; the runs shown so far stay until it succeeds. */
    public void loadFile(Path file) {
        fileToLoad = file;
        status.set(Status.LOADING);
        loader.restart();
    }

    /**
     * Loads the 245 Chinchilla runs that Epoch AI read off Hoffmann et al. 2022 (Besiroglu et al. 2024)
     * and excludes their 5 highest-loss runs, as the replication did.
     */
    public void loadSample() {
        loadFile(null);
    }

    public void cancelLoad() {
        loader.cancel();
    }

    /**
     * Shows runs a session brought back, as if just imported; the caller then sets the fit settings
     * and may fit again (seeded, so the numbers come out as they were saved).
     */
    public void restoreRuns(String source, boolean sample, List<TrainingRun> restored) {
        if (restored.isEmpty()) {
            return;
        }
        showLoaded(new LoadedRuns(source, sample, List.copyOf(restored), List.of(),
                FitPlotLayout.preview(restored, FitVariable.PARAMS)));
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

    /** Turns the hold-out on (at the last cut-off, or the 90th percentile of the runs' compute) or off. */
    public void setHoldout(boolean on) {
        settings.setHoldout(on, runs);
    }

    /** Starts a fit of the loaded runs with the current settings, cancelling one still running. */
    public void fit() {
        if (runs.isEmpty()) {
            throw new IllegalStateException("no runs are loaded to fit");
        }
        nextRuns.clear();
        status.set(Status.FITTING);
        fitter.restart();
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

    /** Reads the file (or the bundled sample when none) chosen when the load starts. */
    private BackgroundWork.Job<LoadedRuns> loadJob() {
        Path source = fileToLoad;
        return progress -> {
            computationsRunning.incrementAndGet();
            try {
                RunImport imported = source == null
                        ? new RunImport(SampleData.chinchillaEpoch(), List.of())
                        : RunImporter.read(source, fraction -> progress.update(fraction * 0.9), progress::cancelled);
                if (imported.runs().isEmpty()) {
                    throw new IllegalArgumentException(source + ": no usable runs"
                            + (imported.problems().isEmpty() ? ""
                            : " (" + imported.problems().size() + " rows skipped, first: "
                            + imported.problems().get(0) + ")"));
                }
                FitPlot preview = FitPlotLayout.preview(imported.runs(), FitVariable.PARAMS);
                progress.update(1);
                return new LoadedRuns(source == null ? SampleData.CHINCHILLA_EPOCH_CREDIT : source.toString(),
                        source == null, imported.runs(), imported.problems(), preview);
            } finally {
                computationsRunning.decrementAndGet();
            }
        };
    }

    /** Fits the loaded runs with the settings in force when it starts. */
    private BackgroundWork.Job<FitResult> fitJob() {
        FitRequest request = new FitRequest(loaded.get().runs(), settings.approachProperty().get(),
                settings.powerLawVariableProperty().get(), settings.formProperty().get(),
                settings.compareFormsProperty().get(), settings.excludeHighestLossProperty().get(),
                settings.resamplesProperty().get(), settings.targetFlopsProperty().get(), settings.holdout(),
                BOOTSTRAP_SEED, settings.objective(), settings.compareObjectivesProperty().get());
        return progress -> {
            computationsRunning.incrementAndGet();
            try {
                progress.update(0);
                return FitJob.fit(request, progress::update, progress::cancelled);
            } finally {
                computationsRunning.decrementAndGet();
            }
        };
    }

    private void showLoaded(LoadedRuns loadedRuns) {
        fitter.abandon();
        nextRuns.clear();
        loaded.set(loadedRuns);
        runs.setAll(loadedRuns.runs());
        problems.setAll(loadedRuns.problems());
        // Only the data-constrained form comes and goes, and never while chosen: a form chooser keeps its value.
        if (loadedRuns.runs().stream().allMatch(TrainingRun::hasUniqueTokens)) {
            if (!forms.contains(DataConstrainedForm.ID)) {
                forms.add(LawForm.IDS.indexOf(DataConstrainedForm.ID), DataConstrainedForm.ID);
            }
        } else {
            if (DataConstrainedForm.ID.equals(settings.formProperty().get())) {
                settings.formProperty().set(ChinchillaForm.ID);
            }
            forms.remove(DataConstrainedForm.ID);
        }
        groups.setAll(loadedRuns.runs().stream().map(TrainingRun::group).filter(g -> !g.isEmpty()).distinct().toList());
        result.set(null);
        settings.resetForNewRuns(loadedRuns.sample() ? SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED : 0);
        stale.set(false);
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

    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
