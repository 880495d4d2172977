package org.scalingexplorer.engine.law;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The laws the app ships, with their sources (science.md sections 2 to 4): the published fits and one
 * calibrated teaching preset that is labelled as such.
 *
 * <p>Hoffmann et al. 2022's Approach 3 appears twice. {@link #CHINCHILLA_2022} (id {@code chinchilla},
 * kept so that sessions and {@code --law chinchilla} still work; shown as "Chinchilla Approach 3")
 * uses the rounded constants the paper prints; {@link #CHINCHILLA_UNROUNDED} the unrounded ones that
 * Besiroglu et al. 2024 recovered from the paper's LaTeX source. Neither gives the rule of thumb of
 * 20 tokens per parameter: at 5.76e23 FLOPs the rounded constants give about 93, the unrounded about
 * 59 (the paper's own Table A3 projects more than 20 from Approach 3 too).
 */
public enum LawPreset {
    KAPLAN_2020("kaplan",
            new Citation("Kaplan et al.", 2020, "Scaling Laws for Neural Language Models", "2001.08361"),
            false,
            new KaplanLaw(0.076, 0.095, 8.8e13, 5.4e13, 0.050, 3.1e8)),
    CHINCHILLA_2022("chinchilla",
            new Citation("Hoffmann et al.", 2022,
                    "Training Compute-Optimal Large Language Models (Approach 3, constants as printed)", "2203.15556"),
            true,
            new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28)),
    /** Approach 3 with the unrounded constants (science.md section 3; Besiroglu et al. 2024, appendix). */
    CHINCHILLA_UNROUNDED("chinchilla-unrounded",
            new Citation("Hoffmann et al.", 2022,
                    "Training Compute-Optimal Large Language Models (Approach 3, unrounded constants recovered from"
                            + " the paper's LaTeX source by Besiroglu et al. 2024, arXiv:2404.10102, appendix)",
                    "2203.15556"),
            true,
            new ChinchillaLaw(1.69337, 406.401, 410.723, 0.33917, 0.28491)),
    EPOCH_2024("epoch",
            new Citation("Besiroglu et al.", 2024, "Chinchilla Scaling: A replication attempt", "2404.10102"),
            true,
            new ChinchillaLaw(1.82, 482.01, 2085.43, 0.3478, 0.3658)),
    /**
     * A calibrated teaching preset, not a published fit: the Chinchilla form with alpha = beta, so that
     * N_opt and D_opt both grow as C^0.5 as in Hoffmann's Approach 1 (science.md section 3). How the
     * constants were chosen:
     * <ul>
     * <li>alpha = beta = 0.35: the nearest equal pair to Epoch's refit (alpha 0.348, beta 0.366), the
     * published fit of this form that agrees with Approaches 1 and 2.</li>
     * <li>With alpha = beta, N_opt = G sqrt(C/6) and tokens per parameter = 1/G^2 at every budget.
     * G = 0.21882 is the least-squares fit (in log space) of N = G sqrt(C/6) to the nine rows of
     * Table 3, so this law puts 20.9 tokens on each parameter and every Table 3 row within 2.2% on N.</li>
     * <li>E = 1.69 as in Approach 3; A and B set so that A/B = G^(2 alpha) and so that the loss of
     * Chinchilla itself (70B parameters, 1.4T tokens) equals Approach 3's 1.9366.</li>
     * </ul>
     */
    CHINCHILLA_APPROACH_1("approach1",
            new Citation("Hoffmann et al.", 2022,
                    "Training Compute-Optimal Large Language Models (Approach 1 exponents; constants"
                            + " calibrated to Table 3 as a teaching preset)", "2203.15556"),
            true,
            new ChinchillaLaw(1.69, 764.758, 2215.473, 0.35, 0.35));

    private final String id;
    private final Citation citation;
    private final boolean countsEmbeddings;
    private final ScalingLaw law;

    LawPreset(String id, Citation citation, boolean countsEmbeddings, ScalingLaw law) {
        this.id = id;
        this.citation = citation;
        this.countsEmbeddings = countsEmbeddings;
        this.law = law;
    }

    /** The name used on the command line and in files: kaplan, chinchilla, chinchilla-unrounded, epoch, approach1. */
    public String id() {
        return id;
    }

    public Citation citation() {
        return citation;
    }

    /** Whether N counts embedding parameters (Kaplan counts only non-embedding ones). */
    public boolean countsEmbeddings() {
        return countsEmbeddings;
    }

    /** The published constants. */
    public ScalingLaw law() {
        return law;
    }

    public static LawPreset fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(p -> p.id.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("law must be one of "
                        + Arrays.stream(values()).map(LawPreset::id).collect(Collectors.joining(", "))
                        + ", got " + id));
    }
}
