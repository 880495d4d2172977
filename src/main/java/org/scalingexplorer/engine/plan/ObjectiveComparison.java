package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.ResidualLoss;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The same virtual experiment under each noise model, each sample fitted with each penalty: shows
 * that log-Huber fits the middle of the runs, which is right for two-sided noise, while the
 * asymmetric penalty fits their lower envelope, which is right when runs only land above the truth.
 */
public final class ObjectiveComparison {

    /** One cell of the comparison. */
    public record Row(NoiseModel noiseModel, Recovery recovery) {
    }

    private ObjectiveComparison() {
    }

    /**
     * Samples the runs once per noise model with {@code seed} (so every penalty sees the same runs)
     * and fits them with {@code fitter}'s grid under each penalty. Rows by noise model, then penalty.
     */
    public static List<Row> run(VirtualExperiment experiment, List<ResidualLoss> penalties, Approach3Fitter fitter,
                                long seed, DoubleConsumer progress, BooleanSupplier cancelled) {
        List<Row> rows = new ArrayList<>();
        NoiseModel[] models = NoiseModel.values();
        int total = models.length * penalties.size();
        for (NoiseModel model : models) {
            VirtualExperiment variant = experiment.withNoiseModel(model);
            List<TrainingRun> runs = variant.sampleRuns(seed);
            for (ResidualLoss penalty : penalties) {
                int finished = rows.size();
                Recovery recovery = variant.recover(runs, fitter.withPenalty(penalty),
                        fraction -> progress.accept((finished + fraction) / total), cancelled);
                rows.add(new Row(model, recovery));
            }
        }
        return rows;
    }
}
