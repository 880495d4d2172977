package org.scalingexplorer.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.plan.EstimateSpread;
import org.scalingexplorer.engine.plan.ExperimentDesign;
import org.scalingexplorer.engine.plan.NextRunAdvisor;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.Recovery;
import org.scalingexplorer.engine.plan.RepeatedStudy;
import org.scalingexplorer.engine.plan.StartStrategy;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.engine.plan.VirtualExperiment;

/**
 * Prints the cost of planning a study (not a test: nothing here asserts a time). A virtual
 * experiment of 35 runs (5 budgets from 1e17 to 1e21 FLOPs, 7 sizes each, Gaussian noise 0.01 on log
 * loss, the Chinchilla law as truth) fitted from the full 4,500-start grid on all cores (target:
 * at most 1 s); the same experiment repeated 200 times (target: at most 60 s on 2 cores) with every
 * repetition on the full grid and with starts near the true law plus 45 grid points
 * ({@link StartStrategy#NEAR_TRUTH}), side by side with their medians; and next-run advice with the
 * default 9 candidates and 100 resamples.
 */
public final class PlanBenchmark {

    private static final int WARM_RUNS = 3;
    private static final int REPETITIONS = 200;
    private static final double TARGET_FLOPS = 1e24;

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        ChinchillaLaw truth = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
        VirtualExperiment experiment = new VirtualExperiment(truth, ExperimentDesign.budgetRange(1e17, 1e21, 5, 7, 4),
                NoiseModel.GAUSSIAN, 0.01, TARGET_FLOPS);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "PlanBenchmark: %d runs per study, %d cores, Java %s%n",
                experiment.design().size(), cores, System.getProperty("java.version"));

        Approach3Fitter fitter = new Approach3Fitter();
        long start = System.nanoTime();
        Recovery first = experiment.run(1, fitter);
        double coldSeconds = seconds(start);
        double[] warm = new double[WARM_RUNS];
        for (int i = 0; i < WARM_RUNS; i++) {
            start = System.nanoTime();
            experiment.run(2 + i, fitter);
            warm[i] = seconds(start);
        }
        System.out.printf(Locale.ROOT, "  one virtual experiment (sample + 4,500-start fit, %d threads): first %.2f s, "
                + "median of %d more %.2f s (target <= 1 s)%n", cores, coldSeconds, WARM_RUNS, median(warm));
        System.out.printf(Locale.ROOT, "    seed 1: E %.4f (true %.2f)  a %.4f (true %.4f)  loss at %.0e FLOPs off by %+.3f%%%n",
                first.recoveredConstant("E"), truth.irreducible(), first.recoveredParamsExponent().getAsDouble(),
                first.trueParamsExponent(), TARGET_FLOPS, 100 * first.extrapolationError().getAsDouble());

        for (StartStrategy strategy : List.of(StartStrategy.NEAR_TRUTH, StartStrategy.FULL_GRID)) {
            start = System.nanoTime();
            StudySummary summary = RepeatedStudy.run(experiment, HuberLoss.chinchilla(), strategy, REPETITIONS, 1,
                    fraction -> { }, () -> false);
            double seconds = seconds(start);
            System.out.printf(Locale.ROOT, "  %d repetitions, %s starts (%d per fit): %.1f s (target <= 60 s on 2 cores); "
                            + "failed %d%n", REPETITIONS, strategy.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    strategy.starts(truth).size(), seconds, summary.failed());
            for (String name : List.of("E", "alpha", "beta", StudySummary.A_EXPONENT, StudySummary.EXTRAPOLATION_ERROR)) {
                EstimateSpread spread = summary.spread(name);
                System.out.printf(Locale.ROOT, "    %-20s truth %.5g  median %.5g  95%% [%.5g, %.5g]%n", name,
                        spread.truth(), spread.median(), spread.p2_5(), spread.p97_5());
            }
        }

        List<TrainingRun> runs = experiment.sampleRuns(1);
        Approach3Fit fit = first.fit();
        start = System.nanoTime();
        NextRunAdvisor.Advice advice = NextRunAdvisor.advise(runs, fit, fitter, TARGET_FLOPS,
                NextRunAdvisor.defaultCandidates(runs, fit.law().orElseThrow()), NextRunAdvisor.DEFAULT_RESAMPLES, 1,
                fraction -> { }, () -> false);
        System.out.printf(Locale.ROOT, "  next-run advice, %d candidates x %d resamples: %.1f s; current 95%% width %.4g, "
                        + "best candidate C %.3g N %.3g shrinks it by %.1f%%%n", advice.suggestions().size(),
                advice.resamples(), seconds(start), advice.currentWidth(), advice.suggestions().get(0).run().flops(),
                advice.suggestions().get(0).run().params(), 100 * advice.suggestions().get(0).shrinkage());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
