package org.scalingexplorer.engine.fit;

/**
 * One isoFLOP profile of Approach 2: the runs of one budget, the parabola
 * {@code loss = c0 + c1 x + c2 x^2} in x = ln N - {@code logParamsCentre}, and its vertex.
 * {@code vertexInsideRuns} is false when the vertex lies outside the model sizes the budget
 * trained, so its N_opt is an extrapolation.
 */
public record IsoFlopProfile(String label, double flops, int nRuns, double logParamsCentre,
                             double c0, double c1, double c2, double optimalParams, double optimalTokens,
                             double minimumLoss, boolean vertexInsideRuns) {

    /** The parabola's loss at {@code params} parameters: what this budget's fit says a run of that size reaches. */
    public double lossAt(double params) {
        double x = Math.log(params) - logParamsCentre;
        return c0 + c1 * x + c2 * x * x;
    }
}
