package org.scalingexplorer.engine.curves;

import com.fasterxml.jackson.core.io.NumberInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.DecimalNumber;
import org.scalingexplorer.engine.io.RowProblem;

/**
 * Turns rows (one value per {@link CurveLayout} slot, as text) into learning curves. A bad field
 * makes its row a {@link RowProblem} naming the line and the file's column; the other rows still
 * load. Checkpoints of a run at the same position on the axis are merged (mean loss) and reported.
 */
final class CurveAssembler {

    /** The physical range of each numeric slot (as the run importer checks them); null: 0 or more. */
    private static final PhysicalRange[] RANGES = {null, PhysicalRange.TOKENS, PhysicalRange.FLOPS, PhysicalRange.LOSS,
            null, null, PhysicalRange.PARAMS};

    /** Problems and duplicates kept for the report; beyond this they are only counted. */
    static final int MAX_KEPT_REPORTS = 1000;

    private final CurveLayout layout;
    private final String defaultRunName;
    private final boolean missingRunIsDefault;
    private final Map<String, CurveBuilder> builders = new LinkedHashMap<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final double[] numbers = new double[CurveLayout.FIRST_RUN_SLOT];
    /** The last text each slot parsed to a valid value, and that value: a run's size or schedule repeats on every row. */
    private final String[] lastText = new String[CurveLayout.FIRST_RUN_SLOT];
    private final double[] lastValue = new double[CurveLayout.FIRST_RUN_SLOT];
    private String[] lastRunParts;
    private final StringBuilder runName = new StringBuilder();
    private int problemCount;
    private long rowsRead;
    private long rowsWithoutLoss;
    private String lastRunName;
    private CurveBuilder lastBuilder;

    /**
     * {@code defaultRunName} names the one curve of a file without a run column; with
     * {@code missingRunIsDefault} (JSON Lines) it also names rows that lack the run key.
     */
    CurveAssembler(CurveLayout layout, String defaultRunName, boolean missingRunIsDefault) {
        this.layout = layout;
        this.defaultRunName = defaultRunName;
        this.missingRunIsDefault = missingRunIsDefault || !layout.has(CurveLayout.FIRST_RUN_SLOT);
    }

    /** One row; {@code values[slot]} is the raw text or null when the row has no such field. */
    void accept(String[] values, int line) {
        rowsRead++;
        int problemsBefore = problemCount;
        for (int slot = 0; slot < CurveLayout.FIRST_RUN_SLOT; slot++) {
            numbers[slot] = parse(values[slot], slot, line);
        }
        if (problemCount > problemsBefore) {
            return;
        }
        String run = sameRunAsLastRow(values) ? lastRunName : runName(values);
        if (run == null) {
            problem(line, layout.describe(CurveLayout.FIRST_RUN_SLOT), "missing run name");
            return;
        }
        CurveBuilder builder = builder(run);
        double step = numbers[CurveLayout.STEP];
        double lr = numbers[CurveLayout.LR];
        if (!Double.isNaN(step) && !Double.isNaN(lr)) {
            builder.lrTrace(step, lr);
        }
        double loss = numbers[CurveLayout.LOSS];
        if (Double.isNaN(loss)) {
            rowsWithoutLoss++;
            return;
        }
        double flops = numbers[CurveLayout.FLOPS];
        if (Double.isNaN(flops) && layout.flopsDerived()) {
            double params = numbers[CurveLayout.PARAMS];
            double tokens = numbers[CurveLayout.TOKENS];
            if (!Double.isNaN(params) && !Double.isNaN(tokens)) {
                flops = ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens;
                if (Double.isInfinite(flops)) {
                    problem(line, layout.describe(CurveLayout.FLOPS), "6 * params * tokens overflows");
                    return;
                }
            }
        }
        numbers[CurveLayout.FLOPS] = flops;
        int axisSlot = switch (layout.axis()) {
            case STEP -> CurveLayout.STEP;
            case TOKENS -> CurveLayout.TOKENS;
            case FLOPS -> CurveLayout.FLOPS;
        };
        if (Double.isNaN(numbers[axisSlot])) {
            problem(line, layout.describe(axisSlot), "missing value (the curves are read against "
                    + layout.axis().role() + ")");
            return;
        }
        String conflict = builder.conflict(numbers[CurveLayout.PARAMS], numbers[CurveLayout.TOTAL_STEPS]);
        if (conflict != null) {
            problem(line, layout.describe(conflict.equals(CurveRoles.PARAMS) ? CurveLayout.PARAMS : CurveLayout.TOTAL_STEPS),
                    "run '" + run + "' has " + builder.describeConstant(conflict) + " from an earlier row, got "
                            + values[conflict.equals(CurveRoles.PARAMS) ? CurveLayout.PARAMS : CurveLayout.TOTAL_STEPS]);
            return;
        }
        builder.add(numbers[axisSlot], numbers, line);
    }

    /** A row that could not be split into fields at all (e.g. a line that is not JSON). */
    void reject(int line, String message) {
        rowsRead++;
        problem(line, "row", message);
    }

