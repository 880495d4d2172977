package org.scalingexplorer.ui.scenario;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Runs a view-model's recomputation only while its view is on screen. Every view-model follows the
 * one scenario, so without this a slider drag on one view would recompute the hidden ones too, at
 * every step; a hidden view-model instead remembers that it is stale and catches up when shown.
 */
public final class RecomputeWhenShown {
    private final BooleanProperty shown;
    private final Runnable recompute;
    private boolean stale;

    public RecomputeWhenShown(Object bean, Runnable recompute) {
        this.recompute = recompute;
        // Shown by default: without a window (tests, the command line) a view-model is always current.
        this.shown = new SimpleBooleanProperty(bean, "shown", true);
        shown.addListener((obs, was, now) -> {
            if (now && stale) {
                request();
            }
        });
    }

    /** Recomputes now if shown, else marks the outputs stale. */
    public void request() {
        if (shown.get()) {
            stale = false;
            recompute.run();
        } else {
            stale = true;
        }
    }

    /** Whether the view is on screen; the shell sets it when the sidebar selection changes. */
    public BooleanProperty shownProperty() {
        return shown;
    }
}
