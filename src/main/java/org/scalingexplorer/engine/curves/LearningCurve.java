package org.scalingexplorer.engine.curves;

import java.util.Arrays;

/**
 * One run's log: its checkpoints in order along the curve's axis, each with step, tokens, compute,
 * loss and learning rate (NaN where the file did not say), and the run's size and scheduled length
 * (NaN where unknown). {@code lrTrace} is every (step, learning rate) the file logged for the run,
 * also from rows without a loss, so a schedule can be read back from a tracker export.
 *
 * <p>Stored column-wise: a million checkpoints are a few arrays, not a million objects.
 */
public final class LearningCurve {
    private final String name;
    private final double params;
    private final double totalSteps;
    private final double[] steps;
    private final double[] tokens;
    private final double[] flops;
    private final double[] losses;
    private final double[] lrs;
    private final int[] lines;
    private final double[] lrTraceSteps;
    private final double[] lrTraceValues;

    LearningCurve(String name, double params, double totalSteps, double[] steps, double[] tokens, double[] flops,
                  double[] losses, double[] lrs, int[] lines, double[] lrTraceSteps, double[] lrTraceValues) {
        if (losses.length == 0) {
            throw new IllegalArgumentException("run '" + name + "' has no checkpoint");
        }
        this.name = name;
        this.params = params;
        this.totalSteps = totalSteps;
        this.steps = steps;
        this.tokens = tokens;
        this.flops = flops;
        this.losses = losses;
        this.lrs = lrs;
        this.lines = lines;
        this.lrTraceSteps = lrTraceSteps;
        this.lrTraceValues = lrTraceValues;
    }

    /**
     * A curve built in code (tests, simulations): checkpoints at {@code steps} with the given losses,
     * {@code tokensPerStep} tokens a step and C = 6 N D.
     */
    public static LearningCurve of(String name, double params, double totalSteps, double tokensPerStep,
                                   double[] steps, double[] losses) {
        int n = steps.length;
        if (losses.length != n) {
            throw new IllegalArgumentException("steps and losses differ in length: " + n + " vs " + losses.length);
        }
        double[] tokens = new double[n];
        double[] flops = new double[n];
        double[] lrs = new double[n];
        int[] lines = new int[n];
        for (int i = 0; i < n; i++) {
            tokens[i] = steps[i] * tokensPerStep;
            flops[i] = 6 * params * tokens[i];
            lrs[i] = Double.NaN;
        }
        return new LearningCurve(name, params, totalSteps, steps.clone(), tokens, flops, losses.clone(), lrs, lines,
                new double[0], new double[0]);
    }

    public String name() {
        return name;
    }

    public int size() {
        return losses.length;
    }

    public double params() {
        return params;
    }

    public boolean hasParams() {
        return !Double.isNaN(params);
    }

    /** The run's scheduled number of steps, NaN when the file did not say. */
    public double totalSteps() {
        return totalSteps;
    }

    public boolean scheduleKnown() {
        return !Double.isNaN(totalSteps);
    }

    public double step(int i) {
        return steps[i];
    }

    public double tokens(int i) {
        return tokens[i];
    }

    public double flops(int i) {
        return flops[i];
    }

    public double loss(int i) {
        return losses[i];
    }

    public double lr(int i) {
        return lrs[i];
    }

    /** The file line the checkpoint came from (the first, when duplicates were merged); 0 for curves built in code. */
    public int line(int i) {
        return lines[i];
    }

    public int last() {
        return losses.length - 1;
    }

    /** A checkpoint read before the run's schedule ended: its step is below the scheduled total. */
    public boolean isMidSchedule(int i) {
        return scheduleKnown() && !Double.isNaN(steps[i]) && steps[i] < totalSteps;
    }

    /** The run reached the end of its schedule: its last checkpoint's step is at or past the scheduled total. */
    public boolean finished() {
        return scheduleKnown() && !Double.isNaN(steps[last()]) && steps[last()] >= totalSteps;
    }

    public int midScheduleCount() {
        int count = 0;
        for (int i = 0; i < size(); i++) {
            if (isMidSchedule(i)) {
                count++;
            }
        }
        return count;
    }

    /** The largest learning rate the file logged for this run, NaN when it logged none. */
    public double peakLearningRate() {
        double peak = Double.NaN;
        for (double lr : lrTraceValues) {
            if (Double.isNaN(peak) || lr > peak) {
                peak = lr;
            }
        }
        return peak;
    }

    public double[] lrTraceSteps() {
        return lrTraceSteps.clone();
    }

    public double[] lrTraceValues() {
        return lrTraceValues.clone();
    }

    public double[] steps() {
        return steps.clone();
    }

    public double[] losses() {
        return losses.clone();
    }

    public double[] flops() {
        return flops.clone();
    }

    public double[] tokens() {
        return tokens.clone();
    }

    /** This curve without its checkpoints past index {@code lastKept}: a run stopped early. */
    public LearningCurve truncatedAfter(int lastKept) {
        int n = lastKept + 1;
        return new LearningCurve(name, params, totalSteps, Arrays.copyOf(steps, n), Arrays.copyOf(tokens, n),
                Arrays.copyOf(flops, n), Arrays.copyOf(losses, n), Arrays.copyOf(lrs, n), Arrays.copyOf(lines, n),
                lrTraceSteps, lrTraceValues);
    }

    @Override
    public String toString() {
        return "LearningCurve[" + name + ", " + size() + " checkpoints]";
    }
}