    /** The rows read so far, as curves; duplicates merged. */
    CurveImport finish(String source) {
        List<LearningCurve> curves = new ArrayList<>(builders.size());
        List<DuplicateCheckpoint> duplicates = new ArrayList<>();
        int[] duplicateCount = {0};
        for (CurveBuilder builder : builders.values()) {
            LearningCurve curve = builder.build(layout.axis(), duplicates, duplicateCount);
            if (curve != null) {
                curves.add(curve);
            }
        }
        return new CurveImport(source, layout.axis(), curves, problems, problemCount, duplicates, duplicateCount[0],
                rowsRead, rowsWithoutLoss);
    }

    private CurveBuilder builder(String run) {
        if (run.equals(lastRunName)) {
            return lastBuilder;
        }
        CurveBuilder builder = builders.computeIfAbsent(run, CurveBuilder::new);
        lastRunName = run;
        lastBuilder = builder;
        return builder;
    }

    /** Whether the row's run columns hold the same text as the last row's: a log lists a run's rows together. */
    private boolean sameRunAsLastRow(String[] values) {
        int first = CurveLayout.FIRST_RUN_SLOT;
        int parts = layout.runSlots();
        boolean same = lastRunName != null && lastRunParts != null;
        for (int i = 0; i < parts && same; i++) {
            String value = values[first + i];
            same = value != null && value.equals(lastRunParts[i]);
        }
        if (!same) {
            if (lastRunParts == null) {
                lastRunParts = new String[parts];
            }
            for (int i = 0; i < parts; i++) {
                lastRunParts[i] = values[first + i];
            }
            lastRunName = null;
        }
        return same;
    }

