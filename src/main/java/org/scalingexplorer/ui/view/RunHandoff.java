package org.scalingexplorer.ui.view;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Runs one view hands to the view that fits runs: the Curves view sends one run per learning curve
 * to the Fit view. Views never meet; the registry connects the view-model that {@link TakesRuns takes
 * runs}, and the shell shows its view after each delivery.
 */
public final class RunHandoff {

    /** One hand-over: where the runs came from, the runs, and the view that took them. */
    public record Delivery(String source, List<TrainingRun> runs, String receiverViewId) {
        public Delivery {
            runs = List.copyOf(runs);
        }
    }

    /** Where delivered runs go. */
    public interface Receiver {
        String viewId();

        void take(String source, List<TrainingRun> runs);
    }

    private final ReadOnlyObjectWrapper<Delivery> lastDelivery = new ReadOnlyObjectWrapper<>(this, "lastDelivery");
    private Receiver receiver;

    /** Connects the view-model that takes runs; the registry calls this once. */
    public void connect(Receiver taker) {
        if (receiver != null) {
            throw new IllegalStateException("runs already go to " + receiver.viewId());
        }
        receiver = taker;
    }

    public boolean connected() {
        return receiver != null;
    }

    /** Hands {@code runs} over, on the FX thread; refused when there are none or nothing takes them. */
    public Delivery send(String source, List<TrainingRun> runs) {
        if (receiver == null) {
            throw new IllegalStateException("no view takes runs");
        }
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to send");
        }
        Delivery delivery = new Delivery(source, runs, receiver.viewId());
        receiver.take(source, delivery.runs());
        lastDelivery.set(delivery);
        return delivery;
    }

    /** The last delivery; a new value at each one. */
    public ReadOnlyObjectProperty<Delivery> lastDeliveryProperty() {
        return lastDelivery.getReadOnlyProperty();
    }
}
