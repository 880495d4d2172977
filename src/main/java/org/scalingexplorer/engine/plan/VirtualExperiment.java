package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * A scaling study run on a computer instead of a cluster: the design's runs get the loss a known
 * "true" law gives them, shifted by seeded noise on log loss; fitting them shows how well the
 * study would recover the law and how far its extrapolation to {@code targetFlops} would miss.
 * Immutable; the same seed always samples the same runs.
 */
public record VirtualExperiment(ChinchillaLaw truth, ExperimentDesign design, NoiseModel noiseModel,
                                double noiseScale, double targetFlops) {

    public VirtualExperiment {
        Require.nonNegative("noise", noiseScale);
        Require.positive("target budget", targetFlops);
    }

    /** The design's runs with losses {@code L_true * exp(shift)}, the shifts drawn in design order. */
    public List<TrainingRun> sampleRuns(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingRun> runs = new ArrayList<>(design.size());
        for (PlannedRun planned : design.runs()) {
            double trueLoss = truth.loss(planned.params(), planned.tokens());
            double loss = trueLoss * Math.exp(noiseModel.logShift(random, noiseScale));
            runs.add(new TrainingRun(planned.params(), planned.tokens(), planned.flops(), loss, Double.NaN, "",
                    ""));
        }
        return runs;
    }

    /** Fits {@code runs} with {@code fitter} (its grid and penalty) and sets the result against the truth. */
    public Recovery recover(List<TrainingRun> runs, Approach3Fitter fitter, DoubleConsumer progress,
                            BooleanSupplier cancelled) {
        Approach3Fit fit = fitter.fit(runs, progress, cancelled);
        return new Recovery(truth, fit, fitter.penalty().id(), targetFlops);
    }

    /** Samples with {@code seed} and fits. */
    public Recovery run(long seed, Approach3Fitter fitter) {
        return recover(sampleRuns(seed), fitter, fraction -> { }, () -> false);
    }

    public VirtualExperiment withNoiseModel(NoiseModel model) {
        return new VirtualExperiment(truth, design, model, noiseScale, targetFlops);
    }
}
