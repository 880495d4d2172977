package org.scalingexplorer.engine.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import produced: the rows that loaded and, for every row that did not, why.
 *
 * @param lines     the file line of each run, in the order of {@code runs}; empty when the runs did not
 *                  come from a file
 * @param splitKeys each run's split key (the joined values of the split columns asked for), in the
 *                  order of {@code runs}; empty when no split was asked for
 */
public record RunImport(List<TrainingRun> runs, List<RowProblem> problems, List<Integer> lines,
                        List<String> splitKeys) {

    public RunImport {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        splitKeys = List.copyOf(splitKeys);
        if (!lines.isEmpty() && lines.size() != runs.size()) {
            throw new IllegalArgumentException("one line per run, got " + lines.size() + " lines for " + runs.size() + " runs");
        }
        if (!splitKeys.isEmpty() && splitKeys.size() != runs.size()) {
            throw new IllegalArgumentException("one split key per run, got " + splitKeys.size() + " keys for "
                    + runs.size() + " runs");
        }
    }

    public RunImport(List<TrainingRun> runs, List<RowProblem> problems, List<Integer> lines) {
        this(runs, problems, lines, List.of());
    }

    public RunImport(List<TrainingRun> runs, List<RowProblem> problems) {
        this(runs, problems, List.of(), List.of());
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** How a message names run {@code index}: "line 12" where the file is known, else "run 13". */
    public String label(int index) {
        return lines.isEmpty() ? "run " + (index + 1) : "line " + lines.get(index);
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
}
