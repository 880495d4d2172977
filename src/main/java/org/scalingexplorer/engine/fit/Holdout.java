package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.scalingexplorer.engine.io.TrainingRun;

/** Extrapolation check: fit the cheap runs, predict the expensive ones. */
public final class Holdout {

    private Holdout() {
    }

    /**
     * Fits with {@code fitAndPredictor} on the runs with FLOPs at most {@code cutoffFlops} and scores
     * its loss predictions on the runs above.
     */
    public static HoldoutResult evaluate(List<TrainingRun> runs, double cutoffFlops,
                                         Function<List<TrainingRun>, ToDoubleFunction<TrainingRun>> fitAndPredictor) {
        List<TrainingRun> train = RunSelection.flopsAtMost(runs, cutoffFlops);
        List<TrainingRun> test = RunSelection.flopsAbove(runs, cutoffFlops);
        if (test.isEmpty()) {
            throw new IllegalArgumentException("no run has more than " + cutoffFlops + " FLOPs to hold out (largest: "
                    + runs.stream().mapToDouble(TrainingRun::flops).max().orElse(0) + ")");
        }
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no run has " + cutoffFlops + " FLOPs or fewer to fit on");
        }
        ToDoubleFunction<TrainingRun> predictor = fitAndPredictor.apply(train);
        double sum = 0;
        double max = 0;
        for (TrainingRun run : test) {
            double relativeError = Math.abs(predictor.applyAsDouble(run) - run.loss()) / run.loss();
            sum += relativeError;
            max = Math.max(max, relativeError);
        }
        return new HoldoutResult(cutoffFlops, train.size(), test.size(), sum / test.size(), max);
    }

    public static HoldoutResult approach3(List<TrainingRun> runs, double cutoffFlops, Approach3Fitter fitter) {
        return evaluate(runs, cutoffFlops, train -> {
            Approach3Fit fit = fitter.fit(train);
            return run -> fit.predictLoss(run.params(), run.tokens());
        });
    }

    public static HoldoutResult powerLaw(List<TrainingRun> runs, double cutoffFlops, OffsetPowerLawFitter fitter,
                                         FitVariable variable) {
        return evaluate(runs, cutoffFlops, train -> {
            OffsetPowerLawFit fit = fitter.fit(train, variable);
            return run -> fit.predictLoss(variable.of(run));
        });
    }
}