    /** The run's name: the run columns joined, the default name when the file has none, null when empty. */
    private String runName(String[] values) {
        if (layout.runSlots() == 1) {
            String value = values[CurveLayout.FIRST_RUN_SLOT];
            if (value == null) {
                return missingRunIsDefault ? defaultRunName : null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        runName.setLength(0);
        boolean any = false;
        for (int i = 0; i < layout.runSlots(); i++) {
            String value = values[CurveLayout.FIRST_RUN_SLOT + i];
            String stripped = value == null ? "" : value.strip();
            any |= !stripped.isEmpty();
            if (i > 0) {
                runName.append(CurveRoles.RUN_NAME_SEPARATOR);
            }
            runName.append(stripped);
        }
        return any ? runName.toString() : null;
    }

    /** The field as a number; NaN when absent or empty; NaN and a problem when it is not a valid value. */
    private double parse(String raw, int slot, int line) {
        if (raw == null) {
            return Double.NaN;
        }
        String text = raw;
        if (!text.isEmpty() && (text.charAt(0) <= ' ' || text.charAt(text.length() - 1) <= ' ')) {
            text = text.strip();
        }
        if (text.isEmpty()) {
            return Double.NaN;
        }
        if (text.equals(lastText[slot])) {
            return lastValue[slot];
        }
        double value;
        try {
            value = number(text);
        } catch (IllegalArgumentException e) {
            problem(line, layout.describe(slot), e.getMessage());
            return Double.NaN;
        }
        String why = RANGES[slot] != null ? RANGES[slot].problem(value)
                : value < 0 ? "must be 0 or more, got " + text
                : slot == CurveLayout.TOTAL_STEPS && value == 0 ? "must be greater than 0, got " + text : null;
        if (why != null) {
            problem(line, layout.describe(slot), why);
            return Double.NaN;
        }
        lastText[slot] = text;
        lastValue[slot] = value;
        return value;
    }

    /**
     * A number as {@link DecimalNumber} reads it (decimal notation only, finite, not subnormal), with
     * a fast path for the common case: digits only (steps, token counts) are read directly and other
     * decimal numbers by Jackson's copy of FastDoubleParser, which rounds exactly as
     * {@link Double#parseDouble} does and is several times faster on the 17-digit numbers loggers
     * write. Anything else goes to {@link DecimalNumber#parse}, which says what is wrong.
     */
    private static double number(String text) {
        int length = text.length();
        if (length <= 18) {
            long digits = 0;
            int i = 0;
            for (; i < length && isDigit(text.charAt(i)); i++) {
                digits = digits * 10 + (text.charAt(i) - '0');
            }
            if (i == length) {
                return digits;
            }
        }
        if (length <= Limits.NUMBER_CHARS && isPlainDecimal(text)) {
            double value = NumberInput.parseDouble(text, true);
            if (Double.isFinite(value) && (value == 0 || Math.abs(value) >= Double.MIN_NORMAL)) {
                return value;
            }
        }
        return DecimalNumber.parse(text);
    }

    /** {@code [+-]digits[.digits][(e|E)[+-]digits]} with a digit in the mantissa and, if present, the exponent. */
    private static boolean isPlainDecimal(String text) {
        int n = text.length();
        int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
        int mantissaDigits = 0;
        for (; i < n && isDigit(text.charAt(i)); i++) {
            mantissaDigits++;
        }
        if (i < n && text.charAt(i) == '.') {
            for (i++; i < n && isDigit(text.charAt(i)); i++) {
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            for (; i < n && isDigit(text.charAt(i)); i++) {
                // exponent digits
            }
            return i > exponentStart && i == n;
        }
        return i == n;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void problem(int line, String field, String message) {
        problemCount++;
        if (problems.size() < MAX_KEPT_REPORTS) {
            problems.add(new RowProblem(line, field, message));
        }
    }

    /** One run's rows as they arrive, column-wise. */
    private static final class CurveBuilder {
        private final String name;
        private double params = Double.NaN;
        private double totalSteps = Double.NaN;
        private double[] positions = new double[16];
        private double[][] columns = new double[CurveLayout.FIRST_RUN_SLOT][16];
        private int[] lines = new int[16];
        private int size;
        private double[] traceSteps = new double[0];
        private double[] traceValues = new double[0];
        private int traceSize;

        CurveBuilder(String name) {
            this.name = name;
        }

        /** Which constant of the run a row contradicts (params or total_steps), or null. */
        String conflict(double rowParams, double rowTotalSteps) {
            if (!Double.isNaN(rowParams)) {
                if (Double.isNaN(params)) {
                    params = rowParams;
                } else if (params != rowParams) {
                    return CurveRoles.PARAMS;
                }
            }
            if (!Double.isNaN(rowTotalSteps)) {
                if (Double.isNaN(totalSteps)) {
                    totalSteps = rowTotalSteps;
                } else if (totalSteps != rowTotalSteps) {
                    return CurveRoles.TOTAL_STEPS;
                }
            }
            return null;
        }

        String describeConstant(String role) {
            return role + " " + (role.equals(CurveRoles.PARAMS) ? params : totalSteps);
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
            for (int c = 0; c < columns.length; c++) {
                columns[c][size] = numbers[c];
            }
            size++;
        }

        void lrTrace(double step, double lr) {
            if (traceSize == traceSteps.length) {
                int capacity = Math.max(16, traceSize * 2);
                traceSteps = Arrays.copyOf(traceSteps, capacity);
                traceValues = Arrays.copyOf(traceValues, capacity);
            }
            traceSteps[traceSize] = step;
            traceValues[traceSize] = lr;
            traceSize++;
        }

        /** The curve in axis order with duplicates merged, or null when the run has only loss-less rows. */
        LearningCurve build(CurveAxis axis, List<DuplicateCheckpoint> duplicates, int[] duplicateCount) {
            if (size == 0) {
                return null;
            }
            Integer[] order = sortedOrder(positions, size);
            double[][] merged = new double[CurveLayout.FIRST_RUN_SLOT][size];
            int[] mergedLines = new int[size];
            int[] groupSize = new int[size];
            int n = 0;
            for (int k = 0; k < size; k++) {
                int i = order == null ? k : order[k];
                if (n > 0 && positions[i] == positionOf(order, k - 1)) {
                    int kept = n - 1;
                    double firstLoss = merged[CurveLayout.LOSS][kept] / groupSize[kept];
                    duplicateCount[0]++;
                    if (duplicates.size() < MAX_KEPT_REPORTS) {
                        duplicates.add(new DuplicateCheckpoint(name, axis, positions[i], mergedLines[kept], lines[i],
                                firstLoss, columns[CurveLayout.LOSS][i]));
                    }
                    merged[CurveLayout.LOSS][kept] += columns[CurveLayout.LOSS][i];
                    groupSize[kept]++;
                    for (int c = 0; c < columns.length; c++) {
                        if (c != CurveLayout.LOSS && Double.isNaN(merged[c][kept])) {
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
                merged[CurveLayout.LOSS][k] /= groupSize[k];
            }
            Integer[] traceOrder = sortedOrder(traceSteps, traceSize);
            double[] sortedTraceSteps = new double[traceSize];
            double[] sortedTraceValues = new double[traceSize];
            for (int k = 0; k < traceSize; k++) {
                int i = traceOrder == null ? k : traceOrder[k];
                sortedTraceSteps[k] = traceSteps[i];
                sortedTraceValues[k] = traceValues[i];
            }
            return new LearningCurve(name, params, totalSteps, Arrays.copyOf(merged[CurveLayout.STEP], n),
                    Arrays.copyOf(merged[CurveLayout.TOKENS], n), Arrays.copyOf(merged[CurveLayout.FLOPS], n),
                    Arrays.copyOf(merged[CurveLayout.LOSS], n), Arrays.copyOf(merged[CurveLayout.LR], n),
                    Arrays.copyOf(mergedLines, n), sortedTraceSteps, sortedTraceValues);
        }

        private double positionOf(Integer[] order, int k) {
            return positions[order == null ? k : order[k]];
        }

        /** Null when already in order (the usual case: a log is written as training runs), else a stable sort. */
        private static Integer[] sortedOrder(double[] keys, int n) {
            boolean sorted = true;
            for (int i = 1; i < n && sorted; i++) {
                sorted = keys[i - 1] <= keys[i];
            }
            if (sorted) {
                return null;
            }
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(keys[a], keys[b]));
            return order;
        }
    }
}
