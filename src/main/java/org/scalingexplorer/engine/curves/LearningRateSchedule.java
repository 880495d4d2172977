package org.scalingexplorer.engine.curves;

import java.util.Arrays;
import org.scalingexplorer.engine.Require;

/**
 * The learning rate of every optimiser update. Update {@code i} (1-based) uses {@link #at}(i). Every
 * schedule warms up linearly from 0 to its peak over {@code warmupSteps} updates (none when 0); the
 * schedule law leaves the warmup out of its annealing area (see {@link ScheduleAreas}).
 */
public sealed interface LearningRateSchedule {

    double at(long step);

    /** Updates before the peak learning rate is reached. */
    long warmupSteps();

    /** The scheduled length in updates. */
    long totalSteps();

    double peak();

    /** constant, cosine, wsd or logged, as the command line names them. */
    String id();

    /** This schedule's shape stretched or cut to another length (a logged schedule refuses). */
    LearningRateSchedule withTotalSteps(long steps);

    private static double warmup(double peak, long warmupSteps, long step) {
        return peak * step / warmupSteps;
    }

    private static void check(double peak, long warmupSteps, long totalSteps) {
        Require.positive("peak learning rate", peak);
        if (warmupSteps < 0 || totalSteps < 1 || warmupSteps >= totalSteps) {
            throw new IllegalArgumentException("a schedule needs 0 <= warmup steps < total steps, got warmup "
                    + warmupSteps + " of " + totalSteps);
        }
    }

    /** Warmup, then the peak for ever. */
    record Constant(double peak, long warmupSteps, long totalSteps) implements LearningRateSchedule {
        public Constant {
            check(peak, warmupSteps, totalSteps);
        }

        @Override
        public double at(long step) {
            return step <= warmupSteps ? warmup(peak, warmupSteps, step) : peak;
        }

        @Override
        public String id() {
            return "constant";
        }

        @Override
        public LearningRateSchedule withTotalSteps(long steps) {
            return new Constant(peak, warmupSteps, steps);
        }
    }

    /**
     * Warmup, then half a cosine from the peak down to {@code finalFraction} of it at the last
     * update, then flat (the open_lm schedule of the (Mis)Fitting runs ends at 0.1 of the peak).
     */
    record Cosine(double peak, long warmupSteps, long totalSteps, double finalFraction) implements LearningRateSchedule {
        public Cosine {
            check(peak, warmupSteps, totalSteps);
            Require.inRange("final learning-rate fraction", finalFraction, 0, 1);
        }

        @Override
        public double at(long step) {
            if (step <= warmupSteps) {
                return warmup(peak, warmupSteps, step);
            }
            double floor = finalFraction * peak;
            if (step >= totalSteps) {
                return floor;
            }
            double progress = (step - warmupSteps) / (double) (totalSteps - warmupSteps);
            return floor + (peak - floor) * 0.5 * (1 + Math.cos(Math.PI * progress));
        }

        @Override
        public String id() {
            return "cosine";
        }

        @Override
        public LearningRateSchedule withTotalSteps(long steps) {
            return new Cosine(peak, warmupSteps, steps, finalFraction);
        }
    }

    /**
     * Warmup-stable-decay: warmup, the peak until the last {@code decayFraction} of the updates,
     * then a straight line down to {@code finalFraction} of the peak at the last update.
     */
    record WarmupStableDecay(double peak, long warmupSteps, long totalSteps, double decayFraction, double finalFraction)
            implements LearningRateSchedule {
        public WarmupStableDecay {
            check(peak, warmupSteps, totalSteps);
            Require.inRange("decay fraction", decayFraction, 0, 1);
            Require.inRange("final learning-rate fraction", finalFraction, 0, 1);
        }

        @Override
        public double at(long step) {
            if (step <= warmupSteps) {
                return warmup(peak, warmupSteps, step);
            }
            double floor = finalFraction * peak;
            if (step >= totalSteps) {
                return floor;
            }
            long decaySteps = Math.max(1, Math.round(decayFraction * (totalSteps - warmupSteps)));
            long decayStart = totalSteps - decaySteps;
            if (step <= decayStart) {
                return peak;
            }
            return peak + (floor - peak) * (step - decayStart) / (double) decaySteps;
        }

        @Override
        public String id() {
            return "wsd";
        }

        @Override
        public LearningRateSchedule withTotalSteps(long steps) {
            return new WarmupStableDecay(peak, warmupSteps, steps, decayFraction, finalFraction);
        }
    }

    /**
     * The learning rates a run logged, linear between logged steps and flat beyond them. Its warmup
     * ends at the first step that logged the largest rate.
     */
    record Logged(double[] steps, double[] rates) implements LearningRateSchedule {
        public Logged {
            if (steps.length == 0 || steps.length != rates.length) {
                throw new IllegalArgumentException("a logged schedule needs as many steps as rates, and at least one");
            }
            steps = steps.clone();
            rates = rates.clone();
            for (int i = 1; i < steps.length; i++) {
                if (!(steps[i] >= steps[i - 1])) {
                    throw new IllegalArgumentException("logged learning rates must be in step order");
                }
            }
        }

        @Override
        public double at(long step) {
            int found = Arrays.binarySearch(steps, step);
            if (found >= 0) {
                return rates[found];
            }
            int after = -found - 1;
            if (after == 0) {
                return rates[0];
            }
            if (after == steps.length) {
                return rates[steps.length - 1];
            }
            double weight = (step - steps[after - 1]) / (steps[after] - steps[after - 1]);
            return rates[after - 1] + weight * (rates[after] - rates[after - 1]);
        }

        @Override
        public long warmupSteps() {
            int peakAt = 0;
            for (int i = 1; i < rates.length; i++) {
                if (rates[i] > rates[peakAt]) {
                    peakAt = i;
                }
            }
            return (long) steps[peakAt];
        }

        @Override
        public long totalSteps() {
            return (long) steps[steps.length - 1];
        }

        @Override
        public double peak() {
            return Arrays.stream(rates).max().orElseThrow();
        }

        @Override
        public String id() {
            return "logged";
        }

        @Override
        public LearningRateSchedule withTotalSteps(long total) {
            throw new IllegalArgumentException("a logged schedule cannot be stretched to another length");
        }
    }
}
