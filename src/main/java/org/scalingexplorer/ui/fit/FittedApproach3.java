package org.scalingexplorer.ui.fit;

import java.util.List;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * An Approach 3 fit kept whole for the next-run advisor, which refits from its optimum:
 * the runs it was fitted to (after exclusions and hold-out) and the objective it minimised.
 */
public record FittedApproach3(List<TrainingRun> runs, Approach3Fit fit, Approach3Objective objective) {

    public FittedApproach3 {
        runs = List.copyOf(runs);
    }
}
