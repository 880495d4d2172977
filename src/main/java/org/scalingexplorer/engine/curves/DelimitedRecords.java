package org.scalingexplorer.engine.curves;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.TextFileException;

/**
 * The records of a CSV or TSV file, read as bytes and split into fields where they lie: a field is a
 * range of a reused buffer, not a String (a million-row log holds eight million fields). A line
 * whose fields are unquoted, or quoted without a quote or line break inside, is split here; any other
 * (an escaped quote, a quoted field that runs over lines) goes through Commons CSV, as the lines of
 * one record. Line numbers count every line of the file, as an editor does.
 *
 * <p>What is not text is refused as {@code Utf8TextReader} refuses it, naming the line: a UTF-16 or
 * UTF-32 byte-order mark, a NUL byte, bytes that are not UTF-8, a record longer than
 * {@link Limits#RECORD_CHARS} characters. A UTF-8 byte-order mark is skipped.
 */
final class DelimitedRecords implements AutoCloseable {

    private static final int CHUNK = 1 << 20;
    /** A line is at most this many bytes: {@link Limits#RECORD_CHARS} characters of up to 4 bytes. */
    private static final int MAX_LINE_BYTES = 4 * Limits.RECORD_CHARS;

    private final InputStream in;
    private final String source;
    private byte delimiter = ',';
    private CSVFormat format = CSVFormat.DEFAULT;
    private byte[] buffer = new byte[CHUNK];
    /** File offset of {@code buffer[0]}. */
    private long base;
    private int next;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private int linesRead;

    private int lineStart;
    private int lineEnd;

    private byte[] data;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int fields;
    private int line;
    private long position;
    private String malformed;
    private byte[] quotedBytes = new byte[256];
    private boolean highBytes;
    private int nulAt;

