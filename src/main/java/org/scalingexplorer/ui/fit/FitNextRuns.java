package org.scalingexplorer.ui.fit;

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
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableObjectValue;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.engine.plan.NextRunAdvisor;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Which run to train next: candidates ranked by how much each would shrink the 95% interval of the
 * loss extrapolated to the target budget, from the Approach 3 fit shown, computed in the background.
 */
public final class FitNextRuns {

    /** Simulated refits per candidate when suggesting next runs: enough for a 95% interval, a few seconds' work. */
    public static final int RESAMPLES = NextRunAdvisor.DEFAULT_RESAMPLES;

    private final ReadOnlyObjectWrapper<Advice> advice = new ReadOnlyObjectWrapper<>(this, "advice");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled");
    private final BackgroundWork<Advice> advisor;
    private final BooleanBinding canSuggest;

    FitNextRuns(ObservableObjectValue<FitResult> result, ObservableDoubleValue targetFlops,
                ObservableBooleanValue busy, WorkMode work, AtomicInteger computationsRunning) {
        this.advisor = new BackgroundWork<Advice>(work, () -> {
            // Read on the FX thread, once: the fit shown when asked and the target set then.
            FitResult basis = result.get();
            double target = targetFlops.get();
            return progress -> {
                computationsRunning.incrementAndGet();
                try {
                    progress.update(0);
                    // The advisor refits from the fit's optimum with the fit's own objective.
                    List<TrainingRun> runs = basis.outcome().train();
                    ChinchillaLaw law = basis.chinchillaLaw().orElseThrow();
                    Approach3Fitter fitter = new Approach3Fitter().withPenalty(basis.request().objective().penalty());
                    return NextRunAdvisor.advise(runs, Approach3Fit.of(basis.outcome().fit()), fitter, target,
                            NextRunAdvisor.defaultCandidates(runs, law), RESAMPLES, FitViewModel.BOOTSTRAP_SEED,
                            progress::update, progress::cancelled);
                } finally {
                    computationsRunning.decrementAndGet();
                }
            };
        }).onSucceeded(advice::set)
                .onFailed(e -> error.set(FitViewModel.messageOf(e)))
                .onCancelled(() -> cancelled.set(true));
        this.canSuggest = Bindings.createBooleanBinding(
                () -> result.get() != null && result.get().canAdviseNextRuns(), result)
                .and(Bindings.not(busy)).and(advisor.runningProperty().not());
    }

    /** Starts ranking candidates from the fit shown, cancelling a ranking still running. */
    public void suggest() {
        if (!canSuggest.get()) {
            throw new IllegalStateException("next runs need an Approach 3 fit with a compute-optimal law");
        }
        clear();
        advisor.restart();
    }

    public void cancel() {
        advisor.cancel();
    }

    /** Forgets the suggestions (a new fit or new runs make them stale) and stops a ranking in flight. */
    void clear() {
        advisor.abandon();
        advice.set(null);
        error.set("");
        cancelled.set(false);
    }

    /** An Approach 3 fit with a compute-optimal law is shown and nothing is running. */
    public BooleanBinding canSuggestBinding() {
        return canSuggest;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return advisor.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return advisor.progressProperty();
    }

    /** The last suggestions, best first, with the current interval; null until asked or after a new fit. */
    public ReadOnlyObjectProperty<Advice> adviceProperty() {
        return advice.getReadOnlyProperty();
    }

    public Advice advice() {
        return advice.get();
    }

    /** The engine's message when the suggestions failed, else empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the last request for suggestions was cancelled. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }
}
