package org.scalingexplorer.engine.curves;

import java.util.ArrayList;
import java.util.List;
import org.scalingexplorer.engine.fit.PowerLaw;

/**
 * The truncated-cosine trap of science.md section 6: a run with one long cosine schedule, read at
 * early steps, against short runs whose cosine ends at those steps, each set fitted with a power law
 * {@code L = k * s^(-exponent)} as Kaplan et al. 2020 fit loss against data. Hoffmann et al. 2022's
 * account is that the early reads, whose learning rate has not annealed, look worse. Which way the
 * two sets differ here is whatever the schedule law's constants make it, and it is not always that
 * way: on the demo curves (constants fitted to one 400M run) the early reads come out lower and
 * their exponent flatter. The views report the computed gap and never assume its sign.
 *
 * <p>{@link #of(ScheduleLaw, LearningRateSchedule, long[])} computes both sets from the schedule
 * law; {@link #fromCurves} reads them off real curves (the long curve interpolated, log loss linear in
 * log step, at the short curves' last steps).
 */
public record TruncatedCosineTrap(long[] steps, double[] earlyReadLosses, double[] endedLosses,
                                  double earlyReadExponent, double endedExponent) {

    public TruncatedCosineTrap {
        steps = steps.clone();
        earlyReadLosses = earlyReadLosses.clone();
        endedLosses = endedLosses.clone();
    }

    /** The early reads' exponent minus that of the runs that ended: positive when the early reads fall more steeply. */
    public double exponentGap() {
        return earlyReadExponent - endedExponent;
    }

    /**
     * {@code longSchedule} read at each of {@code readSteps} (all at most its length), against the
     * same schedule shape cut to end at each read step, under {@code law}.
     */
    public static TruncatedCosineTrap of(ScheduleLaw law, LearningRateSchedule longSchedule, long[] readSteps) {
        if (readSteps.length < 2) {
            throw new IllegalArgumentException("the trap needs at least 2 read steps, got " + readSteps.length);
        }
        for (long step : readSteps) {
            if (step <= longSchedule.warmupSteps() || step > longSchedule.totalSteps()) {
                throw new IllegalArgumentException("read steps must lie after warmup (" + longSchedule.warmupSteps()
                        + ") and within the long schedule (" + longSchedule.totalSteps() + "), got " + step);
            }
        }
        double[] early = law.predict(longSchedule, readSteps);
        double[] ended = new double[readSteps.length];
        for (int i = 0; i < readSteps.length; i++) {
            ended[i] = law.finalLoss(longSchedule.withTotalSteps(readSteps[i]));
        }
        return new TruncatedCosineTrap(readSteps, early, ended, exponent(readSteps, early), exponent(readSteps, ended));
    }

    /**
     * The trap on measured curves of one size: {@code longCurve} read at the last step of each curve
     * in {@code shortCurves} that ends within it, and at its own end, where both readings meet.
     */
    public static TruncatedCosineTrap fromCurves(LearningCurve longCurve, List<LearningCurve> shortCurves) {
        List<long[]> pairs = new ArrayList<>();
        List<double[]> losses = new ArrayList<>();
        double longFirst = longCurve.step(0);
        double longLast = longCurve.step(longCurve.last());
        for (LearningCurve curve : shortCurves) {
            double end = curve.step(curve.last());
            if (curve == longCurve || !(end >= longFirst && end < longLast)) {
                continue;
            }
            pairs.add(new long[] {Math.round(end)});
            losses.add(new double[] {interpolate(longCurve, end), curve.loss(curve.last())});
        }
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("the trap needs a shorter run that ends within the long run's "
                    + "checkpoints (" + (long) longFirst + " to " + (long) longLast + ")");
        }
        // The long run at its own end has ended too: both readings meet there, as in Kaplan's setup.
        pairs.add(new long[] {Math.round(longLast)});
        losses.add(new double[] {longCurve.loss(longCurve.last()), longCurve.loss(longCurve.last())});
        Integer[] order = new Integer[pairs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Long.compare(pairs.get(a)[0], pairs.get(b)[0]));
        long[] steps = new long[order.length];
        double[] early = new double[order.length];
        double[] ended = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            steps[k] = pairs.get(order[k])[0];
            early[k] = losses.get(order[k])[0];
            ended[k] = losses.get(order[k])[1];
        }
        return new TruncatedCosineTrap(steps, early, ended, exponent(steps, early), exponent(steps, ended));
    }

    private static double interpolate(LearningCurve curve, double step) {
        for (int i = 1; i < curve.size(); i++) {
            if (curve.step(i) >= step) {
                double x0 = Math.log(curve.step(i - 1));
                double x1 = Math.log(curve.step(i));
                double weight = x1 == x0 ? 1 : (Math.log(step) - x0) / (x1 - x0);
                return Math.exp(Math.log(curve.loss(i - 1)) + weight * (Math.log(curve.loss(i)) - Math.log(curve.loss(i - 1))));
            }
        }
        return curve.loss(curve.last());
    }

    /** The slope of -log L against log s: Kaplan's exponent of a pure power law in data. */
    private static double exponent(long[] steps, double[] losses) {
        double[] x = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            x[i] = steps[i];
        }
        return -PowerLaw.fitLogLog(x, losses).exponent();
    }
}
