package org.scalingexplorer.ui.fit;

/** The fitted loss along one budget's isoFLOP line C = 6ND, against N: the "banana" of that budget. */
public record BudgetCurve(double flops, PlotPoints curve) {
}
