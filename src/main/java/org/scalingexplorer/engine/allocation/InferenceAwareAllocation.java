package org.scalingexplorer.engine.allocation;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Beyond Chinchilla (Sardana et al. 2023, science.md section 8): a model that will serve
 * {@code inferenceTokens} tokens should minimise its lifetime compute {@code 6 N D_train + 2 N D_inf},
 * not its training compute alone, at the same quality. The quality kept is the loss of the
 * compute-optimal model of the budget (the bottom of its isoFLOP banana); the answer is a smaller model
 * trained on more tokens, and with no inference it is that compute-optimal model itself.
 *
 * @param inferenceTokens D_inf, tokens the model will process at inference
 * @param computeOptimal  the compute-optimal model of the training budget, whose loss is the target
 * @param params          N of the inference-aware model
 * @param trainingTokens  D_train of the inference-aware model
 * @param loss            its loss, equal to the target up to rounding
 */
public record InferenceAwareAllocation(double inferenceTokens, Allocation computeOptimal, double params,
                                       double trainingTokens, double loss) {

    /** Inference costs about 2N FLOPs per token: the forward pass only. */
    public static final double INFERENCE_FLOPS_PER_PARAM_TOKEN = 2;

    public static InferenceAwareAllocation of(ScalingLaw law, ComputeBudget budget, double inferenceTokens) {
        Require.nonNegative("inferenceTokens", inferenceTokens);
        Allocation optimum = OptimumRule.LOSS_MINIMUM.allocate(law, budget);
        double targetLoss = optimum.loss();
        // Below the floor no data reaches the target; a hair above it D is astronomical but finite, so the
        // search never evaluates an infinity. Above N_opt both training and inference compute grow with N,
        // so the optimum is never larger than N_opt.
        double lnLow = Math.log(LawInverse.paramsFloor(law, targetLoss)) + 1e-6;
        double lnHigh = Math.log(optimum.params()) + Math.log(1.5);
        double lnParams = new BrentOptimizer(1e-12, 1e-12).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(lnN -> {
                    double params = Math.exp(lnN);
                    return lifetimeFlops(params, LawInverse.tokensFor(law, params, targetLoss), inferenceTokens);
                }),
                GoalType.MINIMIZE, new SearchInterval(lnLow, lnHigh, Math.log(optimum.params()))).getPoint();
        double params = Math.exp(lnParams);
        double tokens = LawInverse.tokensFor(law, params, targetLoss);
        return new InferenceAwareAllocation(inferenceTokens, optimum, params, tokens,
                Require.finiteResult("loss", law.loss(params, tokens)));
    }

    private static double lifetimeFlops(double params, double trainingTokens, double inferenceTokens) {
        return params * (ComputeBudget.FLOPS_PER_PARAM_TOKEN * trainingTokens
                + INFERENCE_FLOPS_PER_PARAM_TOKEN * inferenceTokens);
    }

    public double trainingFlops() {
        return ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * trainingTokens;
    }

    public double inferenceFlops() {
        return INFERENCE_FLOPS_PER_PARAM_TOKEN * params * inferenceTokens;
    }

    public double totalFlops() {
        return lifetimeFlops(params, trainingTokens, inferenceTokens);
    }

    /** Lifetime compute of the compute-optimal model serving the same inference tokens. */
    public double computeOptimalTotalFlops() {
        return lifetimeFlops(computeOptimal.params(), computeOptimal.tokens(), inferenceTokens);
    }

    public double tokensPerParam() {
        return trainingTokens / params;
    }
}
