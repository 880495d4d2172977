package org.scalingexplorer.engine.allocation;

import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.compute.ComputeBudget;

/**
 * A published model by its size and training tokens (science.md section 9). Sizes count all parameters,
 * as the papers report them; Kaplan's laws count only non-embedding ones, a difference of a few percent
 * at this scale.
 *
 * @param name     e.g. "GPT-3"
 * @param params   parameters N
 * @param tokens   training tokens D
 * @param citation where the figures come from
 */
public record ReferenceModel(String name, double params, double tokens, String citation) {

    public ReferenceModel {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("reference model name must not be empty");
        }
        Require.positive("params of " + name, params);
        Require.positive("tokens of " + name, tokens);
        citation = citation == null ? "" : citation.strip();
    }

    /** Training compute C = 6ND. */
    public ComputeBudget budget() {
        return ComputeBudget.ofTraining(params, tokens);
    }

    public double flops() {
        return budget().flops();
    }

    public double tokensPerParam() {
        return tokens / params;
    }
}
