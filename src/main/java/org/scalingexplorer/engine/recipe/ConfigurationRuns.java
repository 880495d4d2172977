package org.scalingexplorer.engine.recipe;

import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The isoFLOP runs of one training configuration, such as one correction step of Porian et al. 2024
 * ("Reproducing Kaplan et al.", "Counting last layer FLOPs", ...), on one data set.
 *
 * @param dataset       the data set the runs trained on; empty when the file has no dataset column
 * @param configuration the configuration's label as the file gives it
 * @param runs          its runs, in file order
 */
public record ConfigurationRuns(String dataset, String configuration, List<TrainingRun> runs) {

    public ConfigurationRuns {
        runs = List.copyOf(runs);
    }

    /** "Correcting warmup (rw)", or the configuration alone when there is no data set. */
    public String label() {
        return dataset.isEmpty() ? configuration : configuration + " (" + dataset + ")";
    }
}
