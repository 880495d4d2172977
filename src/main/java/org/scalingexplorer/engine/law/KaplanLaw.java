package org.scalingexplorer.engine.law;

import java.util.List;
import org.scalingexplorer.engine.Require;

/**
 * Kaplan et al. 2020 (science.md section 2). N counts non-embedding parameters.
 * {@code L(N) = (N_c/N)^alpha_N}, {@code L(D) = (D_c/D)^alpha_D},
 * {@code L(N, D) = [(N_c/N)^(alpha_N/alpha_D) + D_c/D]^alpha_D}, and the compute law
 * {@code L(C_min) = (C_c_min / C_min)^alpha_C_min} with C in PF-days.
 */
public record KaplanLaw(double alphaN, double alphaD, double criticalParams, double criticalTokens,
                        double alphaCMin, double criticalComputePfDays) implements ScalingLaw {

    public static final String ALPHA_N = "alpha_N";
    public static final String ALPHA_D = "alpha_D";
    public static final String N_C = "N_c";
    public static final String D_C = "D_c";
    public static final String ALPHA_C_MIN = "alpha_C_min";
    public static final String C_C_MIN = "C_c_min";

    public KaplanLaw {
        Require.positive(ALPHA_N, alphaN);
        Require.positive(ALPHA_D, alphaD);
        Require.positive(N_C, criticalParams);
        Require.positive(D_C, criticalTokens);
        Require.positive(ALPHA_C_MIN, alphaCMin);
        Require.positive(C_C_MIN, criticalComputePfDays);
    }

    @Override
    public double loss(double params, double tokens) {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        // The same formula in log space: with alpha_N / alpha_D up to 30 (the sliders' reach), the params
        // part alone overflows a double at small N while the loss itself stays modest.
        double logParamsPart = alphaN / alphaD * Math.log(criticalParams / params);
        double logTokensPart = Math.log(criticalTokens / tokens);
        double larger = Math.max(logParamsPart, logTokensPart);
        double logSum = larger + Math.log1p(Math.exp(Math.min(logParamsPart, logTokensPart) - larger));
        return Math.exp(alphaD * logSum);
    }

    @Override
    public double lossOfParams(double params) {
        Require.positive("params", params);
        return Math.pow(criticalParams / params, alphaN);
    }

    @Override
    public double lossOfTokens(double tokens) {
        Require.positive("tokens", tokens);
        return Math.pow(criticalTokens / tokens, alphaD);
    }

    /** Kaplan's L(C_min), compute in PF-days at the compute-efficient frontier. */
    public double lossOfMinCompute(double pfDays) {
        Require.positive("pfDays", pfDays);
        return Math.pow(criticalComputePfDays / pfDays, alphaCMin);
    }

    @Override
    public double irreducibleLoss() {
        return 0;
    }

    @Override
    public List<LawConstant> constants() {
        return List.of(new LawConstant(ALPHA_N, alphaN), new LawConstant(ALPHA_D, alphaD),
                new LawConstant(N_C, criticalParams), new LawConstant(D_C, criticalTokens),
                new LawConstant(ALPHA_C_MIN, alphaCMin), new LawConstant(C_C_MIN, criticalComputePfDays));
    }

    @Override
    public KaplanLaw withConstant(String key, double value) {
        return switch (key) {
            case ALPHA_N -> new KaplanLaw(value, alphaD, criticalParams, criticalTokens, alphaCMin, criticalComputePfDays);
            case ALPHA_D -> new KaplanLaw(alphaN, value, criticalParams, criticalTokens, alphaCMin, criticalComputePfDays);
            case N_C -> new KaplanLaw(alphaN, alphaD, value, criticalTokens, alphaCMin, criticalComputePfDays);
            case D_C -> new KaplanLaw(alphaN, alphaD, criticalParams, value, alphaCMin, criticalComputePfDays);
            case ALPHA_C_MIN -> new KaplanLaw(alphaN, alphaD, criticalParams, criticalTokens, value, criticalComputePfDays);
            case C_C_MIN -> new KaplanLaw(alphaN, alphaD, criticalParams, criticalTokens, alphaCMin, value);
            default -> throw new IllegalArgumentException("KaplanLaw has no constant " + key);
        };
    }
}
