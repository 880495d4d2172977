package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.Interval;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * Suggests which run to train next so that the 95% bootstrap interval of the loss extrapolated to
 * a target budget shrinks most.
 *
 * <p>How the shrinkage is estimated: the current fit stands in for the truth. For each of
 * {@code resamples} bootstrap resamples of the existing runs, each candidate run is added with the
 * loss the current fit predicts for it, shifted by Gaussian noise on log loss whose scale is the
 * root-mean-square log residual of the current fit; the sample is refitted and its lowest loss at
 * the target budget recorded. The candidate's interval width is compared with the width of the
 * same resamples without it. Every candidate sees the same resamples and the same noise draws
 * (common random numbers), so the differences between candidates are not drowned by resampling
 * noise.
 *
 * <p>Why it stays affordable: {@value #DEFAULT_BUDGET_STEPS} budgets (the largest existing budget
 * times 1, 4 and 16) by {@value #DEFAULT_SIZE_STEPS} sizes (the current N_opt there times 1/3, 1
 * and 3) make 9 candidates, and each refit starts from the current optimum and its promising grid
 * starts ({@link Approach3Fitter#refit}) instead of the whole grid. With the default 100 resamples
 * that is 1,000 refits, a few seconds on two cores for a few dozen runs.
 */
public final class NextRunAdvisor {

    public static final int DEFAULT_RESAMPLES = 100;
    /** Fewer resamples give no 95% interval worth the name. */
    public static final int MIN_RESAMPLES = 10;
    public static final int DEFAULT_BUDGET_STEPS = 3;
    public static final int DEFAULT_SIZE_STEPS = 3;
    private static final double[] BUDGET_MULTIPLIERS = {1, 4, 16};
    private static final double[] SIZE_MULTIPLIERS = {1 / 3.0, 1, 3};

    /**
     * One candidate run, the interval with it, and {@code shrinkage}: the fraction of the current
     * interval width it removes (negative if it widens it).
     */
    public record Suggestion(PlannedRun run, Interval interval, double shrinkage) {
    }

    /** Candidates sorted by estimated shrinkage, largest first. */
    public record Advice(double targetFlops, double noiseScale, int resamples, Interval currentInterval,
                         List<Suggestion> suggestions) {
        public Advice {
            suggestions = List.copyOf(suggestions);
        }

        public double currentWidth() {
            return currentInterval.high() - currentInterval.low();
        }
    }

    private NextRunAdvisor() {
    }

    /** The default candidates: budgets 1, 4, 16 times the largest existing one, sizes around the current N_opt. */
    public static List<PlannedRun> defaultCandidates(List<TrainingRun> runs, ChinchillaLaw currentLaw) {
        double largest = runs.stream().mapToDouble(TrainingRun::flops).max()
                .orElseThrow(() -> new IllegalArgumentException("no runs"));
        ChinchillaOptimum optimum = ChinchillaOptimum.of(currentLaw);
        List<PlannedRun> candidates = new ArrayList<>();
        for (double budgetStep : BUDGET_MULTIPLIERS) {
            double flops = largest * budgetStep;
            for (double sizeStep : SIZE_MULTIPLIERS) {
                candidates.add(PlannedRun.atBudget(flops, optimum.params(flops) * sizeStep));
            }
        }
        return candidates;
    }

    public static Advice advise(List<TrainingRun> runs, Approach3Fit currentFit, Approach3Fitter fitter,
                                double targetFlops, List<PlannedRun> candidates, int resamples, long seed,
                                DoubleConsumer progress, BooleanSupplier cancelled) {
        Require.positive("target budget", targetFlops);
        if (resamples < MIN_RESAMPLES) {
            throw new IllegalArgumentException("resamples must be at least 10 for a 95% interval, got " + resamples);
        }
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no candidate runs to compare");
        }
        ChinchillaLaw current = currentFit.law().orElseThrow(() -> new IllegalArgumentException(
                "the current fit has a non-positive exponent, so it extrapolates no compute-optimal loss"));
        double noiseScale = rmsLogResidual(runs, current);

        SplittableRandom master = new SplittableRandom(seed);
        long[] seeds = master.longs(resamples).toArray();
        int total = (candidates.size() + 1) * resamples;
        AtomicInteger done = new AtomicInteger();
        Interval baseline = interval(runs, null, current, noiseScale, currentFit, fitter, targetFlops, seeds, done,
                total, progress, cancelled);
        double baselineWidth = baseline.high() - baseline.low();
        List<Suggestion> suggestions = new ArrayList<>();
        for (PlannedRun candidate : candidates) {
            Interval with = interval(runs, candidate, current, noiseScale, currentFit, fitter, targetFlops, seeds, done,
                    total, progress, cancelled);
            double width = with.high() - with.low();
            suggestions.add(new Suggestion(candidate, with, baselineWidth > 0 ? 1 - width / baselineWidth : 0));
        }
        suggestions.sort(Comparator.comparingDouble(Suggestion::shrinkage).reversed());
        return new Advice(targetFlops, noiseScale, resamples, baseline, suggestions);
    }

    /** sqrt(mean (log L_i - log L_law(N_i, D_i))^2). */
    static double rmsLogResidual(List<TrainingRun> runs, ChinchillaLaw law) {
        double sum = 0;
        for (TrainingRun run : runs) {
            double residual = Math.log(run.loss()) - Math.log(law.loss(run.params(), run.tokens()));
            sum += residual * residual;
        }
        return Math.sqrt(sum / runs.size());
    }

    private static Interval interval(List<TrainingRun> runs, PlannedRun candidate, ChinchillaLaw current,
                                     double noiseScale, Approach3Fit currentFit, Approach3Fitter fitter,
                                     double targetFlops, long[] seeds, AtomicInteger done, int total,
                                     DoubleConsumer progress, BooleanSupplier cancelled) {
        double[] losses = IntStream.range(0, seeds.length).parallel().mapToDouble(i -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("next-run advice cancelled");
            }
            // Drawn in the same order for every candidate: the same resample and the same noise.
            SplittableRandom random = new SplittableRandom(seeds[i]);
            List<TrainingRun> sample = new ArrayList<>(runs.size() + 1);
            for (int j = 0; j < runs.size(); j++) {
                sample.add(runs.get(random.nextInt(runs.size())));
            }
            double shift = noiseScale * random.nextGaussian();
            if (candidate != null) {
                double loss = current.loss(candidate.params(), candidate.tokens()) * Math.exp(shift);
                sample.add(new TrainingRun(candidate.params(), candidate.tokens(), candidate.flops(), loss, Double.NaN,
                        "", "simulated"));
            }
            double extrapolated;
            try {
                Approach3Fit fit = fitter.refit(sample, currentFit, cancelled);
                extrapolated = fit.law().map(law -> Recovery.optimalLoss(law, targetFlops)).orElse(Double.NaN);
            } catch (ArithmeticException | IllegalArgumentException unfit) {
                extrapolated = Double.NaN;
            }
            int finished = done.incrementAndGet();
            progress.accept(finished / (double) total);
            return extrapolated;
        }).filter(Double::isFinite).toArray();
        if (losses.length < seeds.length / 2) {
            throw new ArithmeticException("only " + losses.length + " of " + seeds.length
                    + " resamples gave a law of the Chinchilla form");
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(losses);
        return new Interval(percentile.evaluate(2.5), percentile.evaluate(97.5));
    }
}
