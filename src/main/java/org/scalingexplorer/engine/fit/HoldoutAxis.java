package org.scalingexplorer.engine.fit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.io.TrainingRun;

/** What a user holds out by: the runs above a cut-off in FLOPs, parameters or tokens, or one group. */
public enum HoldoutAxis {
    FLOPS("flops"),
    PARAMS("params"),
    TOKENS("tokens"),
    GROUP("group");

    private final String id;

    HoldoutAxis(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The size a cut-off compares; a group has none (the cross-validation then uses FLOPs). */
    public double of(TrainingRun run) {
        return switch (this) {
            case FLOPS, GROUP -> run.flops();
            case PARAMS -> run.params();
            case TOKENS -> run.tokens();
        };
    }

    public boolean numeric() {
        return this != GROUP;
    }

    public static HoldoutAxis fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(axis -> axis.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--holdout-by must be one of "
                        + Arrays.stream(values()).map(HoldoutAxis::id).collect(Collectors.joining(", "))
                        + ", got '" + id + "'"));
    }
}
