package org.scalingexplorer.ui.scenario;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Edit > Undo and Redo of the scenario (every law's constants, the active law) and of every undoable
 * view setting (the sliders and fields of each view). A step is what changed between two settled
 * states: a whole slider drag while a pointer button is held, one typed value, one Reset, one lesson
 * step. Opening a session starts a new history.
 */
public final class ScenarioHistory {
    /** Older steps are dropped beyond this; a classroom session of an hour stays far below it. */
    public static final int MAX_STEPS = 200;

    /** Everything one undo step puts back. */
    record Snapshot(Map<LawPreset, ScalingLaw> laws, LawPreset activePreset, Map<String, Double> settings) {
    }

    private final ScenarioModel scenario;
    private final ViewSettings settings;
    private final Consumer<Runnable> later;
    private final Deque<Snapshot> undoSteps = new ArrayDeque<>();
    private final Deque<Snapshot> redoSteps = new ArrayDeque<>();
    private final ReadOnlyIntegerWrapper undoCount = new ReadOnlyIntegerWrapper(this, "undoCount");
    private final ReadOnlyIntegerWrapper redoCount = new ReadOnlyIntegerWrapper(this, "redoCount");
    private final BooleanProperty gesture = new SimpleBooleanProperty(this, "gesture");
    private Snapshot settled;
    private boolean pending;
    private boolean settleQueued;
    private boolean applying;

    /**
     * @param later runs a task after the event being handled is done (on the FX thread,
     *              {@code Platform::runLater}), so all changes of one click settle as one step
     */
    public ScenarioHistory(ScenarioModel scenario, ViewSettings settings, Consumer<Runnable> later) {
        this.scenario = scenario;
        this.settings = settings;
        this.later = later;
        this.settled = snapshot();
        scenario.revisionProperty().addListener((obs, old, now) -> changed());
        settings.revisionProperty().addListener((obs, old, now) -> changed());
        gesture.addListener((obs, was, held) -> {
            if (!held && pending) {
                // After the release has been handled: a slider snaps to its tick on release.
                queueSettle();
            }
        });
    }

    /**
     * True while a pointer button is held in the window (the view sets it): changes during a drag
     * settle as one step when it is released.
     */
    public BooleanProperty gestureProperty() {
        return gesture;
    }

    /** True when there is a step to undo. */
    public BooleanBinding canUndoProperty() {
        return undoCount.greaterThan(0);
    }

    /** True when there is an undone step to redo; any new change clears it. */
    public BooleanBinding canRedoProperty() {
        return redoCount.greaterThan(0);
    }

    /** How many steps Undo can take back. */
    public ReadOnlyIntegerProperty undoCountProperty() {
        return undoCount.getReadOnlyProperty();
    }

    /** How many undone steps Redo can put back. */
    public ReadOnlyIntegerProperty redoCountProperty() {
        return redoCount.getReadOnlyProperty();
    }

    /** Takes back the last step (a change still being made counts as one); false when there is none. */
    public boolean undo() {
        settle(true);
        if (undoSteps.isEmpty()) {
            return false;
        }
        redoSteps.push(settled);
        restore(undoSteps.pop());
        return true;
    }

    /** Puts back the last undone step; false when there is none. */
    public boolean redo() {
        settle(true);
        if (redoSteps.isEmpty()) {
            return false;
        }
        undoSteps.push(settled);
        restore(redoSteps.pop());
        return true;
    }

    /** Forgets every step: the state now is where the history starts (a session was opened). */
    public void clear() {
        undoSteps.clear();
        redoSteps.clear();
        settled = snapshot();
        pending = false;
        publish();
    }

    /** Ends the step in progress now, unless a drag is still going; the view's later task calls it. */
    void settle() {
        settle(false);
    }

    private void settle(boolean evenDuringGesture) {
        settleQueued = false;
        if (!pending || (gesture.get() && !evenDuringGesture)) {
            return;
        }
        pending = false;
        Snapshot now = snapshot();
        if (now.equals(settled)) {
            return;
        }
        undoSteps.push(settled);
        while (undoSteps.size() > MAX_STEPS) {
            undoSteps.removeLast();
        }
        redoSteps.clear();
        settled = now;
        publish();
    }

    private void changed() {
        if (applying) {
            return;
        }
        pending = true;
        if (!gesture.get()) {
            queueSettle();
        }
    }

    private void queueSettle() {
        if (!settleQueued) {
            settleQueued = true;
            later.accept(this::settle);
        }
    }

    private void restore(Snapshot target) {
        applying = true;
        try {
            for (Map.Entry<LawPreset, ScalingLaw> law : target.laws().entrySet()) {
                scenario.setLaw(law.getKey(), law.getValue());
            }
            scenario.activePresetProperty().set(target.activePreset());
            // Twice: a range's edges may each be refused while the other still holds its later value.
            for (int pass = 0; pass < 2; pass++) {
                target.settings().forEach(this::restoreSetting);
            }
        } finally {
            applying = false;
        }
        settled = snapshot();
        pending = false;
        publish();
    }

    private void restoreSetting(String key, double value) {
        if (settings.get(key) != value) {
            try {
                settings.set(key, value);
            } catch (IllegalArgumentException refusedForNow) {
                // The second pass sets it, once the other edge of its range is back.
            }
        }
    }

    private Snapshot snapshot() {
        Map<LawPreset, ScalingLaw> laws = new EnumMap<>(LawPreset.class);
        for (LawPreset preset : LawPreset.values()) {
            laws.put(preset, scenario.law(preset));
        }
        Map<String, Double> values = new TreeMap<>();
        for (String key : settings.undoableKeys()) {
            values.put(key, settings.get(key));
        }
        return new Snapshot(laws, scenario.activePreset(), values);
    }

    private void publish() {
        undoCount.set(undoSteps.size());
        redoCount.set(redoSteps.size());
    }
}
