package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * The outcome of an Approach 3 fit: the best point over all starts, its objective (the sum of
 * Huber terms of science.md section 3), and whether the minimiser met its stopping test there.
 * {@code promisingStarts} are grid starts that led to the best distinct optima; a bootstrap
 * resample starts from them and from the optimum. Every number is finite: a fit whose constants
 * overflow is refused with an {@link ArithmeticException} rather than returned.
 */
public record Approach3Fit(LogSpaceParameters optimum, double objective, int nRuns, int starts,
                           boolean converged, String status, List<LogSpaceParameters> promisingStarts) {

    public Approach3Fit {
        Require.finiteResult("objective", objective);
        Require.finiteResult("E = exp(e)", Math.exp(optimum.e()));
        Require.finiteResult("A = exp(a)", Math.exp(optimum.a()));
        Require.finiteResult("B = exp(b)", Math.exp(optimum.b()));
        Require.finiteResult("alpha", optimum.alpha());
        Require.finiteResult("beta", optimum.beta());
        promisingStarts = List.copyOf(promisingStarts);
    }

    /**
     * The free Chinchilla form's fit as an Approach 3 fit (the same coordinates a, b, e, alpha, beta),
     * for what still refits by Approach 3 from an optimum (the next-run advisor).
     */
    public static Approach3Fit of(FormFit fit) {
        if (fit.form() != ChinchillaForm.FREE) {
            throw new IllegalArgumentException("an Approach 3 fit is the free Chinchilla form, not " + fit.form().id());
        }
        LogSpaceParameters optimum = LogSpaceParameters.of(fit.point());
        return new Approach3Fit(optimum, fit.objective(), fit.nRuns(), fit.starts(), fit.converged(), fit.status(),
                List.of(optimum));
    }

    /** E: the irreducible loss. */
    public double irreducible() {
        return Math.exp(optimum.e());
    }

    /** A. */
    public double paramsCoefficient() {
        return Math.exp(optimum.a());
    }

    /** B. */
    public double tokensCoefficient() {
        return Math.exp(optimum.b());
    }

    public double alpha() {
        return optimum.alpha();
    }

    public double beta() {
        return optimum.beta();
    }

    /** E + A/N^alpha + B/D^beta at the fitted point, whatever the signs of the exponents. */
    public double predictLoss(double params, double tokens) {
        return Require.finiteResult("predicted loss", irreducible() + paramsCoefficient() * Math.pow(params, -alpha())
                + tokensCoefficient() * Math.pow(tokens, -beta()));
    }

    /**
     * The fitted law, present when it is a law of the Chinchilla form (positive A, B and exponents);
     * a fit with a non-positive exponent has no compute-optimal allocation.
     */
    public Optional<ChinchillaLaw> law() {
        if (alpha() > 0 && beta() > 0 && paramsCoefficient() > 0 && tokensCoefficient() > 0) {
            return Optional.of(new ChinchillaLaw(irreducible(), paramsCoefficient(), tokensCoefficient(), alpha(), beta()));
        }
        return Optional.empty();
    }

    /** beta / (alpha + beta): the exponent of N_opt in C. */
    public OptionalDouble aExponent() {
        return law().map(l -> OptionalDouble.of(ChinchillaOptimum.of(l).paramsExponent())).orElse(OptionalDouble.empty());
    }

    /** alpha / (alpha + beta): the exponent of D_opt in C. */
    public OptionalDouble bExponent() {
        return law().map(l -> OptionalDouble.of(ChinchillaOptimum.of(l).tokensExponent())).orElse(OptionalDouble.empty());
    }

    public OptionalDouble optimalParams(double flops) {
        return law().map(l -> OptionalDouble.of(ChinchillaOptimum.of(l).params(flops))).orElse(OptionalDouble.empty());
    }

    public OptionalDouble optimalTokens(double flops) {
        return law().map(l -> OptionalDouble.of(ChinchillaOptimum.of(l).tokens(flops))).orElse(OptionalDouble.empty());
    }

    /** D_opt / N_opt at a budget of {@code flops}. */
    public OptionalDouble tokensPerParam(double flops) {
        return law().map(l -> {
            ChinchillaOptimum optimum = ChinchillaOptimum.of(l);
            return OptionalDouble.of(optimum.tokens(flops) / optimum.params(flops));
        }).orElse(OptionalDouble.empty());
    }
}
