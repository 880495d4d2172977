package org.scalingexplorer.ui.recipe;

import java.util.Objects;
import java.util.function.Supplier;

/** The value last computed and what it was computed from: asked again with equal inputs, it is reused. */
final class LastComputed<V> {
    private Object inputs;
    private V value;

    V get(Object newInputs, Supplier<V> compute) {
        if (value == null || !Objects.equals(inputs, newInputs)) {
            value = compute.get();
            inputs = newInputs;
        }
        return value;
    }
}
