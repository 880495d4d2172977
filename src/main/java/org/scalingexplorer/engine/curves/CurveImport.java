package org.scalingexplorer.engine.curves;

import java.util.List;
import org.scalingexplorer.engine.io.RowProblem;

/**
 * What reading a curve file produced: the curves, the rows that did not load and why (the first
 * {@link CurveAssembler#MAX_KEPT_REPORTS} of them; {@code problemCount} counts all), the duplicated
 * checkpoints that were merged, and how many rows carried no loss (a tracker logs the learning rate
 * more often than the loss; those rows only feed the learning-rate trace).
 */
public record CurveImport(String source, CurveAxis axis, List<LearningCurve> curves, List<RowProblem> problems,
                          int problemCount, List<DuplicateCheckpoint> duplicates, int duplicateCount,
                          long rowsRead, long rowsWithoutLoss) {

    public CurveImport {
        curves = List.copyOf(curves);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
    }

    public int checkpoints() {
        return curves.stream().mapToInt(LearningCurve::size).sum();
    }

    public int midScheduleCheckpoints() {
        return curves.stream().mapToInt(LearningCurve::midScheduleCount).sum();
    }
}
