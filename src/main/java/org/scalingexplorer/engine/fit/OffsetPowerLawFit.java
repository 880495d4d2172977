package org.scalingexplorer.engine.fit;

import org.scalingexplorer.engine.Require;

/**
 * {@code L = A x^-alpha + E} fitted against one variable (N, D or C). {@code sumOfSquares} is the
 * sum of squared residuals of log L that the fit minimised. Every number is finite.
 */
public record OffsetPowerLawFit(FitVariable variable, double coefficient, double alpha, double irreducible,
                                double sumOfSquares, int nRuns, boolean converged, String status) {

    public OffsetPowerLawFit {
        Require.finiteResult("A", coefficient);
        Require.finiteResult("alpha", alpha);
        Require.finiteResult("E", irreducible);
        Require.finiteResult("sum of squares", sumOfSquares);
    }

    public double predictLoss(double x) {
        return Require.finiteResult("predicted loss", coefficient * Math.pow(x, -alpha) + irreducible);
    }
}
