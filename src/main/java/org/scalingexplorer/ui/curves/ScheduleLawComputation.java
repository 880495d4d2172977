package org.scalingexplorer.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.LearningRateSchedule;
import org.scalingexplorer.engine.curves.ScheduleCurve;
import org.scalingexplorer.engine.curves.ScheduleLaw;
import org.scalingexplorer.engine.curves.ScheduleLawFit;
import org.scalingexplorer.engine.curves.ScheduleLawFitter;
import org.scalingexplorer.engine.curves.ScheduleReading;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;

/** The schedule-law panel's work, from inputs read once on the FX thread; any thread may run it. */
final class ScheduleLawComputation {

    /** Points of the predicted curve. */
    static final int PREDICTED_POINTS = 240;

    /** What the panel computes from. */
    record Inputs(List<LearningCurve> curves, ScheduleReading reading, String fitRun, String secondFitRun,
                  String targetShape, long targetSteps) {
    }

    private ScheduleLawComputation() {
    }

    static ScheduleLawResult compute(Inputs in, BooleanSupplier cancelled) {
        LearningCurve first = named(in.curves(), in.fitRun());
        if (first == null) {
            return ScheduleLawResult.failed("choose a run to fit the law on");
        }
        List<LearningCurve> fitOn = new ArrayList<>(List.of(first));
        LearningCurve second = named(in.curves(), in.secondFitRun());
        if (second != null && second != first) {
            if (Double.compare(second.params(), first.params()) != 0) {
                return ScheduleLawResult.failed("the law is fitted on runs of one size: '" + second.name() + "' has "
                        + second.params() + " parameters, '" + first.name() + "' has " + first.params());
            }
            fitOn.add(second);
        }
        try {
            ScheduleReading reading = in.reading();
            List<ScheduleCurve> scheduleCurves = new ArrayList<>();
            for (LearningCurve curve : fitOn) {
                scheduleCurves.add(ScheduleCurve.of(curve, reading.of(curve)));
            }
            ScheduleLawFit fit = new ScheduleLawFitter().fit(scheduleCurves);
            ScheduleLaw law = fit.law();
            List<ScheduleLawResult.Trace> fitted = new ArrayList<>();
            for (ScheduleCurve curve : scheduleCurves) {
                fitted.add(new ScheduleLawResult.Trace(curve.name(), asDoubles(curve.steps()), curve.losses(),
                        law.predict(curve.schedule(), curve.steps())));
            }
            if (in.targetSteps() <= reading.warmupSteps() || in.targetSteps() > ScheduleReading.MAX_STEPS) {
                throw new IllegalArgumentException("the schedule to predict must be longer than the warmup ("
                        + reading.warmupSteps() + " steps) and at most " + ScheduleReading.MAX_STEPS + " steps, got "
                        + in.targetSteps());
            }
            LearningRateSchedule target = reading.shaped(in.targetShape(), in.targetSteps(), reading.peakOf(first));
            long firstFitted = scheduleCurves.stream().filter(c -> c.size() > 0).mapToLong(c -> c.steps()[0]).min()
                    .orElse(1);
            long[] steps = predictedSteps(target, firstFitted);
            double[] predicted = law.predict(target, steps);
            ScheduleLawResult.Trace predictedTrace = new ScheduleLawResult.Trace(target.id(), asDoubles(steps), predicted,
                    predicted);
            ScheduleLawResult.Trace observed = null;
            List<ScheduleLawResult.Prediction> predictions = new ArrayList<>();
            for (LearningCurve curve : in.curves()) {
                if (cancelled.getAsBoolean()) {
                    return ScheduleLawResult.failed("cancelled");
                }
                if (Double.compare(curve.params(), first.params()) != 0) {
                    continue;
                }
                if (observed == null && reading.follows(curve, target)) {
                    observed = observedTrace(curve, law, target);
                }
                if (fitOn.contains(curve)) {
                    continue;
                }
                LearningRateSchedule own;
                try {
                    own = reading.of(curve);
                } catch (IllegalArgumentException e) {
                    continue;
                }
                boolean ended = curve.finished() || !curve.scheduleKnown();
                predictions.add(new ScheduleLawResult.Prediction(curve.name(), own.totalSteps(), own.peak(),
                        law.finalLoss(own), ended ? curve.loss(curve.last()) : Double.NaN));
            }
            Trap trap = trap(in.curves(), first, reading);
            return new ScheduleLawResult(fit, fitted, target, predictedTrace, observed, predictions, trap.trap(),
                    trap.longRun(), trap.runs(), trap.problem(), null);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return ScheduleLawResult.failed(CurvesViewModel.messageOf(e));
        }
    }

