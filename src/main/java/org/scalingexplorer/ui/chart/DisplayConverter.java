package org.scalingexplorer.ui.chart;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * A converter for choosers that only show values (law presets, rules, languages): the text comes
 * from the resource bundle; nothing is ever parsed back, since the user picks, not types.
 */
public final class DisplayConverter<T> extends StringConverter<T> {
    private final Function<T, String> text;

    public DisplayConverter(Function<T, String> text) {
        this.text = text;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String typed) {
        return null;
    }
}
