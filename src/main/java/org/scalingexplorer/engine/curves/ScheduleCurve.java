package org.scalingexplorer.engine.curves;

/** One run's losses at some steps, with the learning-rate schedule it was trained under. */
public record ScheduleCurve(String name, LearningRateSchedule schedule, long[] steps, double[] losses) {

    public ScheduleCurve {
        if (steps.length != losses.length) {
            throw new IllegalArgumentException("steps and losses differ in length: " + steps.length + " vs " + losses.length);
        }
        steps = steps.clone();
        losses = losses.clone();
    }

    /**
     * The checkpoints of {@code curve} after its warmup under {@code schedule}: the early losses of
     * warmup say little about the law and weigh heavily in a least-squares fit.
     */
    public static ScheduleCurve of(LearningCurve curve, LearningRateSchedule schedule) {
        int n = 0;
        long[] steps = new long[curve.size()];
        double[] losses = new double[curve.size()];
        for (int i = 0; i < curve.size(); i++) {
            double step = curve.step(i);
            if (step > schedule.warmupSteps() && !Double.isNaN(step)) {
                steps[n] = Math.round(step);
                losses[n] = curve.loss(i);
                n++;
            }
        }
        return new ScheduleCurve(curve.name(), schedule, java.util.Arrays.copyOf(steps, n),
                java.util.Arrays.copyOf(losses, n));
    }

    public int size() {
        return steps.length;
    }
}
