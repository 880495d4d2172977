package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.scalingexplorer.engine.io.TrainingRun;

/** Subsets of a run list that the fits use; every method keeps the runs in their original order. */
public final class RunSelection {

    private RunSelection() {
    }

    /**
     * Drops the {@code count} runs with the highest loss, as Besiroglu et al. 2024 drop 5 of the
     * Chinchilla data: the five largest models (2.0e9 to 6.8e9 parameters) of the budget near 1e19
     * FLOPs, each trained on under 1e9 tokens. Among equal losses the later run goes first.
     */
    public static List<TrainingRun> withoutHighestLoss(List<TrainingRun> runs, int count) {
        if (count < 0 || count >= runs.size()) {
            throw new IllegalArgumentException("can exclude between 0 and " + (runs.size() - 1)
                    + " highest-loss runs of " + runs.size() + ", got " + count);
        }
        boolean[] dropped = new boolean[runs.size()];
        IntStream.range(0, runs.size()).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> runs.get(i).loss()).reversed()
                        .thenComparing(Comparator.<Integer>reverseOrder()))
                .limit(count)
                .forEach(i -> dropped[i] = true);
        List<TrainingRun> kept = new ArrayList<>(runs.size() - count);
        for (int i = 0; i < runs.size(); i++) {
            if (!dropped[i]) {
                kept.add(runs.get(i));
            }
        }
        return kept;
    }

    public static List<TrainingRun> flopsAtMost(List<TrainingRun> runs, double flops) {
        return runs.stream().filter(run -> run.flops() <= flops).toList();
    }

    public static List<TrainingRun> flopsAbove(List<TrainingRun> runs, double flops) {
        return runs.stream().filter(run -> run.flops() > flops).toList();
    }
}
