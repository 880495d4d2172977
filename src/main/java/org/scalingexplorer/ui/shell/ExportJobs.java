package org.scalingexplorer.ui.shell;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The window's exports, copies and reports: each draws and writes in one restartable background
 * service with progress and cancel (the status bar shows both), never on the FX thread. What comes
 * of a job (a notice, a dialog, the next step) is handed back on the FX thread; a failure goes to
 * the window's error dialog with its reason, never an uncaught exception.
 */
final class ExportJobs {

    /** How the window reports what the jobs do. */
    interface Reports {
        void failed(String header, Throwable error);

        void cancelled();
    }

    private BackgroundWork.Job<?> nextJob;
    private Consumer<Object> nextThen;
    private String nextFailureHeader;
    private final BackgroundWork<Object> work;

    ExportJobs(WorkMode mode, Reports reports) {
        work = new BackgroundWork<>(mode, () -> {
            @SuppressWarnings("unchecked")
            BackgroundWork.Job<Object> job = (BackgroundWork.Job<Object>) nextJob;
            Consumer<Object> then = nextThen;
            String header = nextFailureHeader;
            current = new Running(then, header);
            return job;
        });
        work.onSucceeded(value -> current.then().accept(value))
                .onFailed(error -> reports.failed(current.failureHeader(), error))
                .onCancelled(reports::cancelled);
    }

    private record Running(Consumer<Object> then, String failureHeader) {
    }

    private Running current;

    /**
     * Starts a job, superseding one still running. {@code then} receives its result on the FX thread;
     * a failure is reported under {@code failureHeader}.
     */
    @SuppressWarnings("unchecked")
    <T> void start(BackgroundWork.Job<T> job, Consumer<? super T> then, String failureHeader) {
        nextJob = job;
        nextThen = value -> ((Consumer<Object>) then).accept(value);
        nextFailureHeader = failureHeader;
        work.restart();
    }

    void cancel() {
        work.cancel();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }
}
