package org.scalingexplorer.ui.curves;

import java.util.List;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.ScheduleReading;
import org.scalingexplorer.ui.control.TypedNumber;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The schedule law of Tissue et al. 2024 on the curves shown: how the runs' schedules are read
 * (the logged rates, or a declared shape with its warmup and final fraction), the one or two runs of
 * a size it is fitted on, and the schedule it predicts (constant, cosine or WSD of a length). Every
 * change recomputes in the background ({@link ScheduleLawComputation}); a change while it runs
 * supersedes the run.
 */
public final class ScheduleLawModel {

    /** The shapes a prediction may take. */
    public static final List<String> TARGET_SHAPES = List.of(ScheduleReading.CONSTANT, ScheduleReading.COSINE,
            ScheduleReading.WSD);

    private final ObjectProperty<String> readingShape = new SimpleObjectProperty<>(this, "readingShape",
            ScheduleReading.COSINE);
    private final LongProperty warmupSteps = new SimpleLongProperty(this, "warmupSteps", 0);
    private final DoubleProperty finalFraction = new SimpleDoubleProperty(this, "finalFraction", 0.1);
    private final DoubleProperty decayFraction = new SimpleDoubleProperty(this, "decayFraction", 0.2);
    private final ObjectProperty<String> fitRun = new SimpleObjectProperty<>(this, "fitRun");
    private final ObjectProperty<String> secondFitRun = new SimpleObjectProperty<>(this, "secondFitRun");
    private final ObjectProperty<String> targetShape = new SimpleObjectProperty<>(this, "targetShape",
            ScheduleReading.CONSTANT);
    private final LongProperty targetSteps = new SimpleLongProperty(this, "targetSteps", 10_000);
    private final ObservableList<String> runs = FXCollections.observableArrayList();
    private final ObservableList<String> sameSizeRuns = FXCollections.observableArrayList();
    private final ObservableList<String> runsView = FXCollections.unmodifiableObservableList(runs);
    private final ObservableList<String> sameSizeView = FXCollections.unmodifiableObservableList(sameSizeRuns);
    private final ReadOnlyObjectWrapper<ScheduleLawResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final BackgroundWork<ScheduleLawResult> work;
    private List<LearningCurve> curves = List.of();
    private boolean showing;

    ScheduleLawModel(WorkMode mode) {
        work = new BackgroundWork<>(mode, this::job);
        work.onSucceeded(result::set)
                .onFailed(error -> result.set(ScheduleLawResult.failed(CurvesViewModel.messageOf(error))));
        fitRun.addListener(o -> sameSize());
        for (Observable input : inputs()) {
            input.addListener(o -> recompute());
        }
    }

    /** What the user sets here, for the session and for recomputing. */
    List<Observable> inputs() {
        return List.of(readingShape, warmupSteps, finalFraction, decayFraction, fitRun, secondFitRun, targetShape,
                targetSteps);
    }

    /**
     * How a file's schedules are read unless the user says otherwise: the logged rates when some run
     * logged more than one rate (a real schedule), else a cosine to 0.1 of each run's peak.
     */
    static ScheduleReading defaultReading(List<LearningCurve> curves) {
        boolean logged = curves.stream().anyMatch(curve -> {
            double[] rates = curve.lrTraceValues();
            return rates.length > 1 && java.util.Arrays.stream(rates).distinct().count() > 1;
        });
        return new ScheduleReading(logged ? ScheduleReading.LOGGED : ScheduleReading.COSINE, 0, 0.1, 0.2, Double.NaN);
    }

    /**
     * New curves: the reading they suggest, and a run to fit on if the one chosen is not among them
     * (see {@link #defaultFitRun}; a session's choices are kept).
     */
    void show(LoadedCurves loaded) {
        showing = false;
        curves = loaded.curves();
        runs.setAll(curves.stream().map(LearningCurve::name).toList());
        if (fitRun.get() == null || !runs.contains(fitRun.get())) {
            ScheduleReading reading = loaded.reading();
            readingShape.set(reading.shape());
            warmupSteps.set(reading.warmupSteps());
            finalFraction.set(reading.finalFraction());
            decayFraction.set(reading.decayFraction());
            LearningCurve chosen = defaultFitRun(curves);
            fitRun.set(chosen == null ? null : chosen.name());
            secondFitRun.set(null);
            if (chosen != null) {
                targetSteps.set(Math.max(warmupSteps.get() + 1, Math.round(chosen.scheduleKnown()
                        ? chosen.totalSteps() : chosen.step(chosen.last()))));
            }
        } else if (secondFitRun.get() != null && !runs.contains(secondFitRun.get())) {
            secondFitRun.set(null);
        }
        sameSize();
        showing = true;
        recompute();
    }

