package org.scalingexplorer.engine.curves;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.DecimalNumber;
import org.scalingexplorer.engine.io.RowProblem;

/**
 * Turns rows into learning curves. A row is the bytes of its fields ({@code starts[c]} to
 * {@code ends[c]} in {@code data} for column c; a negative start: the row has no such field), read
 * where they lie: numbers are parsed from the bytes, and a String is made only for a run's name when
 * the run changes and for the message of a bad field. A bad field makes its row a {@link RowProblem}
 * naming the line and the file's column; the other rows still load. Checkpoints of a run at the same
 * position on the axis are merged (mean loss) and reported.
 */
final class CurveAssembler {

    /** The physical range of each numeric slot (as the run importer checks them); null: 0 or more. */
    private static final PhysicalRange[] RANGES = {null, PhysicalRange.TOKENS, PhysicalRange.FLOPS, PhysicalRange.LOSS,
            null, null, PhysicalRange.PARAMS, PhysicalRange.PARAMS};

    /** Problems and duplicates kept for the report; beyond this they are only counted. */
    static final int MAX_KEPT_REPORTS = 1000;

    private final CurveLayout layout;
    private final int[] columnOfSlot;
    private final String defaultRunName;
    private final boolean missingRunIsDefault;
    private final Map<String, CurveBuilder> builders = new HashMap<>();
    private final List<CurveBuilder> inOrder = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final DecimalBytes decimals = new DecimalBytes();
    private final double[] numbers = new double[CurveLayout.FIRST_RUN_SLOT];
    /** The bytes each slot last parsed to a valid value, and that value: a run's size or schedule repeats on every row. */
    private final byte[][] lastBytes = new byte[CurveLayout.FIRST_RUN_SLOT][16];
    private final int[] lastLength = new int[CurveLayout.FIRST_RUN_SLOT];
    private final double[] lastValue = new double[CurveLayout.FIRST_RUN_SLOT];
    /**
     * Rows for which a slot skips its cache, and the skip it takes after its next miss: a slot whose
     * value changes on every row (a step, a loss) is compared once in 64 rows, not on each.
     */
    private final int[] cacheSkip = new int[CurveLayout.FIRST_RUN_SLOT];
    private final int[] cacheBackoff = new int[CurveLayout.FIRST_RUN_SLOT];
    /** The run columns of the last row, as bytes (length -1: absent). */
    private final byte[][] lastRunBytes;
    private final int[] lastRunLength;
    private final StringBuilder runName = new StringBuilder();
    private int problemCount;
    private long rowsRead;
    private long rowsWithoutLoss;
    private String lastRunName;
    private CurveBuilder lastBuilder;

    private byte[] data;
    private int[] starts;
    private int[] ends;
    private int fields;

    /** Text rows (JSON Lines) are encoded here, one column per slot. */
    private byte[] textBytes = new byte[256];
    private final int[] textStarts;
    private final int[] textEnds;

    /**
     * {@code columnOfSlot[slot]} is the column of the row that fills the slot (-1: none);
     * {@code defaultRunName} names the one curve of a file without a run column; with
     * {@code missingRunIsDefault} (JSON Lines) it also names rows that lack the run key.
     */
    CurveAssembler(CurveLayout layout, int[] columnOfSlot, String defaultRunName, boolean missingRunIsDefault) {
        this.layout = layout;
        this.columnOfSlot = columnOfSlot.clone();
        this.defaultRunName = defaultRunName;
        this.missingRunIsDefault = missingRunIsDefault || !layout.has(CurveLayout.FIRST_RUN_SLOT);
        Arrays.fill(lastLength, -1);
        lastRunBytes = new byte[layout.runSlots()][16];
        lastRunLength = new int[layout.runSlots()];
        textStarts = new int[layout.slotCount()];
        textEnds = new int[layout.slotCount()];
    }

    /** An assembler whose rows hold one column per slot, in slot order (JSON Lines). */
    static CurveAssembler bySlot(CurveLayout layout, String defaultRunName, boolean missingRunIsDefault) {
        int[] identity = new int[layout.slotCount()];
        Arrays.setAll(identity, slot -> slot);
        return new CurveAssembler(layout, identity, defaultRunName, missingRunIsDefault);
    }

