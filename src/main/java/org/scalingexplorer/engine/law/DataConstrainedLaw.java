package org.scalingexplorer.engine.law;

import java.util.List;
import org.scalingexplorer.engine.Require;

/**
 * The data-constrained law of Muennighoff et al. 2023 (science.md section 5), the Chinchilla form
 * with effective tokens D' and effective parameters N' in place of D and N:
 * {@code L(N, D, U_D) = E + A / N'^alpha + B / D'^beta}.
 *
 * <ul>
 *   <li>{@code D' = U_D + U_D R_D* (1 - exp(-R_D / R_D*))}, {@code R_D = max(D/U_D - 1, 0)}: repeated
 *       tokens are worth less each epoch.</li>
 *   <li>{@code N' = U_N + U_N R_N* (1 - exp(-R_N / R_N*))}, {@code U_N = min(N, N_for(U_D))},
 *       {@code R_N = max(N/U_N - 1, 0)}: parameters beyond the compute-optimal size for the unique
 *       data, {@code N_for(D) = G (D G)^(beta/alpha)} with G of science.md section 3, are worth less
 *       the more of them there are.</li>
 * </ul>
 *
 * <p>U_D here is the unique tokens the run actually sees: a pool larger than D contributes only D
 * of them, so the law uses {@code min(uniqueTokens, tokens)}. The authors' code takes U_D = D when
 * no pool is given, which is the same rule; without it a big pool would count tokens never trained on.
 *
 * <p>Not a {@link ScalingLaw}: it needs a third argument, and the sealed set of two-argument laws is
 * what the law views chart. Two "fresh data" baselines: {@link #freshLoss} is this law with every
 * token new (U_D = D, the authors' default), where a model far larger than N_for(D) still pays for
 * its excess parameters; {@link #freshDataLaw()} is Hoffmann's form with the same constants and no
 * such cap. They agree at and below N_for(D), so both have the same compute-optimal allocation.
 */
