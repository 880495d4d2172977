package org.scalingexplorer.ui.recipe;

import java.util.concurrent.CancellationException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingexplorer.engine.recipe.mup.MupGrid;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.MupSweep;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The muP panel's model: a grid of widths and learning rates, the sweep that trains it (every run a
 * real training of a small network, {@link MupSweep}) as restartable {@link BackgroundWork} with
 * progress and cancel, and the last finished result. A run started while one is going supersedes it:
 * the stale sweep stops at its next check and never reports.
 */
public final class MupLab {

    /** Where the panel stands: nothing run yet, running, shown, cancelled, failed, or restored from a session. */
    public enum Status {
        NONE, RUNNING, DONE, CANCELLED, FAILED, RESTORED
    }

    private final ObjectProperty<MupGrid> grid = new SimpleObjectProperty<>(this, "grid", MupSweep.defaultGrid(1));
    private final ReadOnlyObjectWrapper<MupResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(this, "status", Status.NONE);
    private final ReadOnlyObjectWrapper<String> problem = new ReadOnlyObjectWrapper<>(this, "problem", "");
    private final BackgroundWork<MupResult> work;

    MupLab(WorkMode mode) {
        work = new BackgroundWork<MupResult>(mode, () -> {
            MupGrid snapshot = grid.get();
            return progress -> MupSweep.run(snapshot, progress::update, progress::cancelled);
        })
                .onSucceeded(value -> {
                    result.set(value);
                    problem.set("");
                    status.set(Status.DONE);
                })
                .onFailed(error -> {
                    if (error instanceof CancellationException) {
                        status.set(Status.CANCELLED);
                    } else {
                        problem.set(String.valueOf(error.getMessage()));
                        status.set(Status.FAILED);
                    }
                })
                .onCancelled(() -> status.set(Status.CANCELLED));
    }

    /** What the next run trains: the default grid (widths 32 to 256, 10 rates) with a seed, unless set. */
    public ObjectProperty<MupGrid> gridProperty() {
        return grid;
    }

    /** The default grid with another seed: what the panel's seed field sets. */
    public void useSeed(long seed) {
        grid.set(new MupGrid(grid.get().widths(), grid.get().learningRates(), seed, grid.get().steps(),
                grid.get().batch()));
    }

    /** Starts a sweep of the grid; one still running is superseded and ends without a report. */
    public void run() {
        status.set(Status.RUNNING);
        work.restart();
    }

    /** Stops the sweep in flight; the result shown stays. */
    public void cancel() {
        work.cancel();
    }

    public ReadOnlyObjectProperty<MupResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public MupResult result() {
        return result.get();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last run failed; empty otherwise. */
    public ReadOnlyObjectProperty<String> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    /** Shows a sweep saved in a session, without training again. */
    void restore(MupResult saved) {
        work.abandon();
        grid.set(saved.grid());
        result.set(saved);
        status.set(Status.RESTORED);
    }
}
