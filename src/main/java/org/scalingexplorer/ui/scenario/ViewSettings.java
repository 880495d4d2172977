package org.scalingexplorer.ui.scenario;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import javafx.beans.property.DoubleProperty;

/**
 * The view settings a lesson step (and later a session file) may set by name, such as
 * "allocation.budget_flops". Each view-model registers the properties it owns.
 */
public final class ViewSettings {
    /** How a setting is read and written; the writer refuses a bad value with an IllegalArgumentException. */
    private record Setting(DoubleSupplier reader, DoubleConsumer writer) {
    }

    private final Map<String, Setting> settings = new TreeMap<>();

    public void register(String key, DoubleProperty property) {
        register(key, property::get, property::set);
    }

    public void register(String key, DoubleSupplier reader, DoubleConsumer writer) {
        if (settings.putIfAbsent(key, new Setting(reader, writer)) != null) {
            throw new IllegalStateException("setting " + key + " is registered twice");
        }
    }

    public Set<String> keys() {
        return settings.keySet();
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
