package org.scalingexplorer.engine.allocation;

/** A split of a compute budget into a model size and a number of training tokens, with its loss. */
public record Allocation(double flops, double params, double tokens, double loss) {

    public double tokensPerParam() {
        return tokens / params;
    }
}
