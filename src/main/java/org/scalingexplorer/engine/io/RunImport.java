package org.scalingexplorer.engine.io;

import java.util.List;

/** What an import produced: the rows that loaded and, for every row that did not, why. */
public record RunImport(List<TrainingRun> runs, List<RowProblem> problems) {

    public RunImport {
        runs = List.copyOf(runs);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
