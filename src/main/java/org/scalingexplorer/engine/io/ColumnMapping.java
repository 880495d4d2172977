package org.scalingexplorer.engine.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which file columns play which role ({@code params}, {@code loss}, {@code run}, ...), as a user maps
 * them with {@code --column ROLE=NAME} or in an import dialog. A role may be played by several
 * columns joined together ({@code run=model,peak_lr}): a run named by a configuration. Roles a
 * mapping does not name keep their default column, the role's own name. Column names are compared
 * without regard to case or surrounding spaces, as headers are.
 */
public final class ColumnMapping {
    private final Map<String, List<String>> columnsByRole;

    private ColumnMapping(Map<String, List<String>> columnsByRole) {
        this.columnsByRole = columnsByRole;
    }

    /** No role remapped: every role is read from the column of its own name. */
    public static ColumnMapping identity() {
        return new ColumnMapping(Map.of());
    }

    /**
     * Parses {@code ROLE=NAME[,NAME...]} specifications. A role outside {@code allowedRoles}, a role
     * named twice, or a specification without a role or a column is refused with a message that
     * quotes it and lists the allowed roles.
     */
    public static ColumnMapping parse(List<String> specs, Set<String> allowedRoles) {
        Map<String, List<String>> byRole = new LinkedHashMap<>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            int equals = spec.indexOf('=');
            String role = equals < 0 ? "" : normalise(spec.substring(0, equals));
            if (equals < 0 || role.isEmpty()) {
                throw new IllegalArgumentException("--column must be ROLE=NAME (roles: " + String.join(", ", allowedRoles)
                        + "), got '" + spec + "'");
            }
            if (!allowedRoles.contains(role)) {
                throw new IllegalArgumentException("--column role must be one of " + String.join(", ", allowedRoles)
                        + ", got '" + role + "'");
            }
            List<String> columns = new ArrayList<>();
            for (String column : spec.substring(equals + 1).split(",", -1)) {
                String name = normalise(column);
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("--column " + role + " needs a column name, got '" + spec + "'");
                }
                columns.add(name);
            }
            if (byRole.putIfAbsent(role, List.copyOf(columns)) != null) {
                throw new IllegalArgumentException("--column " + role + " is given twice");
            }
        }
        return new ColumnMapping(Collections.unmodifiableMap(byRole));
    }

    /** The columns that play {@code role}: the mapped ones, or the column named like the role. */
    public List<String> columns(String role) {
        return columnsByRole.getOrDefault(normalise(role), List.of(normalise(role)));
    }

    /** The single column that plays {@code role}; refused when the mapping joins several for it. */
    public String column(String role) {
        List<String> columns = columns(role);
        if (columns.size() != 1) {
            throw new IllegalArgumentException("--column " + role + " takes one column, got " + String.join(",", columns));
        }
        return columns.get(0);
    }

    /** Whether the user mapped {@code role} explicitly. */
    public boolean maps(String role) {
        return columnsByRole.containsKey(normalise(role));
    }

    /** The explicit mappings, role to columns, in the order given. */
    public Map<String, List<String>> explicit() {
        return columnsByRole;
    }

    /** The mapping as {@code ROLE=NAME} specifications, so it can be saved and parsed back. */
    public List<String> specs() {
        List<String> specs = new ArrayList<>();
        columnsByRole.forEach((role, columns) -> specs.add(role + "=" + String.join(",", columns)));
        return specs;
    }

    /** A header cell as it is compared with column names. */
    public static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<List<String>> mapped(String role) {
        return Optional.ofNullable(columnsByRole.get(normalise(role)));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ColumnMapping that && columnsByRole.equals(that.columnsByRole);
    }

    @Override
    public int hashCode() {
        return columnsByRole.hashCode();
    }

    @Override
    public String toString() {
        return String.join(" ", specs());
    }
}
