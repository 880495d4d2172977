package org.scalingexplorer.ui.recipe;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.recipe.EmbeddingCount;
import org.scalingexplorer.engine.recipe.OverfittingBound;

/**
 * What the data-balance panel shows: Kaplan's overfitting bound {@code D >= 5e3 N^0.74} (non-embedding
 * N), every law's compute-optimal runs against it, the run the budget buys under the active law, and
 * the published models. Sizes that count embeddings are converted with Pearce and Song's embedding
 * count, so every point sits on the axis the bound is stated on.
 *
 * @param preset        the active law
 * @param flops         the budget
 * @param params        the active law's N_opt at the budget, without embeddings
 * @param tokens        its D
 * @param minTokens     the bound's fewest tokens for that N
 * @param frontiers     per law, its compute-optimal (N without embeddings, D) from 1e18 to 1e27 FLOPs
 * @param boundParams   sizes along the bound line
 * @param boundTokens   the bound's D at each
 * @param models        the published models
 * @param modelParams   their N without embeddings
 */
public record BalancePanel(LawPreset preset, double flops, double params, double tokens, double minTokens,
                           Map<LawPreset, double[][]> frontiers, double[] boundParams, double[] boundTokens,
                           List<ReferenceModel> models, double[] modelParams) {

    static final double LOG10_FLOPS_FROM = 18;
    static final double LOG10_FLOPS_TO = 27;
    static final int FRONTIER_POINTS = 37;
    static final double BOUND_PARAMS_FROM = 1e6;
    static final double BOUND_PARAMS_TO = 1e13;

    public BalancePanel {
        frontiers = Map.copyOf(frontiers);
        models = List.copyOf(models);
    }

    /** Every law's compute-optimal (N without embeddings, D) over the budgets: depends on the laws only. */
    static Map<LawPreset, double[][]> frontiers(Map<LawPreset, ScalingLaw> laws) {
        Map<LawPreset, double[][]> frontiers = new java.util.EnumMap<>(LawPreset.class);
        for (LawPreset preset : LawPreset.values()) {
            double[] params = new double[FRONTIER_POINTS];
            double[] tokens = new double[FRONTIER_POINTS];
            for (int i = 0; i < FRONTIER_POINTS; i++) {
                double budget = Math.pow(10, LOG10_FLOPS_FROM
                        + (LOG10_FLOPS_TO - LOG10_FLOPS_FROM) * i / (FRONTIER_POINTS - 1));
                Allocation allocation = ComputeOptimalAllocator.allocate(laws.get(preset), ComputeBudget.ofFlops(budget));
                params[i] = nonEmbedding(preset, allocation.params());
                tokens[i] = allocation.tokens();
            }
            frontiers.put(preset, new double[][] {params, tokens});
        }
        return frontiers;
    }

    static BalancePanel of(LawPreset active, ScalingLaw law, double flops, Map<LawPreset, double[][]> frontiers,
                           List<ReferenceModel> models, double[] modelParams) {
        Allocation run = ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(flops));
        double params = nonEmbedding(active, run.params());
        double[] boundParams = new double[FRONTIER_POINTS];
        double[] boundTokens = new double[FRONTIER_POINTS];
        for (int i = 0; i < FRONTIER_POINTS; i++) {
            boundParams[i] = BOUND_PARAMS_FROM * Math.pow(BOUND_PARAMS_TO / BOUND_PARAMS_FROM, i / (FRONTIER_POINTS - 1.0));
            boundTokens[i] = OverfittingBound.minTokens(boundParams[i]);
        }
        return new BalancePanel(active, flops, params, run.tokens(), OverfittingBound.minTokens(params), frontiers,
                boundParams, boundTokens, models, modelParams);
    }

    /** Published models' sizes without embeddings (Pearce and Song's count), in catalogue order. */
    static double[] nonEmbeddingSizes(List<ReferenceModel> models) {
        return models.stream().mapToDouble(m -> EmbeddingCount.PEARCE_SONG_2024.nonEmbeddingParams(m.params()))
                .toArray();
    }

    /** D / (5e3 N^0.74) of the run: 1 or more is on the safe side. */
    public double margin() {
        return tokens / minTokens;
    }

    private static double nonEmbedding(LawPreset preset, double params) {
        return preset.countsEmbeddings() ? EmbeddingCount.PEARCE_SONG_2024.nonEmbeddingParams(params) : params;
    }
}