    DelimitedRecords(InputStream in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Splits at tabs instead of commas. */
    void useTabs() {
        delimiter = '\t';
        format = CSVFormat.TDF;
    }

    /**
     * The first line that is not blank, without moving past it (format detection), or null for an
     * empty file. Looks at most through the first megabyte.
     */
    String peekFirstLine() throws IOException {
        start();
        int at = next;
        while (at < limit) {
            int end = at;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            String text = new String(buffer, at, end - at, StandardCharsets.UTF_8);
            if (!text.isBlank()) {
                return text;
            }
            at = end + 1;
        }
        return null;
    }

    /** Moves to the next record that is not blank; false at the end of the file. */
    boolean next() throws IOException {
        while (nextLine()) {
            int first = linesRead;
            if (blank(lineStart, lineEnd)) {
                continue;
            }
            line = first;
            malformed = null;
            int count = split(lineStart, lineEnd);
            if (count >= 0) {
                check(lineStart, lineEnd, first);
                data = buffer;
                fields = count;
            } else {
                quoted(first);
            }
            position = base + next;
            return true;
        }
        return false;
    }

    byte[] data() {
        return data;
    }

    int[] starts() {
        return starts;
    }

    int[] ends() {
        return ends;
    }

    /** The fields of the record; 0 when it is {@link #malformed()}. */
    int fields() {
        return fields;
    }

    /** The line the record starts on. */
    int line() {
        return line;
    }

    /** Bytes of the file read up to the end of the record. */
    long position() {
        return position;
    }

    /** Why the record could not be split (bad quoting), or null. */
    String malformed() {
        return malformed;
    }

    /** A field of the record as text (the header's names). */
    String text(int field) {
        return new String(data, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void start() throws IOException {
        if (started) {
            return;
        }
        started = true;
        while (limit < 4 && !endOfInput) {
            fill();
        }
        int b0 = byteAt(0);
        int b1 = byteAt(1);
        int b2 = byteAt(2);
        int b3 = byteAt(3);
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            next = 3;
        } else if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF)) {
            throw new TextFileException(source, 1, "is UTF-32 text, not UTF-8; save it as UTF-8");
        } else if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw new TextFileException(source, 1, "is UTF-16 text, not UTF-8; save it as UTF-8");
        }
        while (!endOfInput && limit < buffer.length) {
            fill();
        }
    }

    private int byteAt(int index) {
        return index < limit ? buffer[index] & 0xff : -1;
    }

    /** Reads more of the file after what the buffer holds; the buffer keeps everything from {@code next}. */
    private int fill() throws IOException {
        int shift = next;
        if (shift > 0) {
            System.arraycopy(buffer, next, buffer, 0, limit - next);
            limit -= shift;
            next = 0;
            base += shift;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfInput = true;
        } else {
            limit += n;
        }
        return shift;
    }

    /** Finds the next line (a line break is \n, \r\n or \r); false at the end of the file. */
    private boolean nextLine() throws IOException {
        start();
        int scan = next;
        while (true) {
            while (scan < limit && buffer[scan] != '\n' && buffer[scan] != '\r') {
                scan++;
            }
            if (scan < limit && !(buffer[scan] == '\r' && scan + 1 == limit && !endOfInput)) {
                break;
            }
            if (scan == limit && endOfInput) {
                if (scan == next) {
                    return false;
                }
                break;
            }
            if (scan - next > MAX_LINE_BYTES) {
                throw tooLong(linesRead + 1);
            }
            scan -= fill();
        }
        lineStart = next;
        lineEnd = scan;
        int after = scan;
        if (after < limit) {
            after += buffer[after] == '\r' && after + 1 < limit && buffer[after + 1] == '\n' ? 2 : 1;
        }
        next = after;
        linesRead++;
        if (lineEnd - lineStart > Limits.RECORD_CHARS && chars(lineStart, lineEnd) > Limits.RECORD_CHARS) {
            throw tooLong(linesRead);
        }
        return true;
    }

    private TextFileException tooLong(int atLine) {
        return new TextFileException(source, atLine, "a record longer than " + Limits.count(Limits.RECORD_CHARS)
                + " characters (the limit); is this a run file?");
    }

    /** Characters (UTF-16 units, as Java counts them) in a range of UTF-8 bytes. */
    private int chars(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int b = buffer[i] & 0xff;
            if ((b & 0xC0) != 0x80) {
                count += b >= 0xF0 ? 2 : 1;
            }
        }
        return count;
    }

    /** Spaces only, as {@link String#isBlank} sees them. */
    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = buffer[i];
            if (b < 0) {
                return new String(buffer, from, to - from, StandardCharsets.UTF_8).isBlank();
            }
            if (!(b == ' ' || (b >= '\t' && b <= '\r') || (b >= 0x1C && b <= 0x1F))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Splits a line at the delimiter into {@link #starts}/{@link #ends}; -1 when it needs a CSV parser
     * (a quote inside a field, an escaped quote, or a quoted field that goes on past the line).
     */
    private int split(int from, int to) {
        highBytes = false;
        nulAt = -1;
        int count = 0;
        int i = from;
        while (true) {
            int fieldStart;
            int fieldEnd;
            if (i < to && buffer[i] == '"') {
                int close = i + 1;
                while (close < to && buffer[close] != '"') {
                    note(close);
                    close++;
                }
                if (close >= to || (close + 1 < to && buffer[close + 1] != delimiter)) {
                    return -1;
                }
                fieldStart = i + 1;
                fieldEnd = close;
                i = close + 1;
            } else {
                int j = i;
                for (; j < to; j++) {
                    byte b = buffer[j];
                    if (b == delimiter) {
                        break;
                    }
                    if (b <= '"') {
                        if (b == '"') {
                            return -1;
                        }
                        note(j);
                    }
                }
                fieldStart = i;
                fieldEnd = j;
                i = j;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = fieldStart;
            ends[count] = fieldEnd;
            count++;
            if (i >= to) {
                return count;
            }
            i++;
            if (i == to) {
                // A trailing delimiter: an empty last field.
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = to;
                ends[count] = to;
                return count + 1;
            }
        }
    }

    private void note(int at) {
        byte b = buffer[at];
        if (b < 0) {
            highBytes = true;
        } else if (b == 0 && nulAt < 0) {
            nulAt = at;
        }
    }

    /** Refuses a line with a NUL byte or bytes that are not UTF-8, naming the line and column. */
    private void check(int from, int to, int atLine) throws TextFileException {
        if (nulAt >= 0) {
            throw new TextFileException(source, atLine, "holds a NUL byte at column " + column(from, nulAt)
                    + ": a binary file or UTF-16 text, not UTF-8 text");
        }
        if (highBytes) {
            int bad = Utf8Bytes.firstInvalid(buffer, from, to);
            if (bad >= 0) {
                throw new TextFileException(source, atLine, String.format(Locale.ROOT,
                        "not UTF-8 text (byte 0x%02X at column %d); save the file as UTF-8", buffer[bad] & 0xff,
                        column(from, bad)));
            }
        }
    }

    private int column(int from, int at) {
        return new String(buffer, from, at - from, StandardCharsets.UTF_8).length() + 1;
    }

    /** The line and those that continue its quoted field, through Commons CSV. */
    private void quoted(int first) throws IOException {
        StringBuilder record = new StringBuilder(lineText(first));
        while (quotesOpen(record) && nextLine()) {
            record.append('\n').append(lineText(linesRead));
            if (record.length() > Limits.RECORD_CHARS) {
                throw new TextFileException(source, first, "a quoted field runs on past "
                        + Limits.count(Limits.RECORD_CHARS) + " characters (the limit of a record); is a closing quote "
                        + "missing?");
            }
        }
        List<String> values = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(record.toString()))
                .setFormat(format.builder().setIgnoreSurroundingSpaces(false).setTrim(false).get()).get()) {
            for (CSVRecord parsed : parser) {
                parsed.forEach(values::add);
                break;
            }
        } catch (UncheckedIOException e) {
            malformed = "malformed quoting (" + e.getCause().getMessage() + ")";
            fields = 0;
            data = quotedBytes;
            return;
        }
        int length = 0;
        int count = 0;
        for (String value : values) {
            byte[] encoded = value.getBytes(StandardCharsets.UTF_8);
            if (length + encoded.length > quotedBytes.length) {
                quotedBytes = Arrays.copyOf(quotedBytes, Math.max(quotedBytes.length * 2, length + encoded.length));
            }
            System.arraycopy(encoded, 0, quotedBytes, length, encoded.length);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = length;
            length += encoded.length;
            ends[count] = length;
            count++;
        }
        data = quotedBytes;
        fields = count;
    }

    /** The current line as text, after checking that it is UTF-8 without NUL. */
    private String lineText(int atLine) throws TextFileException {
        highBytes = false;
        nulAt = -1;
        for (int i = lineStart; i < lineEnd; i++) {
            if (buffer[i] <= 0) {
                note(i);
            }
        }
        check(lineStart, lineEnd, atLine);
        return new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /** An odd number of quotes: a quoted field goes on on the next line (escaped quotes come in pairs). */
    private static boolean quotesOpen(CharSequence record) {
        int quotes = 0;
        for (int i = 0; i < record.length(); i++) {
            if (record.charAt(i) == '"') {
                quotes++;
            }
        }
        return quotes % 2 == 1;
    }
}
