package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/** Run sets that earn a fit's warnings, shared by the engine's checks and the Fit view's wording. */
public final class TrustScenarios {
    public static final ChinchillaLaw TRUTH = new ChinchillaLaw(1.8, 480, 2100, 0.35, 0.37);

    private TrustScenarios() {
    }

    public static TrainingRun run(double params, double tokens, double loss, double unique, String name) {
        return new TrainingRun(params, tokens, ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens, loss, unique, "", name);
    }

    /** Runs r0, r1, ... on a grid of 7 sizes by 6 token counts, the loss of the law times seeded noise. */
    public static List<TrainingRun> grid(double minParams, double maxParams, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingRun> runs = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < 7; i++) {
            double params = minParams * Math.pow(maxParams / minParams, i / 6.0);
            for (int j = 0; j < 6; j++) {
                double tokens = params * 5 * Math.pow(2, j);
                runs.add(run(params, tokens, TRUTH.loss(params, tokens) * Math.exp(noise * random.nextGaussian()),
                        Double.NaN, "r" + k++));
            }
        }
        return runs;
    }

    /**
     * A clean grid plus "seed-2" repeating r0's N and D, "bad-lr" 30% above the law in place of r10 and
     * "four-epochs" trained on a quarter of its tokens in place of r5.
     */
    public static List<TrainingRun> repeatsAndOutlier(long seed) {
        List<TrainingRun> runs = new ArrayList<>(grid(1e7, 1e10, 0.005, seed));
        TrainingRun first = runs.get(0);
        runs.add(run(first.params(), first.tokens(), first.loss() * 1.004, Double.NaN, "seed-2"));
        TrainingRun tenth = runs.get(10);
        runs.set(10, run(tenth.params(), tenth.tokens(), tenth.loss() * 1.3, Double.NaN, "bad-lr"));
        TrainingRun fifth = runs.get(5);
        runs.set(5, run(fifth.params(), fifth.tokens(), fifth.loss(), fifth.tokens() / 4, "four-epochs"));
        return runs;
    }
}
