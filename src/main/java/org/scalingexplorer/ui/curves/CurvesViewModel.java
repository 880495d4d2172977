package org.scalingexplorer.ui.curves;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingexplorer.engine.curves.ComputeEnvelope;
import org.scalingexplorer.engine.curves.CurveAxis;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.CurveReader;
import org.scalingexplorer.engine.curves.DemoCurves;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.ScheduleReading;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.RunHandoff;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The Curves view's state: the learning curves loaded (from a file through a column mapping, or the
 * demo curves the schedule law generates), how they are drawn, and the three analyses of them
 * ({@link Approach1Model Approach 1}, {@link FinalCheckpointsModel final checkpoints},
 * {@link ScheduleLawModel the schedule law}). Loading runs as {@link BackgroundWork} (in the window a
 * restartable Service with progress and cancel; a new load supersedes one still running); results
 * are published on the FX thread. Never touches a control.
 */
public final class CurvesViewModel {

    /** Where the loading stands; the view words it. */
    public enum Status {
        EMPTY, LOADING, LOADED, LOAD_FAILED, LOAD_CANCELLED
    }

    /** The view's tabs, in order; a lesson may choose one. */
    public enum Panel {
        CURVES, APPROACH_1, FINAL_CHECKPOINTS, SCHEDULE_LAW
    }

    /** What the curves are drawn against. */
    public enum XAxis {
        TOKENS, COMPUTE
    }

    private final ReadOnlyObjectWrapper<LoadedCurves> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyObjectWrapper<CurveSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.EMPTY);
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ObjectProperty<Panel> panel = new SimpleObjectProperty<>(this, "panel", Panel.CURVES);
    private final ObjectProperty<XAxis> xAxis = new SimpleObjectProperty<>(this, "xAxis", XAxis.COMPUTE);
    private final BooleanProperty showMidSchedule = new SimpleBooleanProperty(this, "showMidSchedule", true);
    /** Background loads still inside the reader, cancelled or not: what cancel must bring to zero. */
    private final AtomicInteger loadsRunning = new AtomicInteger();
    private final BackgroundWork<LoadedCurves> loader;
    private final Approach1Model approach1;
    private final FinalCheckpointsModel finalCheckpoints;
    private final ScheduleLawModel scheduleLaw;
    private CurveSource toLoad;

    public CurvesViewModel(WorkMode work, RunHandoff handoff) {
        loader = new BackgroundWork<>(work, this::loadJob);
        loader.onSucceeded(this::show)
                .onFailed(error -> {
                    errorMessage.set(messageOf(error));
                    status.set(Status.LOAD_FAILED);
                })
                .onCancelled(() -> status.set(Status.LOAD_CANCELLED));
        approach1 = new Approach1Model(work);
        finalCheckpoints = new FinalCheckpointsModel(work, handoff);
        scheduleLaw = new ScheduleLawModel(work);
    }

    // ---- loading ----

    /** Reads {@code source} in the background; the curves shown so far stay until it succeeds. */
    public void load(CurveSource source) {
        toLoad = source;
        status.set(Status.LOADING);
        loader.restart();
    }

    /** The six curves the schedule law generates with the stated constants of {@link DemoCurves}. */
    public void loadDemo() {
        load(CurveSource.ofDemo());
    }

    public void cancelLoad() {
        loader.cancel();
    }

    /** Where the curves shown came from (null before the first load). */
    public ReadOnlyObjectProperty<CurveSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public CurveSource source() {
        return source.get();
    }

    /** The source of the load asked for last, done or not. */
    CurveSource requestedSource() {
        return toLoad;
    }

    public ReadOnlyObjectProperty<LoadedCurves> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public LoadedCurves loaded() {
        return loaded.get();
    }

    /** The curves shown, or none. */
    public List<LearningCurve> curves() {
        return loaded.get() == null ? List.of() : loaded.get().curves();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.runningProperty();
    }

    public ReadOnlyDoubleProperty loadProgressProperty() {
        return loader.progressProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** The reader's message for the last failure (naming file, line and field), else empty. */
    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    // ---- what is shown ----

    public ObjectProperty<Panel> panelProperty() {
        return panel;
    }

    public ObjectProperty<XAxis> xAxisProperty() {
        return xAxis;
    }

    /** Whether checkpoints read before their schedule ended are drawn (hollow). */
    public BooleanProperty showMidScheduleProperty() {
        return showMidSchedule;
    }

    /** The curves as drawn against the chosen axis, or null before any load. */
    public CurvesPlot plot() {
        return loaded.get() == null ? null : loaded.get().plot(xAxis.get());
    }

    public Approach1Model approach1() {
        return approach1;
    }

    public FinalCheckpointsModel finalCheckpoints() {
        return finalCheckpoints;
    }

    public ScheduleLawModel scheduleLaw() {
        return scheduleLaw;
    }

    /** Whether a load is still inside the reader; a cancelled one leaves soon after. For tests. */
    boolean isLoading() {
        return loadsRunning.get() > 0;
    }

    /** Reads the source chosen when the load starts, and prepares everything drawn from it. */
    private BackgroundWork.Job<LoadedCurves> loadJob() {
        CurveSource source = toLoad;
        return progress -> {
            loadsRunning.incrementAndGet();
            try {
                CurveImport imported;
                String label;
                ScheduleReading reading;
                if (source.demo()) {
                    List<LearningCurve> demo = DemoCurves.curves();
                    imported = new CurveImport(DemoCurves.SOURCE, CurveAxis.STEP, demo, List.of(), 0, List.of(), 0,
                            demo.stream().mapToInt(LearningCurve::size).sum(), 0);
                    label = DemoCurves.SOURCE;
                    reading = DemoCurves.reading();
                } else {
                    imported = CurveReader.read(source.file(), source.columnMapping(), source.axis(),
                            fraction -> progress.update(0.9 * fraction), progress::cancelled);
                    if (imported.curves().isEmpty()) {
                        throw new IllegalArgumentException(source.file() + ": no usable curves"
                                + (imported.problemCount() > 0 ? " (" + imported.problemCount() + " rows skipped, first: "
                                + imported.problems().get(0) + ")" : ""));
                    }
                    label = source.file().toString();
                    reading = ScheduleLawModel.defaultReading(imported.curves());
                }
                ComputeEnvelope envelope = ComputeEnvelope.of(imported.curves());
                CurvesPlot byTokens = CurvesPlot.of(imported.curves(), false, envelope);
                CurvesPlot byCompute = CurvesPlot.of(imported.curves(), true, envelope);
                progress.update(1);
                return new LoadedCurves(source, label, imported, envelope, byTokens, byCompute, reading);
            } finally {
                loadsRunning.decrementAndGet();
            }
        };
    }

    private void show(LoadedCurves curves) {
        loaded.set(curves);
        source.set(curves.source());
        errorMessage.set("");
        status.set(Status.LOADED);
        approach1.show(curves);
        finalCheckpoints.show(curves);
        scheduleLaw.show(curves);
    }

    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
