package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocator;
import org.scalingexplorer.engine.allocation.OptimumAcrossPools;

/**
 * The one call the Data view's view-model makes per slider step: every series it charts, from one
 * {@link DataScenario}. Point counts are fixed here so that the benchmark
 * ({@code org.scalingexplorer.bench.DataBenchmark}) times exactly what the view shows.
 */
public final class DataScenarioCharts {
    public static final int EPOCH_POINTS = 200;
    public static final int BANANA_POINTS = 200;
    public static final int POOL_SIZE_POINTS = 40;
    public static final int POOL_FLOPS_POINTS = 36;
    public static final int OFFSET_LINE_POINTS = 50;
    public static final int MIXTURE_POINTS = 101;

    /** The banana spans two decades either side of the fresh-data optimum. */
    static final double BANANA_HALF_WIDTH = 100;
    /** The optimum-vs-pool curve runs from a thousandth of the fresh-data token count to ten times it. */
    static final double SMALLEST_POOL_FRACTION = 1e-3;
    static final double LARGEST_POOL_FRACTION = 10;
    static final double OFFSET_LINES_FROM_PARAMS = 1e7;
    static final double OFFSET_LINES_TO_PARAMS = 1e12;

    private DataScenarioCharts() {
    }

    public static DataCharts compute(DataScenario scenario) {
        var law = scenario.law();
        var budget = scenario.budget();
        double uniqueTokens = scenario.uniqueTokens();

        DataConstrainedAllocation optimum = DataConstrainedAllocator.allocate(law, budget, uniqueTokens);
        Allocation fresh = DataConstrainedAllocator.allocateFresh(law, budget);
        OptimumAcrossPools acrossPools = DataConstrainedAllocator.acrossPools(law, budget,
                fresh.tokens() * SMALLEST_POOL_FRACTION, fresh.tokens() * LARGEST_POOL_FRACTION, POOL_SIZE_POINTS);

        return new DataCharts(scenario,
                EffectiveTokensCurve.of(law, uniqueTokens, scenario.maxEpochs(), EPOCH_POINTS),
                // The model whose repetition curve matters is the one this budget should train.
                RepetitionLossCurves.of(law, optimum.params(), uniqueTokens, scenario.maxEpochs(), EPOCH_POINTS),
                optimum, fresh, acrossPools,
                IsoFlopBanana.of(law, budget, uniqueTokens, fresh.params() / BANANA_HALF_WIDTH,
                        fresh.params() * BANANA_HALF_WIDTH, BANANA_POINTS),
                QualityQuantityCurves.of(law, scenario.pools(), scenario.poolsFromFlops(), scenario.poolsToFlops(),
                        POOL_FLOPS_POINTS),
                ParallelLines.of(law, scenario.testDistributions(), OFFSET_LINES_FROM_PARAMS, OFFSET_LINES_TO_PARAMS,
                        OFFSET_LINE_POINTS),
                scenario.mixture().curve(MIXTURE_POINTS, scenario.mixtureWeight()));
    }
}
