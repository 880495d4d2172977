package org.scalingexplorer.engine.io;

/**
 * Why one row of a run file was not loaded. {@code lineNumber} is the 1-based line of the file
 * (the header is line 1); {@code field} is the column at fault, or {@code "row"} for the row as a
 * whole (a duplicate).
 */
public record RowProblem(int lineNumber, String field, String message) {

    @Override
    public String toString() {
        return "line " + lineNumber + ", " + field + ": " + message;
    }
}
