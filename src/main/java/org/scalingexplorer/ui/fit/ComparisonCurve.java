package org.scalingexplorer.ui.fit;

/**
 * The second objective's fitted law in the data chart, drawn beside the shown fit's: {@code curve}
 * is its compute-optimal frontier, {@code primary} and {@code other} name the two fits' objectives.
 */
public record ComparisonCurve(Approach3Objective primary, Approach3Objective other, PlotPoints curve) {
}