    /**
     * The longest run of the largest group of runs that share a size and a peak learning rate (a
     * larger size wins a tie): the group the trap is read on, and a run the law fits well.
     */
    static LearningCurve defaultFitRun(List<LearningCurve> curves) {
        java.util.Map<List<Double>, Long> groups = new java.util.HashMap<>();
        curves.forEach(curve -> groups.merge(group(curve), 1L, Long::sum));
        LearningCurve best = null;
        for (LearningCurve curve : curves) {
            if (best == null) {
                best = curve;
                continue;
            }
            long size = groups.get(group(curve));
            long bestSize = groups.get(group(best));
            boolean better = size > bestSize
                    || (size == bestSize && curve.params() > best.params())
                    || (group(curve).equals(group(best)) && length(curve) > length(best));
            if (better) {
                best = curve;
            }
        }
        return best;
    }

    private static List<Double> group(LearningCurve curve) {
        return List.of(curve.params(), curve.peakLearningRate());
    }

    private static double length(LearningCurve curve) {
        return curve.scheduleKnown() ? curve.totalSteps() : curve.step(curve.last());
    }

    private void sameSize() {
        LearningCurve first = curves.stream().filter(c -> c.name().equals(fitRun.get())).findFirst().orElse(null);
        sameSizeRuns.setAll(first == null ? List.of() : curves.stream()
                .filter(c -> c != first && Double.compare(c.params(), first.params()) == 0)
                .map(LearningCurve::name).toList());
        if (secondFitRun.get() != null && !sameSizeRuns.contains(secondFitRun.get())) {
            secondFitRun.set(null);
        }
    }

    private void recompute() {
        if (showing && !curves.isEmpty()) {
            work.restart();
        }
    }

    /** logged, cosine, constant or wsd: how every run's schedule is read. */
    public ObjectProperty<String> readingShapeProperty() {
        return readingShape;
    }

    public LongProperty warmupStepsProperty() {
        return warmupSteps;
    }

    /** Where a cosine or WSD ends, as a fraction of the peak. */
    public DoubleProperty finalFractionProperty() {
        return finalFraction;
    }

    /** The share of a WSD schedule spent decaying. */
    public DoubleProperty decayFractionProperty() {
        return decayFraction;
    }

    public ObjectProperty<String> fitRunProperty() {
        return fitRun;
    }

    /** A second run of the same size to fit on, or null. */
    public ObjectProperty<String> secondFitRunProperty() {
        return secondFitRun;
    }

    public ObjectProperty<String> targetShapeProperty() {
        return targetShape;
    }

    public LongProperty targetStepsProperty() {
        return targetSteps;
    }

    /** Every run's name. */
    public ObservableList<String> runs() {
        return runsView;
    }

    /** The other runs of the first fit run's size: the second fit run is one of them. */
    public ObservableList<String> sameSizeRuns() {
        return sameSizeView;
    }

    /** Warmup steps from typed text: a whole number from 0 below the target's length. */
    public boolean submitWarmupSteps(String typed) {
        return whole(typed).filter(v -> v >= 0 && v < targetSteps.get()).map(v -> set(warmupSteps, v)).orElse(false);
    }

    /** The target's length from typed text ("12000", "1.2e4"): above the warmup, at most the law's limit. */
    public boolean submitTargetSteps(String typed) {
        return whole(typed).filter(v -> v > warmupSteps.get() && v <= ScheduleReading.MAX_STEPS)
                .map(v -> set(targetSteps, v)).orElse(false);
    }

    /** Where cosine and WSD end, 0 to 1 of the peak. */
    public boolean submitFinalFraction(String typed) {
        return TypedNumber.parse(typed).filter(v -> v >= 0 && v <= 1).map(v -> {
            finalFraction.set(v);
            return true;
        }).orElse(false);
    }

    /** The share of WSD spent decaying, above 0 up to 1. */
    public boolean submitDecayFraction(String typed) {
        return TypedNumber.parse(typed).filter(v -> v > 0 && v <= 1).map(v -> {
            decayFraction.set(v);
            return true;
        }).orElse(false);
    }

    private static java.util.Optional<Long> whole(String typed) {
        return TypedNumber.parseWhole(typed);
    }

    private static boolean set(LongProperty property, long value) {
        property.set(value);
        return true;
    }

    public ReadOnlyObjectProperty<ScheduleLawResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ScheduleLawResult result() {
        return result.get();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    private BackgroundWork.Job<ScheduleLawResult> job() {
        ScheduleReading reading;
        try {
            reading = new ScheduleReading(readingShape.get(), warmupSteps.get(), finalFraction.get(),
                    decayFraction.get(), Double.NaN);
        } catch (IllegalArgumentException e) {
            return progress -> ScheduleLawResult.failed(CurvesViewModel.messageOf(e));
        }
        ScheduleLawComputation.Inputs inputs = new ScheduleLawComputation.Inputs(curves, reading, fitRun.get(),
                Objects.equals(secondFitRun.get(), fitRun.get()) ? null : secondFitRun.get(), targetShape.get(),
                targetSteps.get());
        return progress -> ScheduleLawComputation.compute(inputs, progress::cancelled);
    }
}
