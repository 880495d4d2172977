package org.scalingexplorer.engine.fit;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.scalingexplorer.engine.io.TrainingRun;

/** The quantity a single power law of loss is fitted against. */
public enum FitVariable {
    PARAMS("params"),
    TOKENS("tokens"),
    FLOPS("flops");

    private final String id;

    FitVariable(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public double of(TrainingRun run) {
        return switch (this) {
            case PARAMS -> run.params();
            case TOKENS -> run.tokens();
            case FLOPS -> run.flops();
        };
    }

    public static FitVariable fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.id.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown variable '" + id + "', expected one of "
                        + Arrays.stream(values()).map(FitVariable::id).collect(Collectors.joining(", "))));
    }
}
