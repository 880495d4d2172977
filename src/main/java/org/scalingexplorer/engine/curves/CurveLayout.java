package org.scalingexplorer.engine.curves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.ColumnMapping;

/**
 * Where each role's value sits in a row: one slot per numeric role (fixed order, see the constants)
 * followed by one slot per run-name column. {@code fieldNames[slot]} is the file's own column name,
 * which every row problem quotes; a null name means the file has no such column.
 */
record CurveLayout(String[] fieldNames, int runSlots, CurveAxis axis, boolean flopsDerived) {

    static final int STEP = 0;
    static final int TOKENS = 1;
    static final int FLOPS = 2;
    static final int LOSS = 3;
    static final int LR = 4;
    static final int TOTAL_STEPS = 5;
    static final int PARAMS = 6;
    static final int FIRST_RUN_SLOT = 7;
    static final List<String> NUMERIC_ROLES = List.of(CurveRoles.STEP, CurveRoles.TOKENS, CurveRoles.FLOPS,
            CurveRoles.LOSS, CurveRoles.LR, CurveRoles.TOTAL_STEPS, CurveRoles.PARAMS);

    boolean has(int slot) {
        return fieldNames[slot] != null;
    }

    int slotCount() {
        return fieldNames.length;
    }

    /** How a problem names the field: the file's column, and the role when the two differ. */
    String describe(int slot) {
        String role = slot < FIRST_RUN_SLOT ? NUMERIC_ROLES.get(slot) : CurveRoles.RUN;
        String name = fieldNames[slot] == null ? role : fieldNames[slot];
        return name.equals(role) ? name : name + " (" + role + ")";
    }

    /**
     * Resolves the roles against the columns a file has ({@code header}, normalised names). A mapped
     * column the file lacks, a missing loss column or no usable axis is refused with a message that
     * names the file and lists its columns.
     */
    static CurveLayout resolve(String source, List<String> header, ColumnMapping mapping, CurveAxis requestedAxis) {
        Map<String, Integer> present = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            present.putIfAbsent(header.get(i), i);
        }
        List<String> runColumns = columnsFor(source, CurveRoles.RUN, header, present, mapping);
        // A file without a run column is one curve: its run slot stays, unnamed.
        String[] names = new String[FIRST_RUN_SLOT + Math.max(1, runColumns.size())];
        for (int slot = 0; slot < FIRST_RUN_SLOT; slot++) {
            List<String> columns = columnsFor(source, NUMERIC_ROLES.get(slot), header, present, mapping);
            if (columns.size() > 1) {
                throw new IllegalArgumentException("--column " + NUMERIC_ROLES.get(slot) + " takes one column, got "
                        + String.join(",", columns));
            }
            names[slot] = columns.isEmpty() ? null : columns.get(0);
        }
        for (int i = 0; i < runColumns.size(); i++) {
            names[FIRST_RUN_SLOT + i] = runColumns.get(i);
        }
        if (names[LOSS] == null) {
            throw new IllegalArgumentException(source + ": no 'loss' column (map one with --column loss=NAME; the file has: "
                    + String.join(", ", header) + ")");
        }
        boolean flopsDerived = names[FLOPS] == null && names[PARAMS] != null && names[TOKENS] != null;
        CurveAxis axis = requestedAxis != null ? requestedAxis
                : names[STEP] != null ? CurveAxis.STEP
                : names[TOKENS] != null ? CurveAxis.TOKENS
                : CurveAxis.FLOPS;
        boolean axisAvailable = switch (axis) {
            case STEP -> names[STEP] != null;
            case TOKENS -> names[TOKENS] != null;
            case FLOPS -> names[FLOPS] != null || flopsDerived;
        };
        if (!axisAvailable) {
            throw new IllegalArgumentException(source + ": no '" + axis.role() + "' column for --x " + axis.role()
                    + (axis == CurveAxis.FLOPS ? " (nor params and tokens to compute 6ND)" : "")
                    + "; map one with --column " + axis.role() + "=NAME (the file has: " + String.join(", ", header) + ")");
        }
        return new CurveLayout(names, Math.max(1, runColumns.size()), axis, flopsDerived);
    }

    /**
     * The layout of a JSON Lines file, which has no header: a role reads the key it is mapped to, or
     * its own name (or a fallback). Whether the keys exist is only known line by line.
     */
    static CurveLayout forKeys(ColumnMapping mapping, CurveAxis requestedAxis) {
        List<String> runColumns = mapping.mapped(CurveRoles.RUN).orElse(List.of(CurveRoles.RUN));
        String[] names = new String[FIRST_RUN_SLOT + runColumns.size()];
        for (int slot = 0; slot < FIRST_RUN_SLOT; slot++) {
            names[slot] = mapping.column(NUMERIC_ROLES.get(slot));
        }
        for (int i = 0; i < runColumns.size(); i++) {
            names[FIRST_RUN_SLOT + i] = runColumns.get(i);
        }
        CurveAxis axis = requestedAxis != null ? requestedAxis : CurveAxis.STEP;
        return new CurveLayout(names, runColumns.size(), axis, !mapping.maps(CurveRoles.FLOPS));
    }

    /** For JSON Lines: the keys that fill a slot, the slot's own name first and its fallbacks after. */
    Map<String, Integer> keySlots(ColumnMapping mapping) {
        Map<String, Integer> slots = new LinkedHashMap<>();
        for (int slot = 0; slot < fieldNames.length; slot++) {
            slots.putIfAbsent(fieldNames[slot], slot);
        }
        for (int slot = 0; slot < FIRST_RUN_SLOT; slot++) {
            String role = NUMERIC_ROLES.get(slot);
            if (!mapping.maps(role)) {
                for (String fallback : CurveRoles.FALLBACKS.getOrDefault(role, List.of())) {
                    slots.putIfAbsent(fallback, slot);
                }
            }
        }
        if (!mapping.maps(CurveRoles.RUN)) {
            for (String fallback : CurveRoles.FALLBACKS.get(CurveRoles.RUN)) {
                slots.putIfAbsent(fallback, FIRST_RUN_SLOT);
            }
        }
        return slots;
    }

    private static List<String> columnsFor(String source, String role, List<String> header, Map<String, Integer> present,
                                           ColumnMapping mapping) {
        if (mapping.maps(role)) {
            List<String> columns = mapping.columns(role);
            for (String column : columns) {
                if (!present.containsKey(column)) {
                    throw new IllegalArgumentException(source + ": --column " + role + "=" + String.join(",", columns)
                            + ": the file has no column '" + column + "' (it has: " + String.join(", ", header) + ")");
                }
            }
            return columns;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(role);
        candidates.addAll(CurveRoles.FALLBACKS.getOrDefault(role, List.of()));
        for (String candidate : candidates) {
            if (present.containsKey(candidate)) {
                return List.of(candidate);
            }
        }
        return List.of();
    }
}
