package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.scalingexplorer.engine.io.TrainingRun;

/** A quantity of every run, or its natural log, as an array in run order: what the objectives loop over. */
final class RunArrays {

    private RunArrays() {
    }

    static double[] of(List<TrainingRun> runs, ToDoubleFunction<TrainingRun> quantity) {
        double[] values = new double[runs.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = quantity.applyAsDouble(runs.get(i));
        }
        return values;
    }

    static double[] logOf(List<TrainingRun> runs, ToDoubleFunction<TrainingRun> quantity) {
        double[] values = of(runs, quantity);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.log(values[i]);
        }
        return values;
    }
}
