package org.scalingexplorer.engine.io;

import java.util.List;

/**
 * What an import produced: the rows that loaded and, for every row that did not, why.
 *
 * @param lines the file line of each run, in the order of {@code runs}; empty when the runs did not
 *              come from a file
 */
public record RunImport(List<TrainingRun> runs, List<RowProblem> problems, List<Integer> lines) {

    public RunImport {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
        lines = List.copyOf(lines);
        if (!lines.isEmpty() && lines.size() != runs.size()) {
            throw new IllegalArgumentException("one line per run, got " + lines.size() + " lines for " + runs.size() + " runs");
        }
    }

    public RunImport(List<TrainingRun> runs, List<RowProblem> problems) {
        this(runs, problems, List.of());
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** How a message names run {@code index}: "line 12" where the file is known, else "run 13". */
    public String label(int index) {
        return lines.isEmpty() ? "run " + (index + 1) : "line " + lines.get(index);
    }
}
