package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

class BootstrapTest {

    private static final ChinchillaLaw TRUTH = new ChinchillaLaw(1.8, 400, 2000, 0.34, 0.36);
    private static final double BUDGET_FLOPS = 5.76e23;

    /**
     * Coverage of the percentile intervals: 50 seeded data sets of 64 runs from known constants with
     * 1% multiplicative noise on the loss. To keep the run time modest each trial uses 200
     * resamples (not 1,000) and a 3^5 = 243-point subgrid of the paper's grid (every other value)
     * for its full-data fit; the resample fits are the same as in production. Each constant must
     * lie inside its 95% interval in at least 45 of the 50 trials.
     */
    @Test
    void intervalsCoverTheTrueConstantsInAtLeastNinetyPercentOfTrials() {
        int trials = 50;
        Approach3Fitter fitter = new Approach3Fitter().withGrid(everyOtherGridPoint());
        Map<String, Double> truth = new LinkedHashMap<>();
        truth.put(Bootstrap.E, TRUTH.irreducible());
        truth.put(Bootstrap.A, TRUTH.paramsCoefficient());
        truth.put(Bootstrap.B, TRUTH.tokensCoefficient());
        truth.put(Bootstrap.ALPHA, TRUTH.alpha());
        truth.put(Bootstrap.BETA, TRUTH.beta());
        Map<String, Integer> covered = new LinkedHashMap<>();
        truth.keySet().forEach(name -> covered.put(name, 0));
        for (int trial = 0; trial < trials; trial++) {
            List<TrainingRun> runs = noisyRuns(new SplittableRandom(1000 + trial));
            Approach3Fit fit = fitter.fit(runs);
            BootstrapResult result = Bootstrap.percentileIntervals(runs, 200, trial,
                    Bootstrap.approach3(fitter, fit, BUDGET_FLOPS), fraction -> { }, () -> false);
            assertEquals(0, result.failedResamples());
            truth.forEach((name, value) -> {
                if (result.interval(name).contains(value)) {
                    covered.merge(name, 1, Integer::sum);
                }
            });
        }
        System.out.println("BootstrapTest coverage of 50 trials: " + covered);
        covered.forEach((name, count) ->
                assertTrue(count >= 45, name + " inside its 95% interval in only " + count + " of 50 trials " + covered));
    }

    /**
     * The cheap resample fit (optimum plus a few promising starts) must land where the full grid
     * does; checked on a few resamples of the sample data.
     */
    @Test
    void resampleFitsFindTheSameOptimumAsTheFullGrid() {
        List<TrainingRun> runs = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(), 5);
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit full = fitter.fit(runs);
        SplittableRandom random = new SplittableRandom(7);
        for (int resample = 0; resample < 3; resample++) {
            List<TrainingRun> drawn = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                drawn.add(runs.get(random.nextInt(runs.size())));
            }
            Approach3Fit quick = fitter.refit(drawn, full, () -> false);
            Approach3Fit thorough = fitter.fit(drawn);
            assertTrue(quick.objective() <= thorough.objective() * (1 + 1e-8),
                    "resample " + resample + ": quick " + quick.objective() + " vs grid " + thorough.objective());
        }
    }

    @Test
    void intervalsAreOrderedAndContainTheFullDataEstimate() {
        List<TrainingRun> runs = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(), 5);
        Approach3Fitter fitter = new Approach3Fitter();
        Approach3Fit full = fitter.fit(runs);
        List<Double> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        BootstrapResult result = Bootstrap.percentileIntervals(runs, 100, 3, Bootstrap.approach3(fitter, full, BUDGET_FLOPS),
                progress::add, () -> false);
        assertEquals(100, result.resamples());
        assertEquals(1.0, progress.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        assertEquals(List.of("E", "A", "B", "alpha", "beta", "a_exponent", "b_exponent", "N_opt", "D_opt",
                "tokens_per_param"), List.copyOf(result.ci95().keySet()));
        result.ci95().values().forEach(interval -> assertTrue(interval.low() < interval.high(), interval.toString()));
        assertTrue(result.interval("alpha").contains(full.alpha()));
        assertTrue(result.interval("N_opt").contains(full.optimalParams(BUDGET_FLOPS).orElseThrow()));
    }

    @Test
    void sameSeedSameIntervals() {
        List<TrainingRun> runs = noisyRuns(new SplittableRandom(5));
        OffsetPowerLawFitter fitter = new OffsetPowerLawFitter();
        BootstrapResult first = Bootstrap.percentileIntervals(runs, 50, 11, Bootstrap.powerLaw(fitter, FitVariable.PARAMS),
                fraction -> { }, () -> false);
        BootstrapResult second = Bootstrap.percentileIntervals(runs, 50, 11, Bootstrap.powerLaw(fitter, FitVariable.PARAMS),
                fraction -> { }, () -> false);
        assertEquals(first, second);
    }

    @Test
    void cancelStopsTheBootstrap() {
        List<TrainingRun> runs = noisyRuns(new SplittableRandom(9));
        Approach3Fitter fitter = new Approach3Fitter().withGrid(everyOtherGridPoint());
        Approach3Fit full = fitter.fit(runs);
        AtomicBoolean cancel = new AtomicBoolean();
        assertThrows(CancellationException.class, () -> Bootstrap.percentileIntervals(runs, 100_000, 1,
                Bootstrap.approach3(fitter, full, BUDGET_FLOPS), fraction -> cancel.set(true), cancel::get));
    }

    /** 8 x 8 runs from 70M to 16B parameters and 1B to 400B tokens, loss times exp(1% Gaussian noise). */
    static List<TrainingRun> noisyRuns(SplittableRandom random) {
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double params = 7e7 * Math.pow(16e9 / 7e7, i / 7.0);
            for (int j = 0; j < 8; j++) {
                double tokens = 1e9 * Math.pow(400, j / 7.0);
                double noise = Math.exp(0.01 * gaussian(random));
                runs.add(TrainingRun.of(params, tokens, TRUTH.loss(params, tokens) * noise));
            }
        }
        return runs;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian in Java 17.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static List<LogSpaceParameters> everyOtherGridPoint() {
        return Approach3Fitter.chinchillaGrid().stream()
                .filter(p -> p.alpha() % 1 == 0 && p.beta() % 1 == 0 && p.e() % 1 == 0 && p.a() % 10 == 0 && p.b() % 10 == 0)
                .toList();
    }
}
