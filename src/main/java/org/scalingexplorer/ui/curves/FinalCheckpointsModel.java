package org.scalingexplorer.ui.curves;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.scalingexplorer.engine.curves.CheckpointFitComparison;
import org.scalingexplorer.engine.curves.FinalCheckpoints;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.ui.view.BackgroundWork;
import org.scalingexplorer.ui.view.RunHandoff;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Curves turned into runs for the Fit view: one run per curve (its last checkpoint, or only the
 * curves that finished their schedule), sent in one click through the {@link RunHandoff}; and the
 * schedule pitfall side by side: Approach 2 on every checkpoint read before its schedule ended
 * against Approach 2 on the finished curves. Approach 2 only: Approach 3 from its grid of starts on
 * thousands of mid-schedule checkpoints takes minutes (the Fit view runs it on the runs sent there).
 */
public final class FinalCheckpointsModel {

    /** The comparison, or why there is none (no schedule columns, too few budgets). */
    public record Comparison(CheckpointFitComparison fits, String problem) {
    }

    private final RunHandoff handoff;
    private final BooleanProperty finishedOnly = new SimpleBooleanProperty(this, "finishedOnly", false);
    private final ReadOnlyObjectWrapper<FinalCheckpoints.Selection> selection =
            new ReadOnlyObjectWrapper<>(this, "selection", new FinalCheckpoints.Selection(List.of(), List.of()));
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<RunHandoff.Delivery> sent = new ReadOnlyObjectWrapper<>(this, "sent");
    private final BackgroundWork<Comparison> work;
    private final BooleanBinding canSend;
    private List<LearningCurve> curves = List.of();
    private String source = "";

    FinalCheckpointsModel(WorkMode mode, RunHandoff handoff) {
        this.handoff = handoff;
        work = new BackgroundWork<>(mode, this::job);
        work.onSucceeded(comparison::set)
                .onFailed(error -> comparison.set(new Comparison(null, CurvesViewModel.messageOf(error))));
        finishedOnly.addListener(o -> select());
        canSend = Bindings.createBooleanBinding(() -> handoff.connected() && !selection.get().runs().isEmpty(),
                selection);
    }

    void show(LoadedCurves loaded) {
        curves = loaded.curves();
        source = loaded.label();
        sent.set(null);
        select();
        comparison.set(null);
        work.restart();
    }

    private void select() {
        selection.set(FinalCheckpoints.select(curves, finishedOnly.get()));
    }

    /** Only curves that reached their scheduled total steps give a run. */
    public BooleanProperty finishedOnlyProperty() {
        return finishedOnly;
    }

    /** The runs a click sends, and the curves left out with why. */
    public ReadOnlyObjectProperty<FinalCheckpoints.Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public BooleanBinding canSendBinding() {
        return canSend;
    }

    /** Hands the selected runs to the Fit view, which shows them as imported runs. */
    public RunHandoff.Delivery send() {
        RunHandoff.Delivery delivery = handoff.send(source, selection.get().runs());
        sent.set(delivery);
        return delivery;
    }

    /** The last hand-over from here, or null. */
    public ReadOnlyObjectProperty<RunHandoff.Delivery> sentProperty() {
        return sent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty comparingProperty() {
        return work.runningProperty();
    }

    private BackgroundWork.Job<Comparison> job() {
        List<LearningCurve> input = curves;
        return progress -> {
            try {
                return new Comparison(CheckpointFitComparison.approach2(input, new IsoFlopFitter()), null);
            } catch (IllegalArgumentException | ArithmeticException e) {
                return new Comparison(null, CurvesViewModel.messageOf(e));
            }
        };
    }
}
