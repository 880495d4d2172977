package org.scalingexplorer.ui.curves;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.curves.Approach1Fit;
import org.scalingexplorer.engine.curves.Approach1Fitter;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Approach 1 of Hoffmann et al. 2022 on the curves shown: the envelope, N_opt(C) and D_opt(C) with
 * seeded bootstrap intervals, for N counted in total and, where the file gives it, without
 * embeddings. Runs in the background after each load and each change of the resamples; the count
 * switch only chooses which of the two fits is drawn.
 */
public final class Approach1Model {

    public static final int DEFAULT_RESAMPLES = 200;
    static final long SEED = 1;

    private final ObjectProperty<ParamCount> count = new SimpleObjectProperty<>(this, "count", ParamCount.TOTAL);
    private final IntegerProperty resamples = new SimpleIntegerProperty(this, "resamples", DEFAULT_RESAMPLES);
    private final ReadOnlyObjectWrapper<Approach1Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<String> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final BackgroundWork<Approach1Result> work;
    private List<LearningCurve> curves = List.of();

    Approach1Model(WorkMode mode) {
        work = new BackgroundWork<>(mode, this::job);
        work.onSucceeded(fits -> {
            result.set(fits);
            failure.set(null);
        }).onFailed(error -> failure.set(CurvesViewModel.messageOf(error)));
        resamples.addListener((obs, old, now) -> {
            if (now.intValue() < 0 || now.intValue() == 1 || now.intValue() > Limits.BOOTSTRAP_RESAMPLES) {
                resamples.set(old.intValue());
            } else {
                recompute();
            }
        });
    }

    void show(LoadedCurves loaded) {
        curves = loaded.curves();
        result.set(null);
        recompute();
    }

    private void recompute() {
        if (curves.isEmpty()) {
            return;
        }
        work.restart();
    }

    /** Which count of N the charts use; the other one's exponent is shown beside it. */
    public ObjectProperty<ParamCount> countProperty() {
        return count;
    }

    /** Bootstrap resamples over runs: 0 (none) or 2 to {@link Limits#BOOTSTRAP_RESAMPLES}; others are refused. */
    public IntegerProperty resamplesProperty() {
        return resamples;
    }

    /** Sets the resamples from typed text; false (nothing changed) for anything but 0 or 2 to the limit. */
    public boolean submitResamples(String typed) {
        java.util.Optional<Long> value = org.scalingexplorer.ui.control.TypedNumber.parseWhole(typed);
        if (value.isEmpty() || value.get() < 0 || value.get() == 1 || value.get() > Limits.BOOTSTRAP_RESAMPLES) {
            return false;
        }
        resamples.set(value.get().intValue());
        return true;
    }

    public ReadOnlyObjectProperty<Approach1Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Approach1Result result() {
        return result.get();
    }

    /** The fit of the chosen count, or null. */
    public Approach1Fit shown() {
        return result.get() == null ? null : result.get().fit(count.get());
    }

    /** Why the last run failed as a whole, or null. */
    public ReadOnlyObjectProperty<String> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public void cancel() {
        work.cancel();
    }

    private BackgroundWork.Job<Approach1Result> job() {
        List<LearningCurve> input = curves;
        int draws = resamples.get();
        return progress -> {
            Map<ParamCount, Approach1Fit> fits = new EnumMap<>(ParamCount.class);
            Map<ParamCount, String> problems = new EnumMap<>(ParamCount.class);
            boolean second = input.stream().allMatch(LearningCurve::hasNonEmbeddingParams);
            for (ParamCount kind : ParamCount.values()) {
                if (kind == ParamCount.NON_EMBEDDING && !second) {
                    continue;
                }
                List<LearningCurve> counted = kind == ParamCount.TOTAL ? input
                        : input.stream().map(LearningCurve::countedWithoutEmbeddings).toList();
                double base = kind.ordinal() * 0.5;
                try {
                    fits.put(kind, new Approach1Fitter().fit(counted, draws, SEED,
                            fraction -> progress.update(base + 0.5 * fraction), progress::cancelled));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    problems.put(kind, CurvesViewModel.messageOf(e));
                }
                if (progress.cancelled()) {
                    throw new CancellationException("Approach 1 cancelled");
                }
            }
            return new Approach1Result(fits, problems, draws, second);
        };
    }
}
