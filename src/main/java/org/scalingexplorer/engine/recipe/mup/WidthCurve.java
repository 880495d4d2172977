package org.scalingexplorer.engine.recipe.mup;

import java.util.Arrays;

/**
 * One width's held-out loss at each learning rate of a sweep, and its best learning rate.
 *
 * @param width         hidden width
 * @param learningRates the sweep's base learning rates, ascending
 * @param losses        held-out loss at each rate; a run that diverged is recorded at
 *                      {@code divergedLoss} and flagged in {@code diverged}, so every value is finite
 * @param diverged      whether the run at each rate stopped being finite or ended worse than
 *                      predicting 0
 */
public record WidthCurve(int width, double[] learningRates, double[] losses, boolean[] diverged) {

    public WidthCurve {
        learningRates = learningRates.clone();
        losses = losses.clone();
        diverged = diverged.clone();
        if (learningRates.length != losses.length || losses.length != diverged.length || losses.length == 0) {
            throw new IllegalArgumentException("one loss and one divergence flag per learning rate, got "
                    + learningRates.length + ", " + losses.length + ", " + diverged.length);
        }
        for (double loss : losses) {
            if (!Double.isFinite(loss)) {
                throw new IllegalArgumentException("losses must be finite, got " + loss);
            }
        }
    }

    @Override
    public double[] learningRates() {
        return learningRates.clone();
    }

    @Override
    public double[] losses() {
        return losses.clone();
    }

    @Override
    public boolean[] diverged() {
        return diverged.clone();
    }

    /** Index of the lowest loss (the lower rate among equal losses). */
    public int bestIndex() {
        int best = 0;
        for (int i = 1; i < losses.length; i++) {
            if (losses[i] < losses[best]) {
                best = i;
            }
        }
        return best;
    }

    public double bestLearningRate() {
        return learningRates[bestIndex()];
    }

    public double bestLoss() {
        return losses[bestIndex()];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WidthCurve c && width == c.width && Arrays.equals(learningRates, c.learningRates)
                && Arrays.equals(losses, c.losses) && Arrays.equals(diverged, c.diverged);
    }

    @Override
    public int hashCode() {
        return 31 * width + Arrays.hashCode(losses);
    }

    @Override
    public String toString() {
        return "WidthCurve[width=" + width + ", best lr=" + bestLearningRate() + ", losses="
                + Arrays.toString(losses) + "]";
    }
}
