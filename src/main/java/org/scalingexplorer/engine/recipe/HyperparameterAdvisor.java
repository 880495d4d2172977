package org.scalingexplorer.engine.recipe;

import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Learning rate and batch for a budget from the two fitted laws, DeepSeek LLM (against compute) and
 * Step Law (against N and D). Both need the run a budget buys, so the active scaling law's
 * compute-optimal allocation supplies N and D. Both laws count non-embedding parameters: a law that
 * counts all parameters has its N converted with Pearce and Song's embedding model
 * ({@link EmbeddingCount#PEARCE_SONG_2024}); DeepSeek's compute is then 6 N_\E D.
 */
public final class HyperparameterAdvisor {

    public static final String DEEPSEEK = "deepseek";
    public static final String STEP_LAW = "step-law";

    private HyperparameterAdvisor() {
    }

    /** Both laws' advice for {@code budget}, DeepSeek first. */
    public static List<HyperparameterAdvice> at(ScalingLaw law, boolean lawCountsEmbeddings, ComputeBudget budget) {
        Allocation allocation = ComputeOptimalAllocator.allocate(law, budget);
        double nonEmbedding = lawCountsEmbeddings
                ? EmbeddingCount.PEARCE_SONG_2024.nonEmbeddingParams(allocation.params())
                : allocation.params();
        double tokens = allocation.tokens();
        double deepSeekFlops = ComputeBudget.FLOPS_PER_PARAM_TOKEN * nonEmbedding * tokens;
        return List.of(
                new HyperparameterAdvice(DEEPSEEK, DeepSeekHyperparameters.CITATION, budget.flops(), nonEmbedding,
                        tokens, deepSeekFlops, DeepSeekHyperparameters.learningRate(deepSeekFlops),
                        DeepSeekHyperparameters.batchTokens(deepSeekFlops)),
                new HyperparameterAdvice(STEP_LAW, StepLawHyperparameters.CITATION, budget.flops(), nonEmbedding,
                        tokens, deepSeekFlops, StepLawHyperparameters.learningRate(nonEmbedding, tokens),
                        StepLawHyperparameters.batchTokens(tokens)));
    }

    /**
     * Both laws' advice at {@code points} budgets log-spaced from {@code smallestFlops} to
     * {@code largestFlops}, for a chart against compute: element i holds the two advices at budget i.
     */
    public static List<List<HyperparameterAdvice>> against(ScalingLaw law, boolean lawCountsEmbeddings,
                                                           double smallestFlops, double largestFlops, int points) {
        Require.positive("smallest flops", smallestFlops);
        if (!(largestFlops > smallestFlops) || points < 2) {
            throw new IllegalArgumentException("need largest > smallest flops and at least 2 points, got "
                    + smallestFlops + " to " + largestFlops + " with " + points);
        }
        List<List<HyperparameterAdvice>> series = new ArrayList<>(points);
        double step = Math.log(largestFlops / smallestFlops) / (points - 1);
        for (int i = 0; i < points; i++) {
            series.add(at(law, lawCountsEmbeddings, ComputeBudget.ofFlops(smallestFlops * Math.exp(i * step))));
        }
        return series;
    }
}
