package org.scalingexplorer.ui.control;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * One quantity under a slider and a text field ({@link QuantityRow}): its value, the slider's
 * position (log10 of the value on a log range, so a drag covers decades evenly) and the field's text,
 * kept in step. Typed text is parsed and range-checked here. The value lives in this model unless a
 * subclass keeps it elsewhere (a law's constant lives in the scenario).
 */
public class QuantityModel {

    private final String key;
    private final ConstantRange range;
    private final double defaultValue;
    private final ReadOnlyDoubleWrapper value;
    private final DoubleProperty sliderPosition;
    private final ReadOnlyStringWrapper text;
    private final ReadOnlyBooleanWrapper invalidInput = new ReadOnlyBooleanWrapper(this, "invalidInput", false);
    private boolean syncing;

    public QuantityModel(String key, ConstantRange range, double initial) {
        this(key, range, initial, true);
    }

    /** @param checked refuse an initial value outside the range (a law's constant from a session may lie outside) */
    protected QuantityModel(String key, ConstantRange range, double initial, boolean checked) {
        if (checked && !range.contains(initial)) {
            throw new IllegalArgumentException(key + " value " + initial + " lies outside its range");
        }
        this.key = key;
        this.range = range;
        this.defaultValue = initial;
        this.value = new ReadOnlyDoubleWrapper(this, "value", initial);
        this.sliderPosition = new SimpleDoubleProperty(this, "sliderPosition", range.toSlider(initial));
        this.text = new ReadOnlyStringWrapper(this, "text", QuantityFormat.constant(initial));
        sliderPosition.addListener((obs, old, now) -> {
            if (!syncing) {
                invalidInput.set(false);
                accept(range.fromSlider(now.doubleValue()), false);
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
     * Applies typed text in plain or scientific notation ("25e9", "0,34"); refuses text that is not a
     * number or lies outside the range, leaving the value as it was.
     */
    public boolean submit(String typed) {
        java.util.OptionalDouble parsed = range.parse(typed);
        invalidInput.set(parsed.isEmpty());
        parsed.ifPresent(newValue -> accept(newValue, true));
        return parsed.isPresent();
    }

    /** Back to the value the model started with. */
    public void reset() {
        invalidInput.set(false);
        accept(defaultValue, true);
    }

    /**
     * Takes a new value from the slider or the field. This model shows it at once; a subclass that
     * keeps the value elsewhere stores it there and {@link #show shows} it when it comes back.
     */
    protected void accept(double newValue, boolean fromField) {
        show(newValue, fromField);
    }

    /** Shows a value; the slider is moved only when it did not drive the change, so a drag is not re-snapped. */
    protected final void show(double newValue, boolean moveSlider) {
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
