package org.scalingexplorer.engine.compute;

import org.scalingexplorer.engine.Require;

/** A training accelerator by its dense BF16 peak (science.md section 10). */
public record Accelerator(String name, double peakFlopsPerSecond) {

    public static final Accelerator A100 = new Accelerator("A100", 312e12);
    public static final Accelerator H100_SXM = new Accelerator("H100 SXM", 989e12);

    public Accelerator {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("accelerator name must not be empty");
        }
        Require.positive("peakFlopsPerSecond", peakFlopsPerSecond);
    }

    public static java.util.List<Accelerator> presets() {
        return java.util.List.of(A100, H100_SXM);
    }
}
