package org.scalingexplorer.engine.io;

import java.io.IOException;

/**
 * A file that is not the text it should be (not UTF-8, binary, a record past its limit), said in one
 * line that names the file and the line: "runs.csv: line 4: not UTF-8 text (byte 0xE9 at column 4)".
 */
public final class TextFileException extends IOException {

    private final String source;
    private final long line;
    private final String problem;

    public TextFileException(String source, long line, String problem) {
        super(source + (line > 0 ? ": line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** 1-based line of the problem, or -1 for the file as a whole. */
    public long line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
