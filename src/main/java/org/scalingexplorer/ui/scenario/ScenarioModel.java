package org.scalingexplorer.ui.scenario;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * The one scenario every view shares: the current constants of each law (published values until a
 * user drags a slider) and which law the sliders edit. A change in any view moves every chart.
 */
public final class ScenarioModel {

    private final Map<LawPreset, ReadOnlyObjectWrapper<ScalingLaw>> laws = new EnumMap<>(LawPreset.class);
    private final ObjectProperty<LawPreset> activePreset =
            new SimpleObjectProperty<>(this, "activePreset", LawPreset.CHINCHILLA_2022);
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    public ScenarioModel() {
        for (LawPreset preset : LawPreset.values()) {
            ReadOnlyObjectWrapper<ScalingLaw> law = new ReadOnlyObjectWrapper<>(this, preset.id(), preset.law());
            law.addListener((obs, old, now) -> revision.set(revision.get() + 1));
            laws.put(preset, law);
        }
        activePreset.addListener((obs, old, now) -> revision.set(revision.get() + 1));
    }

    /** The law a preset currently stands for, with any constants the user changed. */
    public ReadOnlyObjectProperty<ScalingLaw> lawProperty(LawPreset preset) {
        return laws.get(preset).getReadOnlyProperty();
    }

    public ScalingLaw law(LawPreset preset) {
        return laws.get(preset).get();
    }

    /** Every preset's law as it stands now, in an immutable map a worker thread may read. */
    public Map<LawPreset, ScalingLaw> laws() {
        Map<LawPreset, ScalingLaw> copy = new EnumMap<>(LawPreset.class);
        laws.forEach((preset, law) -> copy.put(preset, law.get()));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The law the constant sliders edit; the toolbar's law chooser. */
    public ObjectProperty<LawPreset> activePresetProperty() {
        return activePreset;
    }

    public LawPreset activePreset() {
        return activePreset.get();
    }

    /** Grows by one at every change of any law or of the active preset: one listener serves all. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Sets one constant; a value the law refuses throws with the engine's message and changes nothing. */
    public void setConstant(LawPreset preset, String key, double value) {
        ReadOnlyObjectWrapper<ScalingLaw> law = laws.get(preset);
        law.set(law.get().withConstant(key, value));
    }

    public void setLaw(LawPreset preset, ScalingLaw law) {
        if (law.getClass() != preset.law().getClass()) {
            throw new IllegalArgumentException(preset.id() + " needs a " + preset.law().getClass().getSimpleName()
                    + ", got a " + law.getClass().getSimpleName());
        }
        laws.get(preset).set(law);
    }

    /** Restores the published constants of one preset. */
    public void reset(LawPreset preset) {
        laws.get(preset).set(preset.law());
    }

    public boolean isModified(LawPreset preset) {
        return !law(preset).equals(preset.law());
    }
}
