package org.scalingexplorer.ui.plan;

import org.scalingexplorer.engine.fit.AsymmetricHuberLoss;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.fit.ResidualLoss;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.plan.ExperimentDesign;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.VirtualExperiment;

/**
 * Everything that decides a virtual study: the true law (the preset and its constants when the study
 * ran), the budgets and runs, the noise, the objective, the target, the seed and the repeats. A study
 * run again from the same design gives the same numbers.
 */
public record PlanDesign(LawPreset law, ScalingLaw truth, double smallestBudget, double largestBudget,
                         int budgetCount, int perBudget, double noise, NoiseModel noiseModel, String objective,
                         double lambda, double targetFlops, long seed, int repetitions) {

    /** The study the design describes; throws {@link IllegalArgumentException} naming a bad input. */
    public VirtualExperiment experiment() {
        if (!(truth instanceof ChinchillaLaw chinchilla)) {
            throw new IllegalArgumentException("the true law must have the form E + A/N^alpha + B/D^beta");
        }
        ExperimentDesign design = ExperimentDesign.budgetRange(smallestBudget, largestBudget, budgetCount, perBudget,
                ExperimentDesign.DEFAULT_SPREAD);
        if (design.size() < 5) {
            throw new IllegalArgumentException("Approach 3 fits 5 constants and needs at least 5 runs, got "
                    + design.size());
        }
        return new VirtualExperiment(chinchilla, design, noiseModel, noise, targetFlops);
    }

    /** The objective the single fit and the repeats minimise. */
    public ResidualLoss penalty() {
        return AsymmetricHuberLoss.ID.equals(objective) ? AsymmetricHuberLoss.chinchilla(lambda) : HuberLoss.chinchilla();
    }
}
