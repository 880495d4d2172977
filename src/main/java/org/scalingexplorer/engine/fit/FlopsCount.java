package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Locale;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Which compute C a fit uses: the file's FLOPs column, or 6ND from the file's N and D. The count
 * matters (Pearce and Song 2024; Porian et al. 2024): the same runs give different exponents when C
 * counts embeddings, the last layer or attention, and a FLOPs column rarely equals 6ND
 * (Marin's counted FLOPs are 0.93 to 1.35 times 6ND).
 */
public enum FlopsCount {
    FILE("file"),
    SIX_ND("6nd");

    private final String id;

    FlopsCount(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static FlopsCount fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        for (FlopsCount count : values()) {
            if (count.id.equals(wanted)) {
                return count;
            }
        }
        throw new IllegalArgumentException("--flops-from must be file or 6nd, got '" + id + "'");
    }

    /** The runs with C recounted as 6ND, or unchanged. */
    public List<TrainingRun> apply(List<TrainingRun> runs) {
        if (this == FILE) {
            return runs;
        }
        return runs.stream().map(run -> new TrainingRun(run.params(), run.tokens(),
                ComputeBudget.FLOPS_PER_PARAM_TOKEN * run.params() * run.tokens(), run.loss(), run.uniqueTokens(),
                run.group(), run.name())).toList();
    }
}
