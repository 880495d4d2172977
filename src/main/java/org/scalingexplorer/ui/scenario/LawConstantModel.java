package org.scalingexplorer.ui.scenario;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * One editable constant of the active law, as a slider and a text field see it. Constants that
 * span decades (A, B, N_c, D_c) move on a log10 slider, so a drag covers the range evenly.
 */
public final class LawConstantModel {

    private final ScenarioModel scenario;
    private final LawPreset preset;
    private final String key;
    private final ConstantRange range;
    private final DoubleProperty sliderPosition;
    private final ReadOnlyDoubleWrapper value;
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyBooleanWrapper invalidInput;
    private final javafx.beans.value.ChangeListener<org.scalingexplorer.engine.law.ScalingLaw> lawListener;
    private boolean syncing;

    public LawConstantModel(ScenarioModel scenario, LawPreset preset, String key, ConstantRange range) {
        this.scenario = scenario;
        this.preset = preset;
        this.key = key;
        this.range = range;
        double current = scenario.law(preset).constant(key);
        this.value = new ReadOnlyDoubleWrapper(this, "value", current);
        this.sliderPosition = new SimpleDoubleProperty(this, "sliderPosition", range.toSlider(current));
        this.text = new ReadOnlyStringWrapper(this, "text", QuantityFormat.constant(current));
        this.invalidInput = new ReadOnlyBooleanWrapper(this, "invalidInput", false);
        sliderPosition.addListener((obs, old, now) -> {
            if (!syncing) {
                apply(range.fromSlider(now.doubleValue()));
            }
        });
        lawListener = (obs, old, now) -> show(now.constant(key));
        scenario.lawProperty(preset).addListener(lawListener);
    }

    /** Stops following the scenario; called when the sliders switch to another law. */
    public void dispose() {
        scenario.lawProperty(preset).removeListener(lawListener);
    }

    public String key() {
        return key;
    }

    public LawPreset preset() {
        return preset;
    }

    public ConstantRange range() {
        return range;
    }

    /** Position of the slider knob: the value, or its log10 for a log-scale constant. */
    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    /** The constant's value in the scenario. */
    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** The value as the text field shows it. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** True after a typed value was refused, until a good one is entered or the slider moves. */
    public ReadOnlyBooleanProperty invalidInputProperty() {
        return invalidInput.getReadOnlyProperty();
    }

    /**
     * Applies typed text. Accepts plain and scientific notation ("406.4", "8.8e13"); refuses text
     * that is not a number or lies outside the slider's range, leaving the constant as it was.
     */
    public boolean submit(String typed) {
        java.util.OptionalDouble parsed = range.parse(typed);
        if (parsed.isEmpty()) {
            invalidInput.set(true);
            return false;
        }
        apply(parsed.getAsDouble());
        return true;
    }

    private void apply(double newValue) {
        invalidInput.set(false);
        scenario.setConstant(preset, key, newValue);
    }

    private void show(double current) {
        syncing = true;
        try {
            value.set(current);
            sliderPosition.set(range.toSlider(current));
            text.set(QuantityFormat.constant(current));
        } finally {
            syncing = false;
        }
    }
}
