package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.ResidualLoss;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * A virtual experiment repeated R times with independent noise, to see how much its estimates
 * scatter. Repetitions run in parallel on the common fork-join pool (each fit on one thread, which
 * keeps every core busy with less coordination than parallel starts); repetition i samples with
 * the i-th number drawn from {@code SplittableRandom(seed)}, so the result does not depend on how
 * threads interleave.
 */
public final class RepeatedStudy {

    private static final double[] PERCENTILES = {2.5, 25, 50, 75, 97.5};

    private RepeatedStudy() {
    }

    public static StudySummary run(VirtualExperiment experiment, ResidualLoss penalty, StartStrategy strategy,
                                   int repetitions, long seed, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (repetitions < 2) {
            throw new IllegalArgumentException("repetitions must be at least 2, got " + repetitions);
        }
        Approach3Fitter fitter = new Approach3Fitter().withGrid(strategy.starts(experiment.truth()))
                .withPenalty(penalty).sequential();
        long[] seeds = new SplittableRandom(seed).longs(repetitions).toArray();
        AtomicInteger done = new AtomicInteger();
        Recovery[] recoveries = IntStream.range(0, repetitions).parallel().mapToObj(i -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("study cancelled");
            }
            List<TrainingRun> runs = experiment.sampleRuns(seeds[i]);
            Recovery recovery;
            try {
                recovery = experiment.recover(runs, fitter, fraction -> { }, cancelled);
            } catch (ArithmeticException overflow) {
                recovery = null;
            }
            progress.accept(done.incrementAndGet() / (double) repetitions);
            return recovery;
        }).toArray(Recovery[]::new);
        return summarise(recoveries, penalty.id(), experiment.noiseModel());
    }

    static StudySummary summarise(Recovery[] recoveries, String penaltyId, NoiseModel noiseModel) {
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, Double> truths = new LinkedHashMap<>();
        int failed = 0;
        for (Recovery recovery : recoveries) {
            OptionalDouble exponent = recovery == null ? OptionalDouble.empty() : recovery.recoveredParamsExponent();
            if (exponent.isEmpty() || recovery.extrapolatedLoss().isEmpty()) {
                failed++;
                continue;
            }
            for (String name : Recovery.CONSTANTS) {
                add(samples, truths, name, recovery.trueConstant(name), recovery.recoveredConstant(name));
            }
            add(samples, truths, StudySummary.A_EXPONENT, recovery.trueParamsExponent(), exponent.getAsDouble());
            add(samples, truths, StudySummary.EXTRAPOLATED_LOSS, recovery.trueOptimalLoss(),
                    recovery.extrapolatedLoss().getAsDouble());
            add(samples, truths, StudySummary.EXTRAPOLATION_ERROR, 0, recovery.extrapolationError().getAsDouble());
        }
        if (samples.isEmpty()) {
            throw new ArithmeticException("no repetition of the study produced a law of the Chinchilla form");
        }
        Map<String, EstimateSpread> spreads = new LinkedHashMap<>();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        samples.forEach((name, values) -> {
            percentile.setData(values.stream().mapToDouble(Double::doubleValue).toArray());
            double[] p = new double[PERCENTILES.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = percentile.evaluate(PERCENTILES[i]);
            }
            spreads.put(name, new EstimateSpread(truths.get(name), p[0], p[1], p[2], p[3], p[4]));
        });
        return new StudySummary(recoveries.length, failed, penaltyId, noiseModel, spreads);
    }

    private static void add(Map<String, List<Double>> samples, Map<String, Double> truths, String name, double truth,
                            double value) {
        samples.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        truths.put(name, truth);
    }
}