public record DataConstrainedLaw(double irreducible, double paramsCoefficient, double tokensCoefficient,
                                 double alpha, double beta,
                                 double repeatedTokensDecay, double excessParamsDecay) {

    public static final String E = ChinchillaLaw.E;
    public static final String A = ChinchillaLaw.A;
    public static final String B = ChinchillaLaw.B;
    public static final String ALPHA = ChinchillaLaw.ALPHA;
    public static final String BETA = ChinchillaLaw.BETA;
    public static final String R_D_STAR = "R_D_star";
    public static final String R_N_STAR = "R_N_star";

    public static final Citation CITATION = new Citation("Muennighoff et al.", 2023,
            "Scaling Data-Constrained Language Models", "2305.16264");

    /**
     * The authors' fit on C4 (huggingface/datablations, README "Parametric Fit"), given there as
     * natural logs: a = 6.255414, b = 7.3049974, e = 0.6254804.
     */
    public static final DataConstrainedLaw MUENNIGHOFF_2023 = new DataConstrainedLaw(
            Math.exp(0.6254804), Math.exp(6.255414), Math.exp(7.3049974),
            0.3526596, 0.3526596, 15.387756, 5.309743);

    public DataConstrainedLaw {
        Require.nonNegative(E, irreducible);
        Require.positive(A, paramsCoefficient);
        Require.positive(B, tokensCoefficient);
        Require.positive(ALPHA, alpha);
        Require.positive(BETA, beta);
        Require.positive(R_D_STAR, repeatedTokensDecay);
        Require.positive(R_N_STAR, excessParamsDecay);
    }

    /** L(N, D, U_D) in nats per token. */
    public double loss(double params, double tokens, double uniqueTokens) {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        Require.positive("uniqueTokens", uniqueTokens);
        return unchecked(params, tokens, uniqueTokens);
    }

    /** L(N, D) with every token new: U_D = D, so D' = D. */
    public double freshLoss(double params, double tokens) {
        return loss(params, tokens, tokens);
    }

    /** D': the number of new tokens that would be worth as much as D tokens drawn from U_D unique ones. */
    public double effectiveTokens(double tokens, double uniqueTokens) {
        Require.positive("tokens", tokens);
        Require.positive("uniqueTokens", uniqueTokens);
        double seen = Math.min(uniqueTokens, tokens);
        return RepetitionDecay.effective(seen, tokens, repeatedTokensDecay);
    }

    /** N': the number of parameters that would be worth as much as N, given U_D unique tokens. */
    public double effectiveParams(double params, double tokens, double uniqueTokens) {
        Require.positive("params", params);
        Require.positive("tokens", tokens);
        Require.positive("uniqueTokens", uniqueTokens);
        double usefulParams = Math.min(params, paramsForTokens(Math.min(uniqueTokens, tokens)));
        return RepetitionDecay.effective(usefulParams, params, excessParamsDecay);
    }

    /**
     * N_for(D) = G (D G)^(beta/alpha): the compute-optimal model size for D tokens under the fresh-data
     * law, i.e. the N whose closed-form optimum (science.md section 3) trains on D tokens.
     */
    public double paramsForTokens(double tokens) {
        double g = optimumScale();
        return g * Math.pow(tokens * g, beta / alpha);
    }

    /** G = (alpha A / (beta B))^(1/(alpha+beta)), as in science.md section 3. */
    public double optimumScale() {
        return Math.pow(alpha * paramsCoefficient / (beta * tokensCoefficient), 1 / (alpha + beta));
    }

    /**
     * This law with U_D fixed, for optimisers that evaluate it thousands of times per slider step:
     * G and N_for(U_D) are worked out once instead of at every call.
     */
    public PoolLoss withUniqueTokens(double uniqueTokens) {
        Require.positive("uniqueTokens", uniqueTokens);
        return new PoolLoss(this, uniqueTokens);
    }

    double unchecked(double params, double tokens, double uniqueTokens) {
        double seen = Math.min(uniqueTokens, tokens);
        return lossOfEffective(params, tokens, seen, paramsForTokens(seen));
    }

    double lossOfEffective(double params, double tokens, double seenUniqueTokens, double paramsForSeen) {
        double effectiveTokens = RepetitionDecay.effective(seenUniqueTokens, tokens, repeatedTokensDecay);
        double usefulParams = Math.min(params, paramsForSeen);
        double effectiveParams = RepetitionDecay.effective(usefulParams, params, excessParamsDecay);
        return irreducible + paramsCoefficient * Math.pow(effectiveParams, -alpha)
                + tokensCoefficient * Math.pow(effectiveTokens, -beta);
    }

    /** The same constants with every token new and no cap on useful parameters: Hoffmann's form. */
    public ChinchillaLaw freshDataLaw() {
        return new ChinchillaLaw(irreducible, paramsCoefficient, tokensCoefficient, alpha, beta);
    }

    /** A copy with another irreducible loss, e.g. for a data pool of different quality. */
    public DataConstrainedLaw withIrreducible(double value) {
        return new DataConstrainedLaw(value, paramsCoefficient, tokensCoefficient, alpha, beta,
                repeatedTokensDecay, excessParamsDecay);
    }

    /** The constants in a stable order, each with the key {@link #withConstant} accepts. */
    public List<LawConstant> constants() {
        return List.of(new LawConstant(E, irreducible), new LawConstant(A, paramsCoefficient),
                new LawConstant(B, tokensCoefficient), new LawConstant(ALPHA, alpha),
                new LawConstant(BETA, beta), new LawConstant(R_D_STAR, repeatedTokensDecay),
                new LawConstant(R_N_STAR, excessParamsDecay));
    }

    public DataConstrainedLaw withConstant(String key, double value) {
        double[] c = {irreducible, paramsCoefficient, tokensCoefficient, alpha, beta,
                repeatedTokensDecay, excessParamsDecay};
        int index = switch (key) {
            case E -> 0;
            case A -> 1;
            case B -> 2;
            case ALPHA -> 3;
            case BETA -> 4;
            case R_D_STAR -> 5;
            case R_N_STAR -> 6;
            default -> throw new IllegalArgumentException("DataConstrainedLaw has no constant " + key);
        };
        c[index] = value;
        return new DataConstrainedLaw(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    }
}
