package org.scalingexplorer.engine.recipe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.fit.Approach2Fit;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.IsoFlopFitter;
import org.scalingexplorer.engine.fit.IsoFlopProfile;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Approach 2 (Hoffmann et al. 2022) per configuration, for the correction steps of Porian et al. 2024
 * ("Resolving Discrepancies in Compute-Optimal Scaling of Language Models", arXiv:2406.19146): at each
 * budget a parabola in ln N through the {@value #POINTS_NEAR_MINIMUM} model sizes nearest the lowest
 * loss gives the optimum; budgets whose lowest loss sits at the smallest or largest size sampled have
 * no interior optimum and are left out; a power law through the optima gives the exponent a. The
 * interval is the 2.5th to 97.5th percentile of a over bootstrap resamples of the points.
 *
 * <p>Why near the minimum: a sweep that spans two or three decades of N is not a parabola in ln N
 * far from its minimum (Porian's early-schedule losses reach 10 nats), and a parabola through all
 * points moves the vertex. Porian et al. interpolate (Akima) instead; on their published points this
 * local fit gives 0.864, 0.697, 0.595, 0.550, 0.501 for the five RefinedWeb steps, against their
 * 0.835, 0.706, 0.602, 0.571, 0.497. Their intervals come from seed noise; these from resampling
 * points, so they are wider where a budget's minimum rests on few points.
 */
public final class CorrectionStepFitter {

    public static final int POINTS_NEAR_MINIMUM = 5;
    public static final int DEFAULT_RESAMPLES = 200;

    private CorrectionStepFitter() {
    }

    /** Each configuration's exponent, in order; progress runs from 0 to 1 over all of them. */
    public static List<CorrectionStepExponent> fit(List<ConfigurationRuns> configurations, int resamples, long seed,
                                                   DoubleConsumer progress, BooleanSupplier cancelled) {
        List<CorrectionStepExponent> exponents = new ArrayList<>();
        for (int i = 0; i < configurations.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("correction steps cancelled");
            }
            int done = i;
            int total = configurations.size();
            exponents.add(fit(configurations.get(i), resamples, seed,
                    fraction -> progress.accept((done + fraction) / total), cancelled));
        }
        progress.accept(1);
        return exponents;
    }

    /** One configuration's exponent; refused when fewer than two budgets have an interior optimum. */
    public static CorrectionStepExponent fit(ConfigurationRuns configuration, int resamples, long seed,
                                             DoubleConsumer progress, BooleanSupplier cancelled) {
        List<TrainingRun> runs = configuration.runs();
        NearMinimum selected = nearMinimum(runs);
        Approach2Fit fit;
        try {
            fit = new IsoFlopFitter().fit(selected.runs());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(configuration.label() + ": " + e.getMessage(), e);
        }
        List<IsoFlopProfile> profiles = fit.profiles().stream()
                .sorted(Comparator.comparingDouble(IsoFlopProfile::flops)).toList();
        BootstrapResult bootstrap = Bootstrap.percentileIntervals(runs, resamples, seed,
                (resample, stop) -> new Bootstrap.Estimate(
                        Map.of(Bootstrap.A_EXPONENT, new IsoFlopFitter().fit(nearMinimum(resample).runs()).aExponent()),
                        true),
                progress, cancelled);
        return new CorrectionStepExponent(configuration.dataset(), configuration.configuration(), runs.size(),
                profiles.stream().mapToDouble(IsoFlopProfile::flops).toArray(),
                profiles.stream().mapToDouble(IsoFlopProfile::optimalParams).toArray(),
                fit.aExponent(), bootstrap.interval(Bootstrap.A_EXPONENT), selected.skippedBudgets());
    }

    private record NearMinimum(List<TrainingRun> runs, int skippedBudgets) {
    }

    /** At each budget, the sizes nearest the lowest loss; budgets whose lowest loss is at an edge are dropped. */
    private static NearMinimum nearMinimum(List<TrainingRun> runs) {
        List<TrainingRun> selected = new ArrayList<>();
        int skipped = 0;
        for (List<TrainingRun> budget : new IsoFlopFitter().groups(runs).values()) {
            List<TrainingRun> bySize = new ArrayList<>(budget);
            bySize.sort(Comparator.comparingDouble(TrainingRun::params));
            int best = 0;
            for (int i = 1; i < bySize.size(); i++) {
                if (bySize.get(i).loss() < bySize.get(best).loss()) {
                    best = i;
                }
            }
            if (best == 0 || best == bySize.size() - 1) {
                skipped++;
                continue;
            }
            int to = Math.min(bySize.size(), Math.max(0, best - POINTS_NEAR_MINIMUM / 2) + POINTS_NEAR_MINIMUM);
            int from = Math.max(0, to - POINTS_NEAR_MINIMUM);
            selected.addAll(bySize.subList(from, to));
        }
        return new NearMinimum(selected, skipped);
    }
}
