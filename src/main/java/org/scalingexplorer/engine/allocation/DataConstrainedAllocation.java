package org.scalingexplorer.engine.allocation;

/**
 * The best split of a budget when only {@code uniqueTokens} distinct tokens exist: train
 * {@code params} parameters on {@code tokens} tokens, i.e. {@link #epochs()} passes over the pool.
 */
public record DataConstrainedAllocation(double flops, double params, double tokens, double uniqueTokens,
                                        double loss) {

    /** D / U_D; below 1 when the budget cannot even read the whole pool once. */
    public double epochs() {
        return tokens / uniqueTokens;
    }

    public double tokensPerParam() {
        return tokens / params;
    }

    public Allocation asAllocation() {
        return new Allocation(flops, params, tokens, loss);
    }
}
