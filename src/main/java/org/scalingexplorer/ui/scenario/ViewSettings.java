package org.scalingexplorer.ui.scenario;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.beans.property.DoubleProperty;

/**
 * The view settings a lesson step (and later a session file) may set by name, such as
 * "allocation.budget_flops". Each view-model registers the properties it owns.
 */
public final class ViewSettings {
    private final Map<String, DoubleProperty> settings = new TreeMap<>();

    public void register(String key, DoubleProperty property) {
        if (settings.putIfAbsent(key, property) != null) {
            throw new IllegalStateException("setting " + key + " is registered twice");
        }
    }

    public Set<String> keys() {
        return settings.keySet();
    }

    public double get(String key) {
        return property(key).get();
    }

    /** Sets a registered setting; an unknown key is refused with the known ones listed. */
    public void set(String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("setting " + key + " must be a finite number, got " + value);
        }
        property(key).set(value);
    }

    private DoubleProperty property(String key) {
        DoubleProperty property = settings.get(key);
        if (property == null) {
            throw new IllegalArgumentException("unknown setting " + key + "; known settings: " + settings.keySet());
        }
        return property;
    }
}
