package org.scalingexplorer.engine.curves;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file's bytes up to the end of its {@code maxLines}-th line: the part an import dialog previews. */
final class FirstLines extends FilterInputStream {

    private long linesLeft;

    private FirstLines(InputStream in, long maxLines) {
        super(in);
        this.linesLeft = maxLines;
    }

    /** The whole file when {@code maxLines} is {@link Long#MAX_VALUE}. */
    static InputStream of(Path file, long maxLines) throws IOException {
        InputStream in = Files.newInputStream(file);
        return maxLines == Long.MAX_VALUE ? in : new FirstLines(in, maxLines);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (linesLeft <= 0) {
            return -1;
        }
        int n = super.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            if (buffer[offset + i] == '\n' && --linesLeft == 0) {
                return i + 1;
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        return 0;
    }
}
