package org.scalingexplorer.cli;

import java.util.Locale;
import org.scalingexplorer.engine.law.LawPreset;
import picocli.CommandLine.Option;

/** {@code --law}: which preset a command uses. */
final class LawOption {
    @Option(names = "--law", paramLabel = "LAW",
            description = "kaplan, chinchilla, chinchilla-unrounded, epoch or approach1 (default: chinchilla; allocate also takes data-constrained)")
    String id;

    /** The chosen preset, Chinchilla when none was given. */
    LawPreset preset() {
        return id == null ? LawPreset.CHINCHILLA_2022 : parse(id);
    }

    /** The chosen preset, or null when none was given. */
    LawPreset presetOrNull() {
        return id == null ? null : parse(id);
    }

    /** Whether the user asked for {@code name}, a law that is not a preset (data-constrained). */
    boolean names(String name) {
        return id != null && id.strip().toLowerCase(Locale.ROOT).equals(name);
    }

    /** The id as printed in results: the preset's, or the special name asked for. */
    String printed() {
        return id == null ? LawPreset.CHINCHILLA_2022.id() : id.strip().toLowerCase(Locale.ROOT);
    }

    private static LawPreset parse(String id) {
        try {
            return LawPreset.fromId(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--" + e.getMessage(), e);
        }
    }
}