    /** One row of text values by slot ({@code values[slot]} null when the row has no such field). */
    void accept(String[] values, int line) {
        int length = 0;
        for (int slot = 0; slot < values.length; slot++) {
            if (values[slot] == null) {
                textStarts[slot] = -1;
                textEnds[slot] = -1;
                continue;
            }
            byte[] encoded = values[slot].getBytes(StandardCharsets.UTF_8);
            if (length + encoded.length > textBytes.length) {
                textBytes = Arrays.copyOf(textBytes, Math.max(textBytes.length * 2, length + encoded.length));
            }
            System.arraycopy(encoded, 0, textBytes, length, encoded.length);
            textStarts[slot] = length;
            length += encoded.length;
            textEnds[slot] = length;
        }
        accept(textBytes, textStarts, textEnds, values.length, line);
    }

    /** One row: the first {@code fieldCount} columns of {@code rowData} as byte ranges. */
    void accept(byte[] rowData, int[] rowStarts, int[] rowEnds, int fieldCount, int line) {
        this.data = rowData;
        this.starts = rowStarts;
        this.ends = rowEnds;
        this.fields = fieldCount;
        rowsRead++;
        int problemsBefore = problemCount;
        for (int slot = 0; slot < CurveLayout.FIRST_RUN_SLOT; slot++) {
            numbers[slot] = parse(slot, line);
        }
        if (problemCount > problemsBefore) {
            return;
        }
        String run = sameRunAsLastRow() ? lastRunName : runName();
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
        if (Double.isNaN(numbers[CurveLayout.LOSS])) {
            rowsWithoutLoss++;
            return;
        }
        if (Double.isNaN(numbers[CurveLayout.FLOPS]) && layout.flopsDerived()) {
            double params = numbers[CurveLayout.PARAMS];
            double tokens = numbers[CurveLayout.TOKENS];
            if (!Double.isNaN(params) && !Double.isNaN(tokens)) {
                double flops = ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens;
                if (Double.isInfinite(flops)) {
                    problem(line, layout.describe(CurveLayout.FLOPS), "6 * params * tokens overflows");
                    return;
                }
                numbers[CurveLayout.FLOPS] = flops;
            }
        }
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
        int conflict = builder.conflict(numbers);
        if (conflict >= 0) {
            String role = CurveLayout.NUMERIC_ROLES.get(conflict);
            problem(line, layout.describe(conflict), "run '" + run + "' has " + role + " " + builder.constant(conflict)
                    + " from an earlier row, got " + text(conflict).strip());
            return;
        }
        builder.add(numbers[axisSlot], numbers, line);
    }

    /** A row that could not be split into fields at all (e.g. a line that is not JSON). */
    void reject(int line, String message) {
        rowsRead++;
        problem(line, "row", message);
    }

