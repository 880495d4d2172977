package org.scalingexplorer.engine.curves;

import org.scalingexplorer.engine.Require;

/**
 * The schedule law of Tissue et al. 2024 (arXiv:2408.11029), as their abstract states it:
 * {@code L(s) = L0 + A * S1^(-alpha) - C * S2}, with S1 the area under the learning-rate curve up to
 * step s and S2 the annealing area ({@link ScheduleAreas}, decay factor lambda); L0, A, C and alpha
 * are fitted.
 */
public record ScheduleLaw(double l0, double a, double alpha, double c, double decayFactor) {

    public ScheduleLaw {
        Require.finiteResult("L0", l0);
        Require.finiteResult("A", a);
        Require.finiteResult("alpha", alpha);
        Require.finiteResult("C", c);
    }

    public double loss(double forwardArea, double annealingArea) {
        return l0 + a * Math.pow(forwardArea, -alpha) - c * annealingArea;
    }

    /** The loss after each of {@code steps} (ascending, at least 1) under {@code schedule}. */
    public double[] predict(LearningRateSchedule schedule, long[] steps) {
        ScheduleAreas areas = ScheduleAreas.of(schedule, steps, decayFactor);
        double[] losses = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            losses[i] = loss(areas.forward()[i], areas.annealing()[i]);
        }
        return losses;
    }

    /** The loss at the end of {@code schedule}. */
    public double finalLoss(LearningRateSchedule schedule) {
        return predict(schedule, new long[] {schedule.totalSteps()})[0];
    }
}
