package org.scalingexplorer.engine.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import produced: the rows that loaded and, for every row that did not, why.
 * {@code splitKeys} holds each run's split key (the joined values of the split columns asked for,
 * in the order of {@code runs}), or is empty when no split was asked for.
 */
public record RunImport(List<TrainingRun> runs, List<RowProblem> problems, List<String> splitKeys) {

    public RunImport {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
        splitKeys = List.copyOf(splitKeys);
        if (!splitKeys.isEmpty() && splitKeys.size() != runs.size()) {
            throw new IllegalArgumentException("one split key per run: " + splitKeys.size() + " keys, " + runs.size()
                    + " runs");
        }
    }

    public RunImport(List<TrainingRun> runs, List<RowProblem> problems) {
        this(runs, problems, List.of());
    }

    /** The runs by split key, in order of first appearance; one entry with key "" when no split was asked for. */
    public Map<String, List<TrainingRun>> bySplit() {
        Map<String, List<TrainingRun>> splits = new LinkedHashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            String key = splitKeys.isEmpty() ? "" : splitKeys.get(i);
            splits.computeIfAbsent(key, k -> new ArrayList<>()).add(runs.get(i));
        }
        splits.replaceAll((key, list) -> List.copyOf(list));
        return Collections.unmodifiableMap(splits);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
