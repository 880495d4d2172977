package org.scalingexplorer.engine.allocation;

/**
 * How the data-constrained optimum of one budget moves as the unique-token pool shrinks: element i
 * of every array belongs to {@code uniqueTokens[i]}. Also what the same budget gives with fresh data.
 */
public record OptimumAcrossPools(double flops, double[] uniqueTokens, double[] params, double[] tokens,
                                 double[] epochs, double[] loss, Allocation fresh) {

    public int size() {
        return uniqueTokens.length;
    }
}
