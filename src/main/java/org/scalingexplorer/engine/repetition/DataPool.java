package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * A source of training text: how many unique tokens it holds and how good they are. Quality moves
 * the offset E of the law, not its slopes (science.md section 1: "offset, not slope"); a negative
 * {@code qualityOffset} (nats per token) is better data, e.g. a heavily filtered subset.
 */
public record DataPool(String name, double uniqueTokens, double qualityOffset) {

    public DataPool {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("pool name must not be empty");
        }
        Require.positive("uniqueTokens", uniqueTokens);
        Require.finite("qualityOffset", qualityOffset);
    }

    /** The law for text from this pool: E shifted by the quality offset. */
    public DataConstrainedLaw lawFor(DataConstrainedLaw law) {
        double irreducible = law.irreducible() + qualityOffset;
        if (irreducible < 0) {
            throw new IllegalArgumentException("qualityOffset of pool " + name + " must not push E below 0, got "
                    + qualityOffset + " with E = " + law.irreducible());
        }
        return law.withIrreducible(irreducible);
    }
}