    /** The rows read so far, as curves in order of their runs' first rows; duplicates merged. */
    CurveImport finish(String source) {
        List<LearningCurve> curves = new ArrayList<>(inOrder.size());
        List<DuplicateCheckpoint> duplicates = new ArrayList<>();
        int[] duplicateCount = {0};
        for (CurveBuilder builder : inOrder) {
            LearningCurve curve = builder.build(layout.axis(), duplicates, duplicateCount, MAX_KEPT_REPORTS);
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
        CurveBuilder builder = builders.get(run);
        if (builder == null) {
            // A sweep's runs log alike: size the new run's arrays like the run before it.
            builder = new CurveBuilder(run, lastBuilder == null ? 16 : lastBuilder.size());
            builders.put(run, builder);
            inOrder.add(builder);
        }
        lastRunName = run;
        lastBuilder = builder;
        return builder;
    }

    private int start(int slot) {
        int column = columnOfSlot[slot];
        return column >= 0 && column < fields ? starts[column] : -1;
    }

    private int end(int slot) {
        return ends[columnOfSlot[slot]];
    }

    /** The slot's raw text, null when the row has no such field. */
    private String text(int slot) {
        int start = start(slot);
        return start < 0 ? null : new String(data, start, end(slot) - start, StandardCharsets.UTF_8);
    }

    /** Whether the row's run columns hold the same bytes as the last row's: a log lists a run's rows together. */
    private boolean sameRunAsLastRow() {
        int parts = layout.runSlots();
        boolean same = lastRunName != null;
        for (int i = 0; i < parts && same; i++) {
            int slot = CurveLayout.FIRST_RUN_SLOT + i;
            int start = start(slot);
            same = start >= 0 && lastRunLength[i] == end(slot) - start && same(lastRunBytes[i], start, lastRunLength[i]);
        }
        if (!same) {
            for (int i = 0; i < parts; i++) {
                int slot = CurveLayout.FIRST_RUN_SLOT + i;
                int start = start(slot);
                lastRunLength[i] = start < 0 ? -1 : end(slot) - start;
                if (start >= 0) {
                    lastRunBytes[i] = copy(lastRunBytes[i], start, end(slot));
                }
            }
            lastRunName = null;
        }
        return same;
    }

    /**
     * Whether the row's bytes from {@code start} equal {@code kept}'s first {@code length}; from the
     * last byte back, where numbers that change from row to row (steps, losses) differ first.
     */
    private boolean same(byte[] kept, int start, int length) {
        for (int k = length - 1; k >= 0; k--) {
            if (data[start + k] != kept[k]) {
                return false;
            }
        }
        return true;
    }

    private byte[] copy(byte[] into, int start, int end) {
        byte[] target = into.length >= end - start ? into : new byte[Math.max(end - start, into.length * 2)];
        System.arraycopy(data, start, target, 0, end - start);
        return target;
    }

    /** The run's name: the run columns joined, the default name when the file has none, null when empty. */
    private String runName() {
        if (layout.runSlots() == 1) {
            String value = text(CurveLayout.FIRST_RUN_SLOT);
            if (value == null) {
                return missingRunIsDefault ? defaultRunName : null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }
        runName.setLength(0);
        boolean any = false;
        for (int i = 0; i < layout.runSlots(); i++) {
            String value = text(CurveLayout.FIRST_RUN_SLOT + i);
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
    private double parse(int slot, int line) {
        int start = start(slot);
        if (start < 0) {
            return Double.NaN;
        }
        int end = end(slot);
        while (start < end && data[start] >= 0 && data[start] <= ' ') {
            start++;
        }
        while (end > start && data[end - 1] >= 0 && data[end - 1] <= ' ') {
            end--;
        }
        if (start == end) {
            return Double.NaN;
        }
        int length = end - start;
        boolean cached = cacheSkip[slot] == 0;
        if (cached) {
            if (length == lastLength[slot] && same(lastBytes[slot], start, length)) {
                cacheBackoff[slot] = 0;
                return lastValue[slot];
            }
            cacheBackoff[slot] = Math.min(64, Math.max(1, 2 * cacheBackoff[slot]));
            cacheSkip[slot] = cacheBackoff[slot] - 1;
        } else {
            cacheSkip[slot]--;
        }
        double value = decimals.parse(data, start, end);
        String text = null;
        if (Double.isNaN(value)) {
            // Not a plain decimal: DecimalNumber reads it (Unicode spaces around it, say) or says what is wrong.
            text = new String(data, start, length, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                return Double.NaN;
            }
            try {
                value = DecimalNumber.parse(text);
            } catch (IllegalArgumentException e) {
                problem(line, layout.describe(slot), e.getMessage());
                return Double.NaN;
            }
        }
        String why = RANGES[slot] != null ? RANGES[slot].problem(value)
                : value < 0 ? "must be 0 or more, got " + textOf(text, start, length)
                : slot == CurveLayout.TOTAL_STEPS && value == 0 ? "must be greater than 0, got " + textOf(text, start, length)
                : null;
        if (why != null) {
            problem(line, layout.describe(slot), why);
            return Double.NaN;
        }
        if (cached) {
            lastBytes[slot] = copy(lastBytes[slot], start, end);
            lastLength[slot] = length;
            lastValue[slot] = value;
        }
        return value;
    }

    private String textOf(String text, int start, int length) {
        return text != null ? text : new String(data, start, length, StandardCharsets.UTF_8);
    }

    private void problem(int line, String field, String message) {
        problemCount++;
        if (problems.size() < MAX_KEPT_REPORTS) {
            problems.add(new RowProblem(line, field, message));
        }
    }
}
