package org.scalingexplorer.engine.fit;

import java.util.List;

/**
 * Approach 2 of Hoffmann et al. 2022: one parabola per isoFLOP profile, then power laws
 * {@code N_opt = paramsLaw.coefficient * C^a} and {@code D_opt = tokensLaw.coefficient * C^b}
 * through the vertices. {@code skipped} lists budgets that gave no vertex, and why.
 */
public record Approach2Fit(int nRuns, List<IsoFlopProfile> profiles, List<SkippedGroup> skipped,
                           PowerLaw paramsLaw, PowerLaw tokensLaw) {

    /** A budget group that produced no vertex. */
    public record SkippedGroup(String label, double flops, int nRuns, String reason) {
    }

    public Approach2Fit {
        profiles = List.copyOf(profiles);
        skipped = List.copyOf(skipped);
    }

    public double aExponent() {
        return paramsLaw.exponent();
    }

    public double bExponent() {
        return tokensLaw.exponent();
    }

    public double optimalParams(double flops) {
        return paramsLaw.at(flops);
    }

    public double optimalTokens(double flops) {
        return tokensLaw.at(flops);
    }

    public double tokensPerParam(double flops) {
        return optimalTokens(flops) / optimalParams(flops);
    }
}
