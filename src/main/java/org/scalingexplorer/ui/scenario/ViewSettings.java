package org.scalingexplorer.ui.scenario;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import org.scalingexplorer.ui.control.QuantityModel;

/**
 * The view settings a lesson step (and later a session file) may set by name, such as
 * "allocation.budget_flops". Each view-model registers the properties it owns.
 */
public final class ViewSettings {
    /** How a setting is read and written; the writer refuses a bad value with an IllegalArgumentException. */
    private record Setting(DoubleSupplier reader, DoubleConsumer writer) {
    }

    private final Map<String, Setting> settings = new TreeMap<>();
    private final Set<String> notUndoable = new java.util.TreeSet<>();
    /** Read at every settled change; made again only when a setting is registered or excluded. */
    private Set<String> undoable;
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final InvalidationListener changed = o -> revision.set(revision.get() + 1);

    public void register(String key, DoubleProperty property) {
        register(key, property, property::get, property::set);
    }

    /**
     * Registers a slider-and-field quantity by its value: a lesson or session sets it as if typed, and a
     * value outside its range is refused naming the setting and the range.
     */
    public void register(String key, QuantityModel quantity) {
        register(key, quantity.valueProperty(), quantity::value, value -> {
            if (!quantity.submit(Double.toString(value))) {
                throw new IllegalArgumentException("setting " + key + " must be between "
                        + quantity.range().min() + " and " + quantity.range().max() + ", got " + value);
            }
        });
    }

    /** @param changes fires when the setting's value changes, so a session knows it has unsaved work */
    public void register(String key, Observable changes, DoubleSupplier reader, DoubleConsumer writer) {
        undoable = null;
        if (settings.putIfAbsent(key, new Setting(reader, writer)) != null) {
            throw new IllegalStateException("setting " + key + " is registered twice");
        }
        changes.addListener(changed);
    }

    /** Grows at every change of any registered setting. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public Set<String> keys() {
        return settings.keySet();
    }

    /**
     * Keeps a registered setting out of Edit > Undo: which tab is on show or which file is loaded is
     * where the user is looking, not a change to the scenario.
     */
    public void excludeFromUndo(String key) {
        setting(key);
        notUndoable.add(key);
        undoable = null;
    }

    /** The settings Edit > Undo puts back: every registered one not excluded. */
    public Set<String> undoableKeys() {
        if (undoable == null) {
            Set<String> keys = new java.util.TreeSet<>(settings.keySet());
            keys.removeAll(notUndoable);
            undoable = java.util.Collections.unmodifiableSet(keys);
        }
        return undoable;
    }

    public double get(String key) {
        return setting(key).reader().getAsDouble();
    }

    /** Sets a registered setting; an unknown key is refused with the known ones listed. */
    public void set(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("setting " + key + " must be a finite number, got " + value);
        }
        setting(key).writer().accept(value);
    }

    private Setting setting(String key) {
        Setting setting = settings.get(key);
        if (setting == null) {
            throw new IllegalArgumentException("unknown setting " + key + "; known settings: " + settings.keySet());
        }
        return setting;
    }
}
