package org.scalingexplorer.ui.recipe;

import java.util.List;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.recipe.HyperparameterAdvice;
import org.scalingexplorer.engine.recipe.HyperparameterAdvisor;
import org.scalingexplorer.engine.recipe.BatchSizeTradeoff;

/**
 * What the learning-rate panel shows: DeepSeek LLM's and Step Law's learning rate and batch against
 * compute, each fed the active law's compute-optimal run, the user's budget marked, and Kaplan's
 * B_crit at the law's loss along the same runs for comparison.
 *
 * @param preset          the law whose allocation feeds both fitted laws
 * @param flops           the user's budget
 * @param atBudget        both laws' advice at the budget, DeepSeek first
 * @param flopsGrid       budgets of the curves
 * @param deepSeek        DeepSeek's advice at each budget
 * @param stepLaw         Step Law's advice at each budget
 * @param criticalBatch   Kaplan's B_crit at the law's predicted loss at each budget
 * @param criticalBatchAtBudget Kaplan's B_crit for the run at the user's budget
 */
public record HyperPanel(LawPreset preset, double flops, List<HyperparameterAdvice> atBudget, double[] flopsGrid,
                         List<HyperparameterAdvice> deepSeek, List<HyperparameterAdvice> stepLaw,
                         double[] criticalBatch, double criticalBatchAtBudget) {

    static final double FLOPS_FROM = 1e18;
    static final double FLOPS_TO = 1e27;
    static final int POINTS = 46;

    public HyperPanel {
        atBudget = List.copyOf(atBudget);
        deepSeek = List.copyOf(deepSeek);
        stepLaw = List.copyOf(stepLaw);
    }

    /** The curves against compute, which depend on the law only: a budget drag reuses them. */
    record Curves(double[] flopsGrid, List<HyperparameterAdvice> deepSeek, List<HyperparameterAdvice> stepLaw,
                  double[] criticalBatch) {
        static Curves of(LawPreset preset, ScalingLaw law) {
            List<List<HyperparameterAdvice>> series = HyperparameterAdvisor.against(law, preset.countsEmbeddings(),
                    FLOPS_FROM, FLOPS_TO, POINTS);
            double[] grid = series.stream().mapToDouble(pair -> pair.get(0).flops()).toArray();
            double[] critical = new double[grid.length];
            for (int i = 0; i < grid.length; i++) {
                critical[i] = BatchSizeTradeoff.forBudget(law, ComputeBudget.ofFlops(grid[i])).criticalBatchTokens();
            }
            return new Curves(grid, series.stream().map(pair -> pair.get(0)).toList(),
                    series.stream().map(pair -> pair.get(1)).toList(), critical);
        }
    }

    static HyperPanel of(LawPreset preset, ScalingLaw law, double flops, Curves curves) {
        return new HyperPanel(preset, flops,
                HyperparameterAdvisor.at(law, preset.countsEmbeddings(), ComputeBudget.ofFlops(flops)),
                curves.flopsGrid(), curves.deepSeek(), curves.stepLaw(), curves.criticalBatch(),
                BatchSizeTradeoff.forBudget(law, ComputeBudget.ofFlops(flops)).criticalBatchTokens());
    }

    public HyperparameterAdvice deepSeekAtBudget() {
        return atBudget.get(0);
    }

    public HyperparameterAdvice stepLawAtBudget() {
        return atBudget.get(1);
    }
}
