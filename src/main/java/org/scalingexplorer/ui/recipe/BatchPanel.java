package org.scalingexplorer.ui.recipe;

import org.scalingexplorer.engine.allocation.CriticalBatchLaw;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.recipe.BatchSizeTradeoff;

/**
 * What the batch-size panel shows for a law, a budget and a batch: Kaplan's B_crit at the loss the law
 * predicts for its compute-optimal run, McCandlish's hyperbola of steps against tokens traced over
 * batches from B_crit/100 to 100 B_crit (wider to reach the chosen batch), the point at the chosen batch, and
 * B_crit against loss.
 *
 * @param preset         the law
 * @param flops          the budget, read as Kaplan's C_min
 * @param batchTokens    the chosen batch B
 * @param tradeoff       B_crit, S_min, E_min at the law's predicted loss
 * @param curveSteps     S along the hyperbola
 * @param curveTokens    E along the hyperbola
 * @param lossGrid       losses for the B_crit(L) curve
 * @param criticalBatch  B_crit at each of those losses
 */
public record BatchPanel(LawPreset preset, double flops, double batchTokens, BatchSizeTradeoff tradeoff,
                         double[] curveSteps, double[] curveTokens, double[] lossGrid, double[] criticalBatch) {

    static final int CURVE_POINTS = 121;
    /** The hyperbola spans two decades of batch either side of B_crit, or more to reach the chosen batch. */
    static final double CURVE_DECADES = 2;
    static final double LOSS_FROM = 1.5;
    static final double LOSS_TO = 6;

    static BatchPanel of(LawPreset preset, ScalingLaw law, double flops, double batchTokens) {
        BatchSizeTradeoff tradeoff = BatchSizeTradeoff.forBudget(law, ComputeBudget.ofFlops(flops));
        double[] steps = new double[CURVE_POINTS];
        double[] tokens = new double[CURVE_POINTS];
        double decades = Math.max(CURVE_DECADES,
                Math.abs(Math.log10(batchTokens / tradeoff.criticalBatchTokens())) + 0.5);
        for (int i = 0; i < CURVE_POINTS; i++) {
            double log10Ratio = -decades + 2 * decades * i / (CURVE_POINTS - 1);
            double batch = tradeoff.criticalBatchTokens() * Math.pow(10, log10Ratio);
            steps[i] = tradeoff.steps(batch);
            tokens[i] = tradeoff.tokens(batch);
        }
        int lossPoints = 91;
        double[] losses = new double[lossPoints];
        double[] critical = new double[lossPoints];
        for (int i = 0; i < lossPoints; i++) {
            losses[i] = LOSS_FROM + (LOSS_TO - LOSS_FROM) * i / (lossPoints - 1);
            critical[i] = CriticalBatchLaw.KAPLAN_2020.criticalBatchTokens(losses[i]);
        }
        return new BatchPanel(preset, flops, batchTokens, tradeoff, steps, tokens, losses, critical);
    }

    /** S at the chosen batch. */
    public double steps() {
        return tradeoff.steps(batchTokens);
    }

    /** E at the chosen batch. */
    public double tokens() {
        return tradeoff.tokens(batchTokens);
    }

    /** 6 N E(B): what the run costs at the chosen batch, against the budget. */
    public double flopsAtBatch() {
        return tradeoff.flops(batchTokens);
    }

    /** Kaplan's Table 6 batch for the budget, valid along Kaplan's own allocation only. */
    public double kaplanTableBatchTokens() {
        return BatchSizeTradeoff.kaplanTableBatchTokens(ComputeBudget.ofFlops(flops));
    }
}
