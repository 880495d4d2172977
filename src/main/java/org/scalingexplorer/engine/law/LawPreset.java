package org.scalingexplorer.engine.law;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The published laws the app ships, with their sources (science.md sections 2 to 4). */
public enum LawPreset {
    KAPLAN_2020("kaplan",
            new Citation("Kaplan et al.", 2020, "Scaling Laws for Neural Language Models", "2001.08361"),
            false,
            new KaplanLaw(0.076, 0.095, 8.8e13, 5.4e13, 0.050, 3.1e8)),
    CHINCHILLA_2022("chinchilla",
            new Citation("Hoffmann et al.", 2022, "Training Compute-Optimal Large Language Models", "2203.15556"),
            true,
            new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28)),
    EPOCH_2024("epoch",
            new Citation("Besiroglu et al.", 2024, "Chinchilla Scaling: A replication attempt", "2404.10102"),
            true,
            new ChinchillaLaw(1.82, 482.01, 2085.43, 0.3478, 0.3658));

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

    /** The name used on the command line and in files: kaplan, chinchilla, epoch. */
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
