package org.scalingexplorer.ui.view;

import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * A view module whose view-model takes runs handed over by another view ({@link RunHandoff}): the
 * Fit view, which fits them.
 */
public interface TakesRuns<M> {
    /** Shows {@code runs} in the view-model as if the user had imported them from {@code source}. */
    void takeRuns(M viewModel, String source, List<TrainingRun> runs);
}
