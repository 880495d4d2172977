package org.scalingexplorer.engine.law;

/**
 * The diminishing-returns rule of Muennighoff et al. 2023 (science.md section 5), shared by tokens
 * and parameters: of {@code total} units of which only {@code unique} are new, the repeats
 * {@code R = max(total/unique - 1, 0)} are worth {@code unique * decay * (1 - exp(-R / decay))},
 * so the effective count is {@code unique + unique * decay * (1 - exp(-R / decay))}.
 *
 * <p>The k-th repeat is worth {@code exp(-k / decay)} of a new unit: after {@code decay} repeats a
 * repeat is worth 1/e, and however often one repeats, the effective count never passes
 * {@code unique * (1 + decay)}.
 */
final class RepetitionDecay {
    private RepetitionDecay() {
    }

    /** Callers validate their arguments; this sits in the inner loop of every optimisation. */
    static double effective(double unique, double total, double decay) {
        double repeats = Math.max(total / unique - 1, 0);
        return unique + unique * decay * (1 - Math.exp(-repeats / decay));
    }
}
