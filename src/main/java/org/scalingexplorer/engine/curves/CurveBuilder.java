package org.scalingexplorer.engine.curves;

import java.util.Arrays;
import java.util.List;

/**
 * One run's rows as they arrive, column-wise in primitive arrays, and the curve they make: sorted
 * along the axis, with checkpoints at one position merged (mean loss) and reported.
 */
final class CurveBuilder {
    /** The per-checkpoint columns kept, as {@link CurveLayout} slots. */
    private static final int[] KEPT = {CurveLayout.STEP, CurveLayout.TOKENS, CurveLayout.FLOPS, CurveLayout.LOSS,
            CurveLayout.LR};
    private static final int STEP = 0;
    private static final int TOKENS = 1;
    private static final int FLOPS = 2;
    private static final int LOSS = 3;
    private static final int LR = 4;

    private final String name;
    private double params = Double.NaN;
    private double nonEmbeddingParams = Double.NaN;
    private double totalSteps = Double.NaN;
    private double[] positions;
    private final double[][] columns = new double[KEPT.length][];
    private int[] lines;
    private int size;
    private double[] traceSteps = new double[0];
    private double[] traceValues = new double[0];
    private int traceSize;

    /** {@code capacity}: the checkpoints expected (a sweep's runs log alike: the previous run's count). */
    CurveBuilder(String name, int capacity) {
        this.name = name;
        int initial = Math.max(16, capacity);
        positions = new double[initial];
        lines = new int[initial];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = new double[initial];
        }
    }

    int size() {
        return size;
    }

    /** The slot of the run constant (params, its second count, total steps) a row contradicts, or -1. */
    int conflict(double[] numbers) {
        double rowParams = numbers[CurveLayout.PARAMS];
        double rowSecond = numbers[CurveLayout.NON_EMBEDDING_PARAMS];
        double rowTotal = numbers[CurveLayout.TOTAL_STEPS];
        if (differs(params, rowParams)) {
            return CurveLayout.PARAMS;
        }
        if (differs(nonEmbeddingParams, rowSecond)) {
            return CurveLayout.NON_EMBEDDING_PARAMS;
        }
        if (differs(totalSteps, rowTotal)) {
            return CurveLayout.TOTAL_STEPS;
        }
        if (!Double.isNaN(rowParams)) {
            params = rowParams;
        }
        if (!Double.isNaN(rowSecond)) {
            nonEmbeddingParams = rowSecond;
        }
        if (!Double.isNaN(rowTotal)) {
            totalSteps = rowTotal;
        }
        return -1;
    }

    private static boolean differs(double kept, double row) {
        return !Double.isNaN(kept) && !Double.isNaN(row) && kept != row;
    }

    /** The run's value of a constant slot, as a conflict names it. */
    double constant(int slot) {
        return slot == CurveLayout.PARAMS ? params : slot == CurveLayout.NON_EMBEDDING_PARAMS ? nonEmbeddingParams
                : totalSteps;
    }

    void add(double position, double[] numbers, int line) {
        if (size == positions.length) {
            int capacity = size * 2;
            positions = Arrays.copyOf(positions, capacity);
            lines = Arrays.copyOf(lines, capacity);
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], capacity);
            }
        }
        positions[size] = position;
        lines[size] = line;
        for (int c = 0; c < KEPT.length; c++) {
            columns[c][size] = numbers[KEPT[c]];
        }
        size++;
    }

    void lrTrace(double step, double lr) {
        if (traceSize == traceSteps.length) {
            int capacity = Math.max(Math.max(16, positions.length), traceSize * 2);
            traceSteps = Arrays.copyOf(traceSteps, capacity);
            traceValues = Arrays.copyOf(traceValues, capacity);
        }
        traceSteps[traceSize] = step;
        traceValues[traceSize] = lr;
        traceSize++;
    }

    /** The curve in axis order with duplicates merged, or null when the run has only loss-less rows. */
    LearningCurve build(CurveAxis axis, List<DuplicateCheckpoint> duplicates, int[] duplicateCount, int maxKept) {
        if (size == 0) {
            return null;
        }
        double[] sortedTraceSteps = Arrays.copyOf(traceSteps, traceSize);
        double[] sortedTraceValues = Arrays.copyOf(traceValues, traceSize);
        int[] traceOrder = sortedOrder(traceSteps, traceSize);
        if (traceOrder != null) {
            for (int k = 0; k < traceSize; k++) {
                sortedTraceSteps[k] = traceSteps[traceOrder[k]];
                sortedTraceValues[k] = traceValues[traceOrder[k]];
            }
        }
        if (strictlyAscending()) {
            // The usual log: one row per checkpoint, written as training ran. Nothing to sort or merge.
            return new LearningCurve(name, params, nonEmbeddingParams, totalSteps, trimmed(STEP), trimmed(TOKENS),
                    trimmed(FLOPS), trimmed(LOSS), trimmed(LR), Arrays.copyOf(lines, size), sortedTraceSteps,
                    sortedTraceValues);
        }
        int[] order = sortedOrder(positions, size);
        double[][] merged = new double[KEPT.length][size];
        int[] mergedLines = new int[size];
        int[] groupSize = new int[size];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = order == null ? k : order[k];
            if (n > 0 && positions[i] == positions[order == null ? k - 1 : order[k - 1]]) {
                int kept = n - 1;
                double firstLoss = merged[LOSS][kept] / groupSize[kept];
                duplicateCount[0]++;
                if (duplicates.size() < maxKept) {
                    duplicates.add(new DuplicateCheckpoint(name, axis, positions[i], mergedLines[kept], lines[i],
                            firstLoss, columns[LOSS][i]));
                }
                merged[LOSS][kept] += columns[LOSS][i];
                groupSize[kept]++;
                for (int c = 0; c < columns.length; c++) {
                    if (c != LOSS && Double.isNaN(merged[c][kept])) {
                        merged[c][kept] = columns[c][i];
                    }
                }
                continue;
            }
            for (int c = 0; c < columns.length; c++) {
                merged[c][n] = columns[c][i];
            }
            mergedLines[n] = lines[i];
            groupSize[n] = 1;
            n++;
        }
        for (int k = 0; k < n; k++) {
            merged[LOSS][k] /= groupSize[k];
        }
        return new LearningCurve(name, params, nonEmbeddingParams, totalSteps, Arrays.copyOf(merged[STEP], n),
                Arrays.copyOf(merged[TOKENS], n), Arrays.copyOf(merged[FLOPS], n), Arrays.copyOf(merged[LOSS], n),
                Arrays.copyOf(merged[LR], n), Arrays.copyOf(mergedLines, n), sortedTraceSteps, sortedTraceValues);
    }

    private boolean strictlyAscending() {
        for (int i = 1; i < size; i++) {
            if (!(positions[i - 1] < positions[i])) {
                return false;
            }
        }
        return true;
    }

    private double[] trimmed(int column) {
        return columns[column].length == size ? columns[column] : Arrays.copyOf(columns[column], size);
    }

    /** Null when already in order (the usual case), else the indices of a stable sort by key. */
    private static int[] sortedOrder(double[] keys, int n) {
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = keys[i - 1] <= keys[i];
        }
        if (sorted) {
            return null;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> Double.compare(keys[a], keys[b]));
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = boxed[i];
        }
        return order;
    }
}
