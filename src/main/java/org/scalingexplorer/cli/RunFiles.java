package org.scalingexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.RunImporter;

/** Reads a run file for a command: skipped rows become warnings on stderr, no usable run is an error. */
final class RunFiles {
    private static final int MAX_PROBLEM_LINES = 10;

    private RunFiles() {
    }

    static RunImport read(Path file, PrintWriter err) {
        return read(file, ColumnMapping.identity(), List.of(), err);
    }

    /** Reads {@code file} through {@code mapping}, each run keyed by the {@code splitColumns}' values. */
    static RunImport read(Path file, ColumnMapping mapping, List<String> splitColumns, PrintWriter err) {
        RunImport imported = RunImporter.read(file, mapping, splitColumns);
        List<RowProblem> problems = imported.problems();
        for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEM_LINES); i++) {
            err.println("warning: " + file + " " + problems.get(i) + " (row skipped)");
        }
        if (problems.size() > MAX_PROBLEM_LINES) {
            err.println("warning: " + file + ": " + (problems.size() - MAX_PROBLEM_LINES) + " more rows skipped");
        }
        err.flush();
        if (imported.runs().isEmpty()) {
            throw new IllegalArgumentException(file + ": no usable runs"
                    + (problems.isEmpty() ? "" : " (" + problems.size() + " rows skipped, first: " + problems.get(0) + ")"));
        }
        return imported;
    }
}
