package org.scalingexplorer.engine.repetition;

import java.util.List;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * Everything the Data view's charts depend on: the law, the budget and unique-token pool under the
 * sliders, and the pools, test distributions and mixture of the quality-against-quantity lessons,
 * with the mixture weight under its slider. Immutable: an edit makes a new scenario with {@code with...}.
 */
public record DataScenario(DataConstrainedLaw law, ComputeBudget budget, double uniqueTokens, double maxEpochs,
                           List<DataPool> pools, double poolsFromFlops, double poolsToFlops,
                           List<TestDistribution> testDistributions, MixtureOffset mixture,
                           double mixtureWeight) {

    /**
     * Illustrative pools for the crossing curves: a heavily filtered pool, a lightly filtered one ten
     * times larger, and raw web text a hundred times larger. Sizes and offsets are made up for the
     * lesson (not measured), chosen so the curves cross inside 1e19..1e26 FLOPs.
     */
    public static final List<DataPool> ILLUSTRATIVE_POOLS = List.of(
            new DataPool("heavily filtered", 2e10, -0.10),
            new DataPool("lightly filtered", 2e11, -0.04),
            new DataPool("raw web", 2e12, 0));

    /** Illustrative test sets: the training distribution and two others further from it. */
    public static final List<TestDistribution> ILLUSTRATIVE_TEST_SETS = List.of(
            new TestDistribution("training distribution", 0),
            new TestDistribution("nearby test set", 0.05),
            new TestDistribution("distant test set", 0.15));

    /** Two sources whose offsets differ by 0.05 nats, with a diversity bonus of 0.03 nats. */
    public static final MixtureOffset ILLUSTRATIVE_MIXTURE = new MixtureOffset(0.0, 0.05, 0.03);

    /** An even mix, well away from the best weight (0.84) so the two marks on the U start apart. */
    public static final double ILLUSTRATIVE_MIXTURE_WEIGHT = 0.5;

    public DataScenario {
        if (law == null || budget == null) {
            throw new IllegalArgumentException("a data scenario needs a law and a budget");
        }
        Require.positive("uniqueTokens", uniqueTokens);
        Require.atLeast("maxEpochs", maxEpochs, 1);
        pools = List.copyOf(pools);
        Require.positive("poolsFromFlops", poolsFromFlops);
        Require.positive("poolsToFlops", poolsToFlops);
        testDistributions = List.copyOf(testDistributions);
        if (pools.isEmpty() || testDistributions.isEmpty()) {
            throw new IllegalArgumentException("a data scenario needs at least one pool and one test distribution");
        }
        if (mixture == null) {
            throw new IllegalArgumentException("a data scenario needs a mixture");
        }
        Require.inRange("mixtureWeight", mixtureWeight, 0, 1);
    }

    /** The published law and the illustrative lessons, for a budget and pool under the sliders. */
    public static DataScenario of(double flops, double uniqueTokens) {
        return new DataScenario(DataConstrainedLaw.MUENNIGHOFF_2023, ComputeBudget.ofFlops(flops), uniqueTokens,
                100, ILLUSTRATIVE_POOLS, 1e19, 1e26, ILLUSTRATIVE_TEST_SETS, ILLUSTRATIVE_MIXTURE,
                ILLUSTRATIVE_MIXTURE_WEIGHT);
    }

    public DataScenario withBudget(double flops) {
        return new DataScenario(law, ComputeBudget.ofFlops(flops), uniqueTokens, maxEpochs, pools,
                poolsFromFlops, poolsToFlops, testDistributions, mixture, mixtureWeight);
    }

    public DataScenario withUniqueTokens(double value) {
        return new DataScenario(law, budget, value, maxEpochs, pools, poolsFromFlops, poolsToFlops,
                testDistributions, mixture, mixtureWeight);
    }

    public DataScenario withPools(List<DataPool> newPools) {
        return new DataScenario(law, budget, uniqueTokens, maxEpochs, newPools, poolsFromFlops, poolsToFlops,
                testDistributions, mixture, mixtureWeight);
    }

    public DataScenario withTestDistributions(List<TestDistribution> newDistributions) {
        return new DataScenario(law, budget, uniqueTokens, maxEpochs, pools, poolsFromFlops, poolsToFlops,
                newDistributions, mixture, mixtureWeight);
    }

    public DataScenario withMixtureWeight(double weight) {
        return new DataScenario(law, budget, uniqueTokens, maxEpochs, pools, poolsFromFlops, poolsToFlops,
                testDistributions, mixture, weight);
    }
}