    private record Trap(TruncatedCosineTrap trap, String longRun, int runs, String problem) {
    }

    /**
     * The trap on the cosine runs of the fit run's size and peak learning rate: the longest read at
     * the ends of the others. A run counts when its schedule is a cosine of its own length.
     */
    private static Trap trap(List<LearningCurve> curves, LearningCurve first, ScheduleReading reading) {
        List<LearningCurve> cosines = new ArrayList<>();
        double peak = reading.peakOf(first);
        for (LearningCurve curve : curves) {
            if (Double.compare(curve.params(), first.params()) != 0) {
                continue;
            }
            try {
                if (reading.peakOf(curve) == peak && reading.follows(curve,
                        reading.shaped(ScheduleReading.COSINE, ScheduleReading.totalOf(curve), peak))) {
                    cosines.add(curve);
                }
            } catch (IllegalArgumentException e) {
                // a run whose schedule cannot be read takes no part
            }
        }
        if (cosines.size() < 2) {
            return new Trap(null, null, cosines.size(), "the trap needs two or more cosine runs of this size and peak "
                    + "learning rate; found " + cosines.size());
        }
        LearningCurve longest = cosines.get(0);
        for (LearningCurve curve : cosines) {
            if (ScheduleReading.totalOf(curve) > ScheduleReading.totalOf(longest)) {
                longest = curve;
            }
        }
        try {
            return new Trap(TruncatedCosineTrap.fromCurves(longest, cosines), longest.name(), cosines.size(), null);
        } catch (IllegalArgumentException e) {
            return new Trap(null, longest.name(), cosines.size(), CurvesViewModel.messageOf(e));
        }
    }

    private static ScheduleLawResult.Trace observedTrace(LearningCurve curve, ScheduleLaw law, LearningRateSchedule target) {
        ScheduleCurve points = ScheduleCurve.of(curve, target);
        return new ScheduleLawResult.Trace(curve.name(), asDoubles(points.steps()), points.losses(),
                law.predict(target, points.steps()));
    }

    /**
     * Steps evenly spaced in log step from the first step the law was fitted at (earlier is beyond
     * what the fit saw) or the end of the warmup, to the schedule's last step.
     */
    private static long[] predictedSteps(LearningRateSchedule schedule, long firstFitted) {
        long from = Math.min(Math.max(schedule.warmupSteps() + 1, firstFitted), schedule.totalSteps());
        long to = schedule.totalSteps();
        long[] steps = new long[PREDICTED_POINTS];
        int n = 0;
        for (int i = 0; i < PREDICTED_POINTS; i++) {
            long step = Math.round(Math.exp(Math.log(from) + (Math.log(to) - Math.log(from)) * i / (PREDICTED_POINTS - 1)));
            if (n == 0 || step > steps[n - 1]) {
                steps[n++] = step;
            }
        }
        return java.util.Arrays.copyOf(steps, n);
    }

    private static LearningCurve named(List<LearningCurve> curves, String name) {
        if (name == null) {
            return null;
        }
        return curves.stream().filter(curve -> curve.name().equals(name)).findFirst().orElse(null);
    }

    private static double[] asDoubles(long[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }
}
