package org.scalingexplorer.engine.curves;

import java.util.List;
import java.util.Locale;

/**
 * How the learning-rate schedules of a file's runs are read, for the schedule law: from the rates
 * the file logged ({@code logged}), or as one declared shape (cosine, constant, wsd) with its warmup,
 * final fraction and decay share, at each run's own length ({@code total_steps}, else its last step)
 * and peak (the largest rate it logged, unless {@code peakLr} says).
 *
 * @param peakLr the peak of every run, NaN for each run's own
 */
public record ScheduleReading(String shape, long warmupSteps, double finalFraction, double decayFraction,
                              double peakLr) {

    public static final String LOGGED = "logged";
    public static final String COSINE = "cosine";
    public static final String CONSTANT = "constant";
    public static final String WSD = "wsd";
    /** The shapes, as the command line's {@code --schedule} names them. */
    public static final List<String> SHAPES = List.of(COSINE, CONSTANT, WSD, LOGGED);
    /** The schedule law walks every step: 10 million take about a tenth of a second. */
    public static final long MAX_STEPS = 10_000_000L;

    public ScheduleReading {
        shape = shape == null ? "" : shape.strip().toLowerCase(Locale.ROOT);
        if (!SHAPES.contains(shape)) {
            throw new IllegalArgumentException("--schedule must be cosine, constant, wsd or logged, got '" + shape + "'");
        }
    }

    /** The schedule of {@code curve} as this reading sees it; a run it cannot read is refused by name. */
    public LearningRateSchedule of(LearningCurve curve) {
        if (shape.equals(LOGGED)) {
            double[] steps = curve.lrTraceSteps();
            if (steps.length == 0) {
                throw new IllegalArgumentException("--schedule logged needs the learning rate the run logged: run '"
                        + curve.name() + "' has none (map it with --column lr=NAME)");
            }
            return new LearningRateSchedule.Logged(steps, curve.lrTraceValues());
        }
        long total = totalOf(curve);
        if (warmupSteps >= total) {
            throw new IllegalArgumentException("--warmup-steps " + warmupSteps + " is not shorter than run '"
                    + curve.name() + "' (" + total + " steps)");
        }
        return shaped(shape, total, peakOf(curve));
    }

    /** A schedule of {@code shape} (not logged) with this reading's warmup, final fraction and decay share. */
    public LearningRateSchedule shaped(String targetShape, long totalSteps, double peak) {
        return switch (targetShape) {
            case CONSTANT -> new LearningRateSchedule.Constant(peak, warmupSteps, totalSteps);
            case WSD -> new LearningRateSchedule.WarmupStableDecay(peak, warmupSteps, totalSteps, decayFraction,
                    finalFraction);
            case COSINE -> new LearningRateSchedule.Cosine(peak, warmupSteps, totalSteps, finalFraction);
            default -> throw new IllegalArgumentException("a schedule to predict is cosine, constant or wsd, got '"
                    + targetShape + "'");
        };
    }

    /**
     * Whether {@code curve} was trained under {@code target}: its own schedule is that one (a declared
     * shape), or the rates it logged agree with it at every logged step (to a millionth of the peak).
     */
    public boolean follows(LearningCurve curve, LearningRateSchedule target) {
        if (!shape.equals(LOGGED)) {
            try {
                return of(curve).equals(target);
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        double[] steps = curve.lrTraceSteps();
        double[] rates = curve.lrTraceValues();
        if (steps.length == 0 || Math.round(curve.scheduleKnown() ? curve.totalSteps() : steps[steps.length - 1])
                != target.totalSteps()) {
            return false;
        }
        double tolerance = 1e-6 * target.peak();
        for (int i = 0; i < steps.length; i++) {
            if (Math.abs(rates[i] - target.at(Math.round(steps[i]))) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** The run's scheduled length, else its last step; refused past {@link #MAX_STEPS}. */
    public static long totalOf(LearningCurve curve) {
        double total = curve.scheduleKnown() ? curve.totalSteps() : curve.step(curve.last());
        if (!(total >= 1)) {
            throw new IllegalArgumentException("run '" + curve.name() + "' has no steps (map --column step=NAME or "
                    + "total_steps=NAME)");
        }
        if (total > MAX_STEPS) {
            throw new IllegalArgumentException("run '" + curve.name() + "' is " + (long) total + " steps long, more than "
                    + "the schedule law walks (" + MAX_STEPS + ", the limit)");
        }
        return Math.round(total);
    }

    /** The peak every run is read at, or the run's largest logged rate. */
    public double peakOf(LearningCurve curve) {
        if (!Double.isNaN(peakLr)) {
            return peakLr;
        }
        double peak = curve.peakLearningRate();
        if (!(peak > 0)) {
            throw new IllegalArgumentException("run '" + curve.name() + "' logs no learning rate: give --peak-lr or map "
                    + "--column lr=NAME");
        }
        return peak;
    }
}
