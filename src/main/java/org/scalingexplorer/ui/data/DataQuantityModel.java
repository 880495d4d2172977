package org.scalingexplorer.ui.data;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.scenario.ConstantRange;

/**
 * One quantity under a slider of the Data view (unique tokens, epochs, N, C, a test set's offset or
 * the mixture weight), as the slider and its text field see it. Like
 * {@link org.scalingexplorer.ui.scenario.LawConstantModel}, but the value lives here rather than in a
 * law: these are the user's scenario, not published constants. Quantities that span decades move in
 * log10 steps, offsets and weights linearly, as their {@link ConstantRange} says.
 */
public final class DataQuantityModel {

    private final String key;
    private final ConstantRange range;
    private final double defaultValue;
    private final ReadOnlyDoubleWrapper value;
    private final DoubleProperty sliderPosition;
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyBooleanWrapper invalidInput = new ReadOnlyBooleanWrapper(this, "invalidInput", false);
    private boolean syncing;

    DataQuantityModel(String key, ConstantRange range, double defaultValue) {
        if (!range.contains(defaultValue)) {
            throw new IllegalArgumentException(key + " default " + defaultValue + " lies outside its range");
        }
        this.key = key;
        this.range = range;
        this.defaultValue = defaultValue;
        this.value = new ReadOnlyDoubleWrapper(this, "value", defaultValue);
        this.sliderPosition = new SimpleDoubleProperty(this, "sliderPosition", range.toSlider(defaultValue));
        this.text = new ReadOnlyStringWrapper(this, "text", QuantityFormat.constant(defaultValue));
        sliderPosition.addListener((obs, old, now) -> {
            if (!syncing) {
                invalidInput.set(false);
                show(range.fromSlider(now.doubleValue()), false);
            }
        });
    }

    public String key() {
        return key;
    }

    public ConstantRange range() {
        return range;
    }

    public double defaultValue() {
        return defaultValue;
    }

    /** Position of the slider knob: log10 of the value on a log range, the value itself otherwise. */
    public DoubleProperty sliderPositionProperty() {
        return sliderPosition;
    }

    public ReadOnlyDoubleProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public double value() {
        return value.get();
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
     * Applies typed text in plain or scientific notation ("25e9", "7000000000"); refuses text that is
     * not a number or lies outside the slider's range, leaving the value as it was.
     */
    public boolean submit(String typed) {
        java.util.OptionalDouble parsed = range.parse(typed);
        invalidInput.set(parsed.isEmpty());
        parsed.ifPresent(value -> show(value, true));
        return parsed.isPresent();
    }

    void reset() {
        invalidInput.set(false);
        show(defaultValue, true);
    }

    /** The slider's own position is left alone while it drives the change, so a drag is not re-snapped. */
    private void show(double newValue, boolean moveSlider) {
        syncing = true;
        try {
            if (moveSlider) {
                sliderPosition.set(range.toSlider(newValue));
            }
            text.set(QuantityFormat.constant(newValue));
            value.set(newValue);
        } finally {
            syncing = false;
        }
    }
}
