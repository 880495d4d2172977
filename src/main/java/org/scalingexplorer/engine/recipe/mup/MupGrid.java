package org.scalingexplorer.engine.recipe.mup;

import java.util.Arrays;
import org.scalingexplorer.engine.Limits;

/**
 * What a muP sweep trains: students of each width at each learning rate, under both
 * parametrisations, on one seeded teacher task.
 *
 * @param widths        hidden widths, ascending; the first is the base width n0 of muP
 * @param learningRates Adam base learning rates, ascending
 * @param seed          seeds the teacher, the data and the students' initialisation
 * @param steps         Adam steps per run
 * @param batch         examples per step
 */
public record MupGrid(int[] widths, double[] learningRates, long seed, int steps, int batch) {

    /** Fixed input dimension of the teacher task (the "finite" dimension muP does not scale). */
    public static final int INPUTS = 16;
    /** Units of the teacher network. */
    public static final int TEACHER_UNITS = 32;
    /** Held-out examples each run is scored on. */
    public static final int EVAL_EXAMPLES = 1024;
    public static final int MIN_WIDTH = 8;
    public static final int MAX_WIDTH = Limits.MUP_WIDTH;
    public static final int MAX_RUNS = Limits.MUP_RUNS;

    public MupGrid {
        widths = widths.clone();
        learningRates = learningRates.clone();
        if (widths.length < 2 || widths.length > 8) {
            throw new IllegalArgumentException("muP sweep needs 2 to 8 widths, got " + widths.length);
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < MIN_WIDTH || widths[i] > MAX_WIDTH) {
                throw new IllegalArgumentException("widths must be between " + MIN_WIDTH + " and " + MAX_WIDTH
                        + ", got " + widths[i]);
            }
            if (i > 0 && widths[i] <= widths[i - 1]) {
                throw new IllegalArgumentException("widths must be strictly increasing, got "
                        + Arrays.toString(widths));
            }
        }
        if (learningRates.length < 3 || learningRates.length > 16) {
            throw new IllegalArgumentException("muP sweep needs 3 to 16 learning rates, got " + learningRates.length);
        }
        for (int i = 0; i < learningRates.length; i++) {
            if (!(learningRates[i] > 0) || !(learningRates[i] < 10)) {
                throw new IllegalArgumentException("learning rates must be between 0 and 10, got " + learningRates[i]);
            }
            if (i > 0 && learningRates[i] <= learningRates[i - 1]) {
                throw new IllegalArgumentException("learning rates must be strictly increasing, got "
                        + Arrays.toString(learningRates));
            }
        }
        if (steps < 1 || steps > Limits.MUP_STEPS) {
            throw new IllegalArgumentException("steps must be between 1 and " + Limits.MUP_STEPS + ", got " + steps);
        }
        if (batch < 1 || batch > Limits.MUP_BATCH) {
            throw new IllegalArgumentException("batch must be between 1 and " + Limits.MUP_BATCH + ", got " + batch);
        }
        if (2L * widths.length * learningRates.length > MAX_RUNS) {
            throw new IllegalArgumentException("muP sweep is limited to " + MAX_RUNS + " runs, got "
                    + 2L * widths.length * learningRates.length);
        }
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    @Override
    public double[] learningRates() {
        return learningRates.clone();
    }

    public int baseWidth() {
        return widths[0];
    }

    /** {@code count} learning rates from {@code lowest} up, each {@code factor} times the last. */
    public static double[] geometricRates(double lowest, double factor, int count) {
        double[] rates = new double[count];
        for (int i = 0; i < count; i++) {
            rates[i] = lowest * Math.pow(factor, i);
        }
        return rates;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MupGrid g && Arrays.equals(widths, g.widths)
                && Arrays.equals(learningRates, g.learningRates) && seed == g.seed && steps == g.steps
                && batch == g.batch;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(widths) + Arrays.hashCode(learningRates) + Long.hashCode(seed) + steps * 7 + batch;
    }

    @Override
    public String toString() {
        return "MupGrid[widths=" + Arrays.toString(widths) + ", learningRates=" + Arrays.toString(learningRates)
                + ", seed=" + seed + ", steps=" + steps + ", batch=" + batch + "]";
    }
}
