package org.scalingexplorer.engine.curves;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The envelope of a set of learning curves against training compute: at each of {@code gridSize}
 * log-spaced compute values, the lowest loss any curve reaches there and which curve holds it. This
 * is the construction of Hoffmann et al. 2022, Approach 1 (science.md section 3): each curve is
 * interpolated between its checkpoints (log loss linear in log compute, never extrapolated past its
 * first or last checkpoint), and the paper takes 1,500 log-spaced FLOP values.
 *
 * <p>Curves with fewer than two checkpoints of known compute cannot be interpolated and are left
 * out; {@link #curvesUsed()} says how many took part.
 */
public final class ComputeEnvelope {

    /** Hoffmann et al. 2022, Approach 1: "1500 logarithmically spaced FLOP values". */
    public static final int HOFFMANN_GRID = 1500;

    private final List<EnvelopePoint> points;
    private final int curvesUsed;

    private ComputeEnvelope(List<EnvelopePoint> points, int curvesUsed) {
        this.points = Collections.unmodifiableList(points);
        this.curvesUsed = curvesUsed;
    }

    public static ComputeEnvelope of(List<LearningCurve> curves) {
        return of(curves, HOFFMANN_GRID);
    }

    public static ComputeEnvelope of(List<LearningCurve> curves, int gridSize) {
        if (gridSize < 2) {
            throw new IllegalArgumentException("the envelope grid needs at least 2 compute values, got " + gridSize);
        }
        List<Trace> traces = new ArrayList<>();
        double lowest = Double.POSITIVE_INFINITY;
        double highest = 0;
        for (LearningCurve curve : curves) {
            Trace trace = Trace.of(curve);
            if (trace != null) {
                traces.add(trace);
                lowest = Math.min(lowest, trace.logFlops[0]);
                highest = Math.max(highest, trace.logFlops[trace.logFlops.length - 1]);
            }
        }
        if (traces.isEmpty()) {
            return new ComputeEnvelope(List.of(), 0);
        }
        double[] grid = new double[gridSize];
        for (int g = 0; g < gridSize; g++) {
            grid[g] = lowest + (highest - lowest) * g / (gridSize - 1);
        }
        double[] logLoss = new double[gridSize];
        double[] logTokens = new double[gridSize];
        int[] holder = new int[gridSize];
        Arrays.fill(logLoss, Double.POSITIVE_INFINITY);
        Arrays.fill(holder, -1);
        for (int t = 0; t < traces.size(); t++) {
            traces.get(t).lowerInto(grid, t, logLoss, logTokens, holder);
        }
        List<EnvelopePoint> points = new ArrayList<>();
        for (int g = 0; g < gridSize; g++) {
            if (holder[g] >= 0) {
                Trace trace = traces.get(holder[g]);
                LearningCurve curve = trace.curve;
                double flops = Math.exp(grid[g]);
                double tokens = Double.isNaN(logTokens[g]) ? flops / (6 * curve.params()) : Math.exp(logTokens[g]);
                points.add(new EnvelopePoint(flops, Math.exp(logLoss[g]), curve.name(), curve.params(), tokens,
                        tokens / trace.finishedTokens));
            }
        }
        return new ComputeEnvelope(points, traces.size());
    }

    /** How many of the envelope's points are held by a run read before its schedule ended. */
    public long midSchedulePoints() {
        return points.stream().filter(EnvelopePoint::midSchedule).count();
    }

    /** The mean of the points' schedule fractions (NaN when no holder's schedule is known). */
    public double meanScheduleFraction() {
        return points.stream().mapToDouble(EnvelopePoint::scheduleFraction).filter(f -> !Double.isNaN(f))
                .average().orElse(Double.NaN);
    }

    /** The envelope's points in order of compute; grid values no curve reaches are absent. */
    public List<EnvelopePoint> points() {
        return points;
    }

    public int curvesUsed() {
        return curvesUsed;
    }

    public boolean isEmpty() {
        return points.isEmpty();
    }

    /**
     * The runs that hold the envelope, each with the compute range it holds, in order of compute. A
     * run that holds two separate stretches appears twice.
     */
    public List<Holder> holders() {
        List<Holder> holders = new ArrayList<>();
        for (EnvelopePoint point : points) {
            Holder last = holders.isEmpty() ? null : holders.get(holders.size() - 1);
            if (last != null && last.run().equals(point.run())) {
                holders.set(holders.size() - 1, new Holder(last.run(), last.params(), last.fromFlops(), point.flops(),
                        last.points() + 1));
            } else {
                holders.add(new Holder(point.run(), point.params(), point.flops(), point.flops(), 1));
            }
        }
        return holders;
    }

    /** One stretch of the envelope held by one run. */
    public record Holder(String run, double params, double fromFlops, double toFlops, int points) {
    }

    /** A curve's checkpoints of known compute, in order of compute, in log space. */
    private static final class Trace {
        final LearningCurve curve;
        final double[] logFlops;
        final double[] logLoss;
        final double[] logTokens;
        /** Tokens seen when the run reaches its scheduled total: at its first finished checkpoint; NaN when unknown. */
        final double finishedTokens;

        private Trace(LearningCurve curve, double[] logFlops, double[] logLoss, double[] logTokens) {
            this.curve = curve;
            this.logFlops = logFlops;
            this.logLoss = logLoss;
            this.logTokens = logTokens;
            double finished = Double.NaN;
            for (int i = 0; i < curve.size() && curve.scheduleKnown() && Double.isNaN(finished); i++) {
                if (!curve.isMidSchedule(i) && curve.tokens(i) > 0) {
                    finished = curve.tokens(i);
                }
            }
            if (Double.isNaN(finished) && curve.scheduleKnown() && curve.tokens(curve.last()) > 0
                    && curve.step(curve.last()) > 0) {
                // Stopped early: the tokens its schedule would have reached, at its tokens per step.
                finished = curve.tokens(curve.last()) / curve.step(curve.last()) * curve.totalSteps();
            }
            this.finishedTokens = finished;
        }

        static Trace of(LearningCurve curve) {
            Integer[] order = new Integer[curve.size()];
            int n = 0;
            for (int i = 0; i < curve.size(); i++) {
                if (curve.flops(i) > 0) {
                    order[n++] = i;
                }
            }
            if (n < 2) {
                return null;
            }
            Integer[] known = Arrays.copyOf(order, n);
            Arrays.sort(known, (a, b) -> Double.compare(curve.flops(a), curve.flops(b)));
            double[] logFlops = new double[n];
            double[] logLoss = new double[n];
            double[] logTokens = new double[n];
            int m = 0;
            for (int k = 0; k < n; k++) {
                int i = known[k];
                double x = Math.log(curve.flops(i));
                double y = Math.log(curve.loss(i));
                // Two checkpoints at one compute: keep the lower loss.
                if (m > 0 && x == logFlops[m - 1]) {
                    if (y < logLoss[m - 1]) {
                        logLoss[m - 1] = y;
                        logTokens[m - 1] = Math.log(curve.tokens(i));
                    }
                    continue;
                }
                logFlops[m] = x;
                logLoss[m] = y;
                logTokens[m] = Math.log(curve.tokens(i));
                m++;
            }
            if (m < 2) {
                return null;
            }
            return new Trace(curve, Arrays.copyOf(logFlops, m), Arrays.copyOf(logLoss, m), Arrays.copyOf(logTokens, m));
        }

        /** Lowers the envelope at every grid value this curve spans. */
        void lowerInto(double[] grid, int index, double[] envelope, double[] envelopeTokens, int[] holder) {
            int g = Arrays.binarySearch(grid, logFlops[0]);
            if (g < 0) {
                g = -g - 1;
            }
            int segment = 0;
            double last = logFlops[logFlops.length - 1];
            for (; g < grid.length && grid[g] <= last; g++) {
                double x = grid[g];
                while (segment < logFlops.length - 2 && logFlops[segment + 1] < x) {
                    segment++;
                }
                double weight = (x - logFlops[segment]) / (logFlops[segment + 1] - logFlops[segment]);
                double y = logLoss[segment] + weight * (logLoss[segment + 1] - logLoss[segment]);
                if (y < envelope[g]) {
                    envelope[g] = y;
                    envelopeTokens[g] = logTokens[segment] + weight * (logTokens[segment + 1] - logTokens[segment]);
                    holder[g] = index;
                }
            }
        }
    }
}
