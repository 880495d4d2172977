package org.scalingexplorer.engine.plan;

import java.util.Optional;
import java.util.OptionalDouble;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * What a fit of simulated runs recovered, set against the law that generated them: the five
 * constants, the compute-optimal exponent a (N_opt proportional to C^a), and the loss the fit
 * extrapolates to at {@code targetFlops} (the minimum of the fitted law along C = 6ND) against the
 * true minimum there.
 */
public record Recovery(ChinchillaLaw truth, Approach3Fit fit, String penaltyId, double targetFlops) {

    /** The constants in report order. */
    public static final String[] CONSTANTS = {ChinchillaLaw.E, ChinchillaLaw.A, ChinchillaLaw.B, ChinchillaLaw.ALPHA,
        ChinchillaLaw.BETA};

    public double trueConstant(String name) {
        return switch (name) {
            case ChinchillaLaw.E -> truth.irreducible();
            case ChinchillaLaw.A -> truth.paramsCoefficient();
            case ChinchillaLaw.B -> truth.tokensCoefficient();
            case ChinchillaLaw.ALPHA -> truth.alpha();
            case ChinchillaLaw.BETA -> truth.beta();
            default -> throw new IllegalArgumentException("no constant " + name);
        };
    }

    public double recoveredConstant(String name) {
        return switch (name) {
            case ChinchillaLaw.E -> fit.irreducible();
            case ChinchillaLaw.A -> fit.paramsCoefficient();
            case ChinchillaLaw.B -> fit.tokensCoefficient();
            case ChinchillaLaw.ALPHA -> fit.alpha();
            case ChinchillaLaw.BETA -> fit.beta();
            default -> throw new IllegalArgumentException("no constant " + name);
        };
    }

    /** (recovered - true) / true. */
    public double relativeError(String name) {
        return (recoveredConstant(name) - trueConstant(name)) / trueConstant(name);
    }

    /** The fitted law, absent when an exponent or coefficient came out non-positive. */
    public Optional<ChinchillaLaw> recoveredLaw() {
        return fit.law();
    }

    /** beta / (alpha + beta) of the true law. */
    public double trueParamsExponent() {
        return ChinchillaOptimum.of(truth).paramsExponent();
    }

    public OptionalDouble recoveredParamsExponent() {
        return fit.aExponent();
    }

    /** The lowest loss the true law allows at the target budget. */
    public double trueOptimalLoss() {
        return optimalLoss(truth, targetFlops);
    }

    /** The lowest loss the fitted law promises at the target budget. */
    public OptionalDouble extrapolatedLoss() {
        return recoveredLaw().map(law -> finiteOptimalLoss(law, targetFlops)).orElse(OptionalDouble.empty());
    }

    /** (extrapolated - true optimal loss) / true optimal loss at the target budget. */
    public OptionalDouble extrapolationError() {
        OptionalDouble extrapolated = extrapolatedLoss();
        if (extrapolated.isEmpty()) {
            return OptionalDouble.empty();
        }
        double trueLoss = trueOptimalLoss();
        return OptionalDouble.of((extrapolated.getAsDouble() - trueLoss) / trueLoss);
    }

    /**
     * The true loss of the model the fit recommends at the target budget: never below
     * {@link #trueOptimalLoss()}; the gap is what following the fit costs.
     */
    public OptionalDouble trueLossAtFittedAllocation() {
        return recoveredLaw().map(law -> {
            ChinchillaOptimum optimum = ChinchillaOptimum.of(law);
            double params = optimum.params(targetFlops);
            double tokens = optimum.tokens(targetFlops);
            return finitePositive(params) && finitePositive(tokens) ? OptionalDouble.of(truth.loss(params, tokens))
                    : OptionalDouble.empty();
        }).orElse(OptionalDouble.empty());
    }

    /**
     * The optimal loss of a fitted law, or empty when its optimum is no model at all: a fit of
     * extreme data can put N_opt at infinity or 0 even with positive exponents.
     */
    private static OptionalDouble finiteOptimalLoss(ChinchillaLaw law, double flops) {
        ChinchillaOptimum optimum = ChinchillaOptimum.of(law);
        double params = optimum.params(flops);
        double tokens = optimum.tokens(flops);
        if (!finitePositive(params) || !finitePositive(tokens)) {
            return OptionalDouble.empty();
        }
        double loss = law.loss(params, tokens);
        return Double.isFinite(loss) ? OptionalDouble.of(loss) : OptionalDouble.empty();
    }

    private static boolean finitePositive(double value) {
        return Double.isFinite(value) && value > 0;
    }

    static double optimalLoss(ChinchillaLaw law, double flops) {
        ChinchillaOptimum optimum = ChinchillaOptimum.of(law);
        return law.loss(optimum.params(flops), optimum.tokens(flops));
    }
}
