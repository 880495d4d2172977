package org.scalingexplorer.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.scalingexplorer.engine.Limits;

/**
 * Reads a file that must be UTF-8 text, and says where it is not: a UTF-8 byte-order mark is
 * skipped; a UTF-16 or UTF-32 file, a NUL byte (binary data) or bytes that are not UTF-8 (a Latin-1
 * "é") stop the reading with a {@link TextFileException} naming the file and the line. It also
 * bounds the size of a record (a line, or several when a quoted field spans them) and of the whole
 * text, so one huge line cannot exhaust memory in the parser reading from it.
 */
public final class Utf8TextReader extends Reader {

    private static final int CHUNK = 8192;

    private final InputStream in;
    private final String source;
    private final int maxRecordChars;
    private final long maxChars;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private boolean started;
    private boolean endOfInput;
    private TextFileException pending;

    private long line = 1;
    private int column;
    private char previous;
    private boolean inQuotes;
    private long recordStartLine = 1;
    private long recordChars;
    private long totalChars;

    /**
     * @param maxRecordChars longest record (quote-aware, for CSV); {@link Integer#MAX_VALUE} for no bound
     * @param maxChars       longest text
     */
    public Utf8TextReader(InputStream in, String source, int maxRecordChars, long maxChars) {
        this.in = in;
        this.source = source;
        this.maxRecordChars = maxRecordChars;
        this.maxChars = maxChars;
        bytes.flip();
        chars.flip();
    }

    /** A reader for a run file: records up to {@link Limits#RECORD_CHARS}, text up to {@link Limits#RUN_FILE_BYTES}. */
    public static Utf8TextReader forRecords(InputStream in, String source) {
        return new Utf8TextReader(in, source, Limits.RECORD_CHARS, Limits.RUN_FILE_BYTES);
    }

    /** Checks that {@code content} is UTF-8 text (a BOM allowed), naming the line where it is not. */
    public static void check(byte[] content, String source) throws TextFileException {
        try (Utf8TextReader reader = new Utf8TextReader(new java.io.ByteArrayInputStream(content), source,
                Integer.MAX_VALUE, Long.MAX_VALUE)) {
            char[] sink = new char[CHUNK];
            while (reader.read(sink, 0, sink.length) >= 0) {
                // reading is the check
            }
        } catch (TextFileException e) {
            throw e;
        } catch (IOException e) {
            throw new TextFileException(source, -1, "cannot be read: " + e.getMessage());
        }
    }

    /** The line the reader has reached (1-based). */
    public long line() {
        return line;
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (pending != null) {
                throw pending;
            }
            if (endOfInput) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private void fill() throws IOException {
        if (!started) {
            started = true;
            readBytes();
            skipByteOrderMark();
        }
        chars.clear();
        CoderResult result;
        while (true) {
            result = decoder.decode(bytes, chars, endOfInput);
            if (result.isUnderflow() && !endOfInput && chars.position() == 0) {
                readBytes();
                continue;
            }
            break;
        }
        if (result.isError()) {
            int bad = bytes.get(bytes.position()) & 0xff;
            scan(chars.position());
            if (pending == null) {
                pending = new TextFileException(source, line, String.format(java.util.Locale.ROOT,
                        "not UTF-8 text (byte 0x%02X at column %d); save the file as UTF-8", bad, column + 1));
            }
        } else {
            if (endOfInput && result.isUnderflow()) {
                decoder.flush(chars);
            }
            scan(chars.position());
        }
        chars.flip();
    }

    /** Checks the {@code count} characters just decoded; stops them before a problem and keeps it pending. */
    private void scan(int count) {
        for (int i = 0; i < count; i++) {
            char c = chars.get(i);
            TextFileException problem = null;
            if (c == '\0') {
                problem = new TextFileException(source, line, "holds a NUL byte at column " + (column + 1)
                        + ": a binary file or UTF-16 text, not UTF-8 text");
            } else if (++totalChars > maxChars) {
                problem = new TextFileException(source, line, "the text is longer than "
                        + Limits.count(maxChars) + " characters (the limit)");
            }
            if (problem == null) {
                boolean lineBreak = c == '\n' || c == '\r';
                if (c == '"') {
                    inQuotes = !inQuotes;
                }
                if (lineBreak && !inQuotes) {
                    recordChars = 0;
                } else if (++recordChars > maxRecordChars) {
                    problem = new TextFileException(source, recordStartLine, inQuotes
                            ? "a quoted field runs on past " + Limits.count(maxRecordChars)
                                    + " characters (the limit of a record); is a closing quote missing?"
                            : "a record longer than " + Limits.count(maxRecordChars)
                                    + " characters (the limit); is this a run file?");
                }
                if (c == '\n' && previous != '\r' || c == '\r') {
                    line++;
                    column = 0;
                } else if (c != '\n') {
                    column++;
                }
                if (lineBreak && !inQuotes) {
                    recordStartLine = line;
                }
                previous = c;
            }
            if (problem != null) {
                pending = problem;
                chars.position(i);
                return;
            }
        }
        chars.position(count);
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void skipByteOrderMark() throws IOException {
        while (bytes.remaining() < 4 && !endOfInput) {
            readBytes();
        }
        int b0 = byteAt(0);
        int b1 = byteAt(1);
        int b2 = byteAt(2);
        int b3 = byteAt(3);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            bytes.position(bytes.position() + 3);
        } else if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)) {
            pending = new TextFileException(source, 1, "is UTF-32 text, not UTF-8; save it as UTF-8");
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            pending = new TextFileException(source, 1, "is UTF-16 text, not UTF-8; save it as UTF-8");
        }
        if (pending != null) {
            bytes.position(bytes.limit());
            endOfInput = true;
        }
    }

    private int byteAt(int index) {
        return bytes.remaining() > index ? bytes.get(bytes.position() + index) & 0xff : -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
