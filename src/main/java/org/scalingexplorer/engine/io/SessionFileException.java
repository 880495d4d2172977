package org.scalingexplorer.engine.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A session file that cannot be opened, saying which file and, where known, the line, column and
 * field: "/home/a/s.json: line 7, column 19, field laws.chinchilla.alpha: must be positive, got -1.0".
 */
public final class SessionFileException extends IOException {

    private final Path file;
    private final int line;
    private final int column;
    private final String field;
    private final String problem;

    public SessionFileException(Path file, int line, int column, String field, String problem, Throwable cause) {
        super(format(file, line, column, field, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field == null ? "" : field;
        this.problem = problem;
    }

    public SessionFileException(Path file, String problem, Throwable cause) {
        this(file, -1, -1, null, problem, cause);
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or -1 where the problem is not at a place in the file. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The dotted path of the field at fault ("laws.kaplan.N_c"), or "" for the file as a whole. */
    public String field() {
        return field;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }

    private static String format(Path file, int line, int column, String field, String problem) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(": line ").append(line);
            if (column > 0) {
                text.append(", column ").append(column);
            }
        }
        if (field != null && !field.isEmpty()) {
            text.append(line > 0 ? ", field " : ": field ").append(field);
        }
        return text.append(": ").append(problem).toString();
    }
}
