package org.scalingexplorer.engine.repetition;

/**
 * A budget at which two pools give the same compute-optimal loss: below it one pool wins, above it
 * the other. {@code betterBelow} is the pool with the lower loss at smaller budgets.
 */
public record PoolCrossing(DataPool betterBelow, DataPool betterAbove, double flops, double loss) {
}
