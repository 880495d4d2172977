package org.scalingexplorer.engine.allocation;

/**
 * Kaplan 2020 Table 6, compute-efficient training with C_min in PF-days and non-embedding N:
 * {@code N_opt = 1.3e9 C^0.73}, {@code D_opt = 2e10 C^0.27} (one epoch),
 * {@code B = 2.0e6 C^0.24} tokens, {@code S_min = 5.4e3 C^0.03} steps.
 */
public final class KaplanEfficientFrontier {
    public static final double PARAMS_COEFFICIENT = 1.3e9;
    public static final double PARAMS_EXPONENT = 0.73;
    public static final double TOKENS_COEFFICIENT = 2e10;
    public static final double TOKENS_EXPONENT = 0.27;

    private KaplanEfficientFrontier() {
    }

    public static double params(double pfDays) {
        return PARAMS_COEFFICIENT * Math.pow(pfDays, PARAMS_EXPONENT);
    }

    /**
     * Table 6's own D_opt. It assumes Kaplan's C_min (compute at the critical batch), so 6 N D is not
     * exactly C: the app shows it as Kaplan's figure but allocates D = C / (6 N_opt).
     */
    public static double publishedTokens(double pfDays) {
        return TOKENS_COEFFICIENT * Math.pow(pfDays, TOKENS_EXPONENT);
    }
}
