package org.scalingexplorer.ui.view;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * A long computation a view-model (or the shell) starts again and again: a fit, a study, an export.
 * In the window ({@link WorkMode#BACKGROUND}) it runs in a restartable {@link Service} off the FX
 * thread, with progress and cancel, and reports on the FX thread; on the command line
 * ({@link WorkMode#INLINE}) it runs on the calling thread and has reported when {@link #restart()}
 * returns.
 *
 * <p>Only the run started last reports: a run that a restart supersedes ends silently, so a second
 * load while one runs never says "cancelled" while it is still loading. {@link #cancel()} is the
 * user's cancel and reports once, and only if something was running.
 *
 * @param <T> what a run produces
 */
public final class BackgroundWork<T> {

    /** A run's view of its progress bar and cancel button. */
    public interface Progress {
        /** The fraction done, 0 to 1. */
        void update(double fraction);

        /** True once the run was cancelled or superseded; the job should return soon after. */
        boolean cancelled();
    }

    /** The computation itself, with its inputs already read; runs off the FX thread in the window. */
    @FunctionalInterface
    public interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    private final WorkMode mode;
    private final Supplier<Job<T>> prepare;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private Consumer<? super T> succeeded = value -> { };
    private Consumer<? super Throwable> failed = error -> { };
    private Runnable cancelled = () -> { };
    private long generation;
    private Service<T> service;

    /**
     * @param prepare called where a run starts (the FX thread in the window): reads the inputs once and
     *                returns the job that computes from them, so a run never sees inputs change under it
     */
    public BackgroundWork(WorkMode mode, Supplier<Job<T>> prepare) {
        this.mode = mode;
        this.prepare = prepare;
    }

    public BackgroundWork<T> onSucceeded(Consumer<? super T> action) {
        this.succeeded = action;
        return this;
    }

    public BackgroundWork<T> onFailed(Consumer<? super Throwable> action) {
        this.failed = action;
        return this;
    }

    public BackgroundWork<T> onCancelled(Runnable action) {
        this.cancelled = action;
        return this;
    }

    /** True while a run is in the background. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running job's progress, 0 to 1; -1 (indeterminate) before it reports any. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** Starts a run with the current inputs; one still running is superseded and ends without a report. */
    public void restart() {
        generation++;
        if (mode == WorkMode.INLINE) {
            runInline();
            return;
        }
        if (service == null) {
            service = new JobService();
            running.bind(service.runningProperty());
            progress.bind(service.progressProperty());
        }
        service.restart();
    }

    /** Cancels the run in flight, reported once through the cancel action; does nothing when idle. */
    public void cancel() {
        if (service != null && service.isRunning()) {
            service.cancel();
        }
    }

    /** Stops the run in flight without a report: what it was computing is no longer wanted. */
    public void abandon() {
        generation++;
        if (service != null && service.isRunning()) {
            service.cancel();
        }
    }

    private void runInline() {
        Job<T> job = prepare.get();
        T value;
        try {
            value = job.run(new Progress() {
                @Override
                public void update(double fraction) {
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } catch (Exception | LinkageError e) {
            failed.accept(e);
            return;
        }
        succeeded.accept(value);
    }

    private final class JobService extends Service<T> {
        @Override
        protected Task<T> createTask() {
            long mine = generation;
            Job<T> job = prepare.get();
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return job.run(new Progress() {
                        @Override
                        public void update(double fraction) {
                            updateProgress(fraction, 1);
                        }

                        @Override
                        public boolean cancelled() {
                            return isCancelled();
                        }
                    });
                }
            };
            task.setOnSucceeded(e -> {
                if (mine == generation) {
                    succeeded.accept(task.getValue());
                }
            });
            task.setOnFailed(e -> {
                if (mine == generation) {
                    failed.accept(task.getException());
                }
            });
            task.setOnCancelled(e -> {
                if (mine == generation) {
                    cancelled.run();
                }
            });
            return task;
        }
    }
}
