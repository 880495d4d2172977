package org.scalingexplorer.engine.curves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.fit.PowerLaw;

/**
 * Approach 1 of Hoffmann et al. 2022 (science.md section 3; the paper's a = 0.50, b = 0.50): build
 * the envelope of the training curves ({@link ComputeEnvelope}, 1,500 log-spaced FLOP values), read
 * at each compute the size N of the run that holds it and the tokens D it had seen, and fit
 * {@code N_opt = k C^a} and {@code D_opt = k' C^b} by least squares on log N and log D.
 *
 * <p>What N is follows from the file: map {@code params} to a total count or to a non-embedding
 * count (and {@code flops} to the matching compute, or leave it to be 6ND). Which count is used
 * alone moves the exponent; on the (Mis)Fitting curves by about 0.2 (CurvesApproach1Test).
 *
 * <p>Intervals come from a bootstrap over runs: each resample draws as many curves as there are,
 * with replacement, from a stream seeded by {@code seed}, and rebuilds the envelope.
 */
public final class Approach1Fitter {

    private final int gridSize;

    public Approach1Fitter() {
        this(ComputeEnvelope.HOFFMANN_GRID);
    }

    public Approach1Fitter(int gridSize) {
        this.gridSize = gridSize;
    }

    public Approach1Fit fit(List<LearningCurve> curves) {
        return fit(curves, 0, 1, fraction -> { }, () -> false);
    }

    /**
     * Fits the envelope of {@code curves}; with {@code resamples} of 2 or more, adds bootstrap
     * intervals. Curves without a size are refused: the envelope would have no N to read.
     */
    public Approach1Fit fit(List<LearningCurve> curves, int resamples, long seed, DoubleConsumer progress,
                            BooleanSupplier cancelled) {
        if (resamples == 1 || resamples < 0) {
            throw new IllegalArgumentException("a bootstrap needs 0 (none) or at least 2 resamples, got " + resamples);
        }
        for (LearningCurve curve : curves) {
            if (!curve.hasParams()) {
                throw new IllegalArgumentException("Approach 1 needs every run's size: run '" + curve.name()
                        + "' has no params (map the column with --column params=NAME)");
            }
        }
        ComputeEnvelope envelope = ComputeEnvelope.of(curves, gridSize);
        PowerLaw[] laws = laws(envelope);
        if (laws == null) {
            throw new IllegalArgumentException("Approach 1 needs an envelope held by at least 2 model sizes; "
                    + envelope.curvesUsed() + " curves with 2 or more checkpoints of known compute gave "
                    + distinctSizes(envelope) + " size(s)");
        }
        if (resamples == 0) {
            return new Approach1Fit(laws[0], laws[1], envelope, 0, 0, Map.of());
        }
        long[] seeds = new SplittableRandom(seed).longs(resamples).toArray();
        int reportEvery = Math.max(1, resamples / 100);
        AtomicInteger done = new AtomicInteger();
        double[][] exponents = IntStream.range(0, resamples).parallel().mapToObj(r -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Approach 1 bootstrap cancelled");
            }
            SplittableRandom random = new SplittableRandom(seeds[r]);
            // The envelope is a minimum: a curve drawn twice counts once.
            Set<LearningCurve> drawn = new LinkedHashSet<>();
            for (int i = 0; i < curves.size(); i++) {
                drawn.add(curves.get(random.nextInt(curves.size())));
            }
            PowerLaw[] resampled = laws(ComputeEnvelope.of(new ArrayList<>(drawn), gridSize));
            int finished = done.incrementAndGet();
            if (finished % reportEvery == 0 || finished == resamples) {
                progress.accept(finished / (double) resamples);
            }
            return resampled == null ? null : new double[] {resampled[0].exponent(), resampled[1].exponent()};
        }).toArray(double[][]::new);
        List<double[]> fitted = new ArrayList<>();
        for (double[] pair : exponents) {
            if (pair != null) {
                fitted.add(pair);
            }
        }
        int failed = resamples - fitted.size();
        if (fitted.size() < 2) {
            throw new ArithmeticException("the bootstrap could fit only " + fitted.size() + " of " + resamples
                    + " resamples");
        }
        Map<String, Interval> intervals = new LinkedHashMap<>();
        intervals.put(Approach1Fit.A_EXPONENT, percentiles(fitted, 0));
        intervals.put(Approach1Fit.B_EXPONENT, percentiles(fitted, 1));
        return new Approach1Fit(laws[0], laws[1], envelope, resamples, failed, intervals);
    }

    /** N_opt and D_opt power laws through the envelope, or null when fewer than 2 sizes hold it. */
    private static PowerLaw[] laws(ComputeEnvelope envelope) {
        if (distinctSizes(envelope) < 2) {
            return null;
        }
        List<EnvelopePoint> points = envelope.points();
        double[] flops = new double[points.size()];
        double[] params = new double[points.size()];
        double[] tokens = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            flops[i] = points.get(i).flops();
            params[i] = points.get(i).params();
            tokens[i] = points.get(i).tokens();
        }
        return new PowerLaw[] {PowerLaw.fitLogLog(flops, params), PowerLaw.fitLogLog(flops, tokens)};
    }

    private static long distinctSizes(ComputeEnvelope envelope) {
        return envelope.points().stream().mapToDouble(EnvelopePoint::params).distinct().count();
    }

    private static Interval percentiles(List<double[]> samples, int column) {
        double[] values = samples.stream().mapToDouble(pair -> pair[column]).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(values);
        return new Interval(percentile.evaluate(2.5), percentile.evaluate(97.5));
    }
}
