package org.scalingexplorer.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.law.LawPreset;

/** The {@code --law} option of the commands that take one of the shipped presets. */
final class LawOption {

    private LawOption() {
    }

    static LawPreset preset(String id) {
        try {
            return LawPreset.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--law must be one of " + Arrays.stream(LawPreset.values())
                    .map(LawPreset::id).collect(Collectors.joining(", ")) + ", got " + id, e);
        }
    }
}
