package org.scalingexplorer.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scalingexplorer.engine.curves.ComputeEnvelope;
import org.scalingexplorer.engine.curves.EnvelopePoint;
import org.scalingexplorer.engine.curves.LearningCurve;

/**
 * What the curves chart draws against one axis (tokens or compute), ready for a dataset: one series
 * per model size (its curves joined, NaN between curves so no line runs from one to the next), the
 * checkpoints read before their schedule ended (drawn hollow) and the last checkpoint of each curve,
 * and, against compute, the envelope. A curve of more checkpoints than the chart can show usefully
 * is thinned evenly in log x, keeping its last checkpoint; {@link #thinned()} says so.
 */
public record CurvesPlot(List<SizeSeries> sizes, double[] envelopeX, double[] envelopeLoss, int shownPoints,
                         int totalPoints) {

    /** Points the whole chart draws at most, shared among the curves (each gets 8 to 400). */
    static final int POINT_BUDGET = 60_000;

    /** One model size: its curves as one broken line, its mid-schedule checkpoints and its curves' ends. */
    public record SizeSeries(double params, int curves, double[] lineX, double[] lineY, double[] midX, double[] midY,
                             double[] endX, double[] endY) {
    }

    public boolean thinned() {
        return shownPoints < totalPoints;
    }

    public boolean hasEnvelope() {
        return envelopeX.length > 0;
    }

    /** The curves against tokens ({@code byCompute} false) or compute, with the envelope against compute. */
    static CurvesPlot of(List<LearningCurve> curves, boolean byCompute, ComputeEnvelope envelope) {
        int perCurve = Math.max(8, Math.min(400, POINT_BUDGET / Math.max(1, curves.size())));
        Map<Double, List<LearningCurve>> bySize = new TreeMap<>((a, b) -> Double.isNaN(a) ? (Double.isNaN(b) ? 0 : 1)
                : Double.isNaN(b) ? -1 : Double.compare(a, b));
        for (LearningCurve curve : curves) {
            bySize.computeIfAbsent(curve.params(), size -> new ArrayList<>()).add(curve);
        }
        List<SizeSeries> sizes = new ArrayList<>();
        int shown = 0;
        int total = 0;
        for (Map.Entry<Double, List<LearningCurve>> size : bySize.entrySet()) {
            Points line = new Points();
            Points mid = new Points();
            Points ends = new Points();
            for (LearningCurve curve : size.getValue()) {
                total += curve.size();
                shown += addCurve(curve, byCompute, perCurve, line, mid, ends);
            }
            sizes.add(new SizeSeries(size.getKey(), size.getValue().size(), line.x(), line.y(), mid.x(), mid.y(),
                    ends.x(), ends.y()));
        }
        double[] envelopeX = new double[0];
        double[] envelopeLoss = new double[0];
        if (byCompute) {
            List<EnvelopePoint> points = envelope.points();
            envelopeX = points.stream().mapToDouble(EnvelopePoint::flops).toArray();
            envelopeLoss = points.stream().mapToDouble(EnvelopePoint::loss).toArray();
        }
        return new CurvesPlot(sizes, envelopeX, envelopeLoss, shown, total);
    }

    /** Adds one curve (thinned to about {@code budget} points); returns how many checkpoints it draws. */
    private static int addCurve(LearningCurve curve, boolean byCompute, int budget, Points line, Points mid,
                                Points ends) {
        double first = Double.NaN;
        double last = Double.NaN;
        for (int i = 0; i < curve.size(); i++) {
            double x = x(curve, i, byCompute);
            if (x > 0) {
                first = Double.isNaN(first) ? x : first;
                last = x;
            }
        }
        if (Double.isNaN(first)) {
            return 0;
        }
        double spacing = (Math.log(last) - Math.log(first)) / budget;
        double lastKept = Double.NEGATIVE_INFINITY;
        int kept = 0;
        int lastIndex = -1;
        for (int i = 0; i < curve.size(); i++) {
            if (x(curve, i, byCompute) > 0) {
                lastIndex = i;
            }
        }
        for (int i = 0; i <= lastIndex; i++) {
            double x = x(curve, i, byCompute);
            if (!(x > 0)) {
                continue;
            }
            double logX = Math.log(x);
            if (i != lastIndex && curve.size() > budget && logX < lastKept + spacing) {
                continue;
            }
            lastKept = logX;
            kept++;
            line.add(x, curve.loss(i));
            if (curve.isMidSchedule(i)) {
                mid.add(x, curve.loss(i));
            }
        }
        line.add(Double.NaN, Double.NaN);
        ends.add(x(curve, lastIndex, byCompute), curve.loss(lastIndex));
        return kept;
    }

    private static double x(LearningCurve curve, int i, boolean byCompute) {
        return byCompute ? curve.flops(i) : curve.tokens(i);
    }

    /** A growing pair of coordinate arrays. */
    private static final class Points {
        private double[] xs = new double[64];
        private double[] ys = new double[64];
        private int n;

        void add(double x, double y) {
            if (n == xs.length) {
                xs = java.util.Arrays.copyOf(xs, n * 2);
                ys = java.util.Arrays.copyOf(ys, n * 2);
            }
            xs[n] = x;
            ys[n] = y;
            n++;
        }

        double[] x() {
            return java.util.Arrays.copyOf(xs, n);
        }

        double[] y() {
            return java.util.Arrays.copyOf(ys, n);
        }
    }
}
