package org.scalingexplorer.engine.allocation;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * How a published model sits against a law's compute-optimal frontier at its own budget C = 6ND.
 *
 * @param model            the model judged
 * @param rule             which compute-optimal split it is compared with
 * @param loss             the loss the law predicts for the model, L(N, D)
 * @param computeOptimal   the compute-optimal model of the same budget under the law
 * @param flopsToMatchLoss the budget at which a compute-optimal model reaches the model's loss
 */
public record ReferenceVerdict(ReferenceModel model, OptimumRule rule, double loss, Allocation computeOptimal,
                               double flopsToMatchLoss) {

    public static ReferenceVerdict of(ReferenceModel model, ScalingLaw law, OptimumRule rule) {
        ComputeBudget budget = model.budget();
        Allocation optimum = rule.allocate(law, budget);
        double loss = law.loss(model.params(), model.tokens());
        return new ReferenceVerdict(model, rule, loss, optimum, flopsToReach(law, rule, loss));
    }

    /**
     * The budget whose compute-optimal model reaches {@code loss}: a root of L_opt(C) - loss on ln C,
     * bracketed by the budgets the app accepts. The compute-optimal loss falls steadily with C, so the
     * root is unique when it exists.
     */
    public static double flopsToReach(ScalingLaw law, OptimumRule rule, double loss) {
        double lnLow = Math.log(ComputeBudget.MIN_FLOPS);
        double lnHigh = Math.log(ComputeBudget.MAX_FLOPS);
        UnivariateFunction gap =
                lnC -> rule.allocate(law, ComputeBudget.ofFlops(withinBudgetRange(Math.exp(lnC)))).loss() - loss;
        if (gap.value(lnLow) < 0 || gap.value(lnHigh) > 0) {
            throw new IllegalArgumentException("no budget between " + ComputeBudget.MIN_FLOPS + " and "
                    + ComputeBudget.MAX_FLOPS + " FLOPs reaches loss " + loss + " compute-optimally");
        }
        double lnFlops = new BrentSolver(1e-12, 1e-10).solve(500, gap, lnLow, lnHigh);
        return withinBudgetRange(Math.exp(lnFlops));
    }

    /** exp(ln C) can land a rounding error outside the range the bracket came from. */
    private static double withinBudgetRange(double flops) {
        return Math.min(Math.max(flops, ComputeBudget.MIN_FLOPS), ComputeBudget.MAX_FLOPS);
    }

    public double flops() {
        return model.flops();
    }

    /** N / N_opt(C): above 1 the model is over-sized (under-trained) for its budget, below 1 under-sized. */
    public double sizeRatio() {
        return model.params() / computeOptimal.params();
    }

    public boolean oversized() {
        return sizeRatio() > 1;
    }

    public double tokensPerParam() {
        return model.tokensPerParam();
    }

    /** The loss the compute-optimal model of the same budget reaches. */
    public double computeOptimalLoss() {
        return computeOptimal.loss();
    }

    /** How many times more compute the model spent than a compute-optimal model needs for its loss. */
    public double computeOverspend() {
        return flops() / flopsToMatchLoss;
    }
}
