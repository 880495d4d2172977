package org.scalingexplorer.engine.allocation;

import org.scalingexplorer.engine.law.ChinchillaLaw;

/**
 * Closed-form optimum of {@code E + A/N^alpha + B/D^beta} under C = 6ND (science.md section 3):
 * {@code N_opt = G (C/6)^a}, {@code D_opt = (1/G) (C/6)^b}, {@code G = (alpha A / (beta B))^(1/(alpha+beta))},
 * {@code a = beta/(alpha+beta)}, {@code b = alpha/(alpha+beta)}.
 */
public record ChinchillaOptimum(double g, double paramsExponent, double tokensExponent) {

    public static ChinchillaOptimum of(ChinchillaLaw law) {
        double sum = law.alpha() + law.beta();
        double g = Math.pow(law.alpha() * law.paramsCoefficient() / (law.beta() * law.tokensCoefficient()), 1 / sum);
        return new ChinchillaOptimum(g, law.beta() / sum, law.alpha() / sum);
    }

    public double params(double flops) {
        return g * Math.pow(flops / 6, paramsExponent);
    }

    public double tokens(double flops) {
        return Math.pow(flops / 6, tokensExponent) / g;
    }
}
