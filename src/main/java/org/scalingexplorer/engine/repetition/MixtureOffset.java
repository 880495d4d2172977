package org.scalingexplorer.engine.repetition;

import org.scalingexplorer.engine.Require;

/**
 * An illustrative model of how mixing two sources moves the loss offset (science.md section 1,
 * after Hashimoto 2021, "Model Performance Scaling with Multiple Data Sources"): with weight w on
 * the first source,
 * {@code offset(w) = w E1 + (1 - w) E2 + diversityBonus * (w ln w + (1 - w) ln(1 - w))}.
 * The linear part is what each source alone would give; the last term, a negative entropy (convex,
 * zero at either pure source), rewards covering both, standing in for a test distribution that draws
 * on both. The offset is U-shaped in w with its minimum inside (0, 1) at
 * {@code w* = 1 / (1 + exp((E1 - E2) / diversityBonus))}. Not a fitted law: the numbers are the
 * user's, the shape is the lesson.
 */
public record MixtureOffset(double firstOffset, double secondOffset, double diversityBonus) {

    public MixtureOffset {
        Require.finite("firstOffset", firstOffset);
        Require.finite("secondOffset", secondOffset);
        Require.positive("diversityBonus", diversityBonus);
    }

    /** The offset of a mixture with {@code weight} on the first source. */
    public double offset(double weight) {
        Require.inRange("weight", weight, 0, 1);
        return weight * firstOffset + (1 - weight) * secondOffset
                + diversityBonus * (xLogX(weight) + xLogX(1 - weight));
    }

    /** Where the derivative E1 - E2 + bonus ln(w / (1 - w)) vanishes. */
    public double bestWeight() {
        return 1 / (1 + Math.exp((firstOffset - secondOffset) / diversityBonus));
    }

    /** The offset across every weight, its lowest point, and the point at the weight the user chose. */
    public MixtureCurve curve(int points, double chosenWeight) {
        double[] weights = Grid.linear(0, 1, points);
        double[] offsets = new double[points];
        for (int i = 0; i < points; i++) {
            offsets[i] = offset(weights[i]);
        }
        double best = bestWeight();
        return new MixtureCurve(weights, offsets, best, offset(best), chosenWeight, offset(chosenWeight));
    }

    private static double xLogX(double x) {
        return x == 0 ? 0 : x * Math.log(x);
    }

    /** The offset against mixture weight, its lowest point, and the offset at the chosen weight. */
    public record MixtureCurve(double[] weight, double[] offset, double bestWeight, double bestOffset,
                               double chosenWeight, double chosenOffset) {
    }
}
