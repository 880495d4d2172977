package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.allocation.OptimumAcrossPools;

/** The series of every chart of the Data view for one {@link DataScenario}. */
public record DataCharts(DataScenario scenario,
                         EffectiveTokensCurve effectiveTokens,
                         RepetitionLossCurves repetitionLoss,
                         DataConstrainedAllocation optimum,
                         Allocation freshOptimum,
                         OptimumAcrossPools optimumAcrossPools,
                         IsoFlopBanana banana,
                         QualityQuantityCurves qualityQuantity,
                         ParallelLines parallelLines,
                         MixtureOffset.MixtureCurve mixture) {
}
