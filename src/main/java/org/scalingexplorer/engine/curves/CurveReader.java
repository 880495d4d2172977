package org.scalingexplorer.engine.curves;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.IoProblem;
import org.scalingexplorer.engine.io.TextFileException;
import org.scalingexplorer.engine.io.Utf8TextReader;

/**
 * Reads learning curves from a long-format file, one row per checkpoint: CSV or TSV (Commons CSV)
 * or JSON Lines (Jackson), chosen by the file's extension or, failing that, by its first character.
 * A UTF-8 byte-order mark is skipped. Columns are found through a {@link ColumnMapping} over the
 * roles of {@link CurveRoles}; an experiment tracker's export (a run-name column, {@code _step},
 * metric columns) loads the same way.
 *
 * <p>Progress (fraction of the file read) is reported and {@code cancelled} checked every
 * {@value #ROWS_PER_CHECK} rows, from the reading thread; cancelling throws
 * {@link CancellationException}. A file that cannot be read at all (missing, a directory, no loss
 * column, a mapped column the header lacks) is refused with an {@link IllegalArgumentException}
 * naming the file.
 */
public final class CurveReader {

    /** Rows between progress reports and cancel checks. */
    static final int ROWS_PER_CHECK = 8192;

    private static final JsonFactory JSON = new JsonFactory();

    private CurveReader() {
    }

    public static CurveImport read(Path file, ColumnMapping mapping, CurveAxis axis) {
        return read(file, mapping, axis, fraction -> { }, () -> false);
    }

    /** {@code axis} null: step if the file has one, else tokens, else flops. */
    public static CurveImport read(Path file, ColumnMapping mapping, CurveAxis axis, DoubleConsumer progress,
                                   BooleanSupplier cancelled) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(source + ": is a directory, not a curve file");
        }
        long sizeBytes;
        try {
            sizeBytes = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + IoProblem.reason(e) + ")");
        }
        if (sizeBytes > Limits.RUN_FILE_BYTES) {
            throw new IllegalArgumentException(source + ": " + Limits.count(sizeBytes) + " bytes is larger than a curve "
                    + "file may be (" + Limits.count(Limits.RUN_FILE_BYTES) + " bytes, the limit)");
        }
        String fileName = file.getFileName().toString();
        String runName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        boolean jsonLinesByName = Format.jsonLinesByName(fileName);
        // The shared UTF-8 reader skips a byte-order mark and refuses what is not UTF-8 text, by line;
        // for JSON Lines it bounds only the whole text (a JSON string's escaped quote would confuse its
        // CSV-aware record count), and the reader below bounds each line.
        try (InputStream in = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(jsonLinesByName
                     ? new Utf8TextReader(in, source, Integer.MAX_VALUE, Limits.RUN_FILE_BYTES)
                     : Utf8TextReader.forRecords(in, source), 1 << 16)) {
            Format format = Format.of(fileName, reader);
            Input input = new Input(source, runName, sizeBytes, progress, cancelled);
            CurveImport result = format == Format.JSON_LINES ? readJsonLines(reader, mapping, axis, input)
                    : readDelimited(reader, format == Format.TSV, mapping, axis, input);
            progress.accept(1.0);
            return result;
        } catch (TextFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + IoProblem.reason(e) + ")");
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof TextFileException text) {
                throw new IllegalArgumentException(text.getMessage(), text);
            }
            throw new IllegalArgumentException(source + ": cannot read (" + IoProblem.reason(e.getCause()) + ")");
        }
    }

    /** Where the rows come from, who is listening, and how many rows have come. */
    private static final class Input {
        private final String source;
        private final String runName;
        private final long sizeBytes;
        private final DoubleConsumer progress;
        private final BooleanSupplier cancelled;
        private int rows;

        Input(String source, String runName, long sizeBytes, DoubleConsumer progress, BooleanSupplier cancelled) {
            this.source = source;
            this.runName = runName;
            this.sizeBytes = sizeBytes;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        String source() {
            return source;
        }

        String runName() {
            return runName;
        }

        /**
         * Counts a data row: past {@link Limits#RUN_FILE_ROWS} the file is refused; every
         * {@link #ROWS_PER_CHECK} rows progress is reported and a cancel honoured.
         */
        void row(long position, int line) {
            if (++rows > Limits.RUN_FILE_ROWS) {
                throw new IllegalArgumentException(source + ": line " + line + ": more than "
                        + Limits.count(Limits.RUN_FILE_ROWS) + " rows (the limit of a curve file)");
            }
            if (rows % ROWS_PER_CHECK == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("reading " + source + " cancelled at line " + line);
                }
                progress.accept(Math.min(1.0, position / (double) Math.max(1, sizeBytes)));
            }
        }
    }

    private enum Format {
        CSV, TSV, JSON_LINES;

        static boolean jsonLinesByName(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
        }

        static Format of(String fileName, BufferedReader reader) throws IOException {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (jsonLinesByName(fileName)) {
                return JSON_LINES;
            }
            if (lower.endsWith(".tsv") || lower.endsWith(".tab")) {
                return TSV;
            }
            String first = firstNonBlankLine(reader);
            if (first != null && first.stripLeading().startsWith("{")) {
                return JSON_LINES;
            }
            return !lower.endsWith(".csv") && first != null && first.indexOf('\t') >= 0 ? TSV : CSV;
        }
    }

    /**
     * CSV or TSV. A line without a quote character is split at the delimiter directly; a line with one
     * (with the lines that continue a quoted field) goes through Commons CSV. Measured on a million
     * rows, parsing every line through Commons CSV cost over half of the read (CurveImportBenchmark).
     */
    private static CurveImport readDelimited(BufferedReader reader, boolean tabs, ColumnMapping mapping, CurveAxis axis,
                                             Input input) throws IOException {
        CSVFormat format = (tabs ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        char delimiter = tabs ? '\t' : ',';
        CurveLayout layout = null;
        int[] columnOfSlot = null;
        String[] values = null;
        CurveAssembler assembler = null;
        List<String> fields = new ArrayList<>();
        List<String> previousFields = new ArrayList<>();
        try (RecordFeed feed = new RecordFeed(reader)) {
            while (feed.next()) {
                String text = feed.record();
                int firstLine = feed.line();
                long position = feed.position();
                if (text.isBlank()) {
                    continue;
                }
                List<String> swap = previousFields;
                previousFields = fields;
                fields = swap;
                fields.clear();
                if (text.indexOf('"') < 0) {
                    split(text, delimiter, fields, previousFields);
                } else {
                    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
                        for (CSVRecord parsed : parser) {
                            parsed.forEach(fields::add);
                            break;
                        }
                    } catch (UncheckedIOException e) {
                        if (assembler == null) {
                            throw e;
                        }
                        assembler.reject(firstLine, "malformed quoting (" + e.getCause().getMessage() + ")");
                        continue;
                    }
                }
                if (layout == null) {
                    List<String> header = new ArrayList<>(fields.size());
                    for (String cell : fields) {
                        header.add(ColumnMapping.normalise(cell));
                    }
                    layout = CurveLayout.resolve(input.source(), header, mapping, axis);
                    columnOfSlot = new int[layout.slotCount()];
                    for (int slot = 0; slot < columnOfSlot.length; slot++) {
                        columnOfSlot[slot] = layout.has(slot) ? header.indexOf(layout.fieldNames()[slot]) : -1;
                    }
                    values = new String[layout.slotCount()];
                    assembler = new CurveAssembler(layout, input.runName(), false);
                    continue;
                }
                input.row(position, firstLine);
                int size = fields.size();
                for (int slot = 0; slot < values.length; slot++) {
                    int column = columnOfSlot[slot];
                    values[slot] = column >= 0 && column < size ? fields.get(column) : null;
                }
                assembler.accept(values, firstLine);
            }
        }
        if (assembler == null) {
            throw new IllegalArgumentException(input.source() + ": empty file, expected a header with a loss "
                    + "column and a step, tokens or flops column");
        }
        return assembler.finish(input.source());
    }

    /**
     * The records of a delimited file (a line, or the lines of a quoted field that spans them), read
     * ahead on a second thread in batches: decoding UTF-8 and finding line ends take about a third of
     * a read, and a two-core machine can do them while the reading thread parses. An error of the
     * reading (not UTF-8, a limit) reaches the caller at the record where it happened.
     */
    private static final class RecordFeed implements AutoCloseable {
        private static final int BATCH = 2048;

        private record Batch(String[] records, int[] lines, long[] positions, int size, boolean last, Throwable error) {
        }

        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
        private final Thread thread;
        private volatile boolean closed;
        private Batch current;
        private int index;
        private String record;
        private int line;
        private long position;

        RecordFeed(BufferedReader reader) {
            thread = new Thread(() -> produce(reader), "curve-file-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void produce(BufferedReader reader) {
            try {
                int lineNumber = 0;
                long read = 0;
                String[] records = new String[BATCH];
                int[] lines = new int[BATCH];
                long[] positions = new long[BATCH];
                int n = 0;
                String text;
                while (!closed && (text = reader.readLine()) != null) {
                    lineNumber++;
                    int first = lineNumber;
                    read += text.length() + 1;
                    if (text.indexOf('"') >= 0) {
                        StringBuilder quoted = new StringBuilder(text);
                        String next;
                        while (quotesOpen(quoted) && (next = reader.readLine()) != null) {
                            lineNumber++;
                            read += next.length() + 1;
                            quoted.append('\n').append(next);
                        }
                        text = quoted.toString();
                    }
                    records[n] = text;
                    lines[n] = first;
                    positions[n] = read;
                    if (++n == BATCH) {
                        put(new Batch(records, lines, positions, n, false, null));
                        records = new String[BATCH];
                        lines = new int[BATCH];
                        positions = new long[BATCH];
                        n = 0;
                    }
                }
                put(new Batch(records, lines, positions, n, true, null));
            } catch (IOException | RuntimeException e) {
                put(new Batch(null, null, null, 0, true, e));
            }
        }

        private void put(Batch batch) {
            try {
                while (!closed && !queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                    // the reading thread has stopped taking (cancelled or failed): give up when closed
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Moves to the next record; false at the end of the file. */
        boolean next() throws IOException {
            while (current == null || index >= current.size()) {
                if (current != null && current.last()) {
                    return false;
                }
                try {
                    current = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CancellationException("reading interrupted");
                }
                index = 0;
                if (current.error() instanceof IOException io) {
                    throw io;
                }
                if (current.error() instanceof RuntimeException runtime) {
                    throw runtime;
                }
            }
            record = current.records()[index];
            line = current.lines()[index];
            position = current.positions()[index];
            index++;
            return true;
        }

        String record() {
            return record;
        }

        int line() {
            return line;
        }

        long position() {
            return position;
        }

        @Override
        public void close() {
            closed = true;
            queue.clear();
        }
    }

    /**
     * Splits at the delimiter. A field with the same text as the previous line's field in that column
     * (a run's name, size and schedule repeat on every row) reuses that string instead of a copy.
     */
    private static void split(String text, char delimiter, List<String> fields, List<String> previous) {
        int start = 0;
        int column = 0;
        int length = text.length();
        while (start <= length) {
            int at = text.indexOf(delimiter, start);
            int end = at < 0 ? length : at;
            String last = column < previous.size() ? previous.get(column) : null;
            fields.add(last != null && last.length() == end - start && text.regionMatches(start, last, 0, end - start)
                    ? last : text.substring(start, end));
            column++;
            if (at < 0) {
                break;
            }
            start = at + 1;
        }
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

    private static CurveImport readJsonLines(BufferedReader reader, ColumnMapping mapping, CurveAxis axis, Input input)
            throws IOException {
        CurveLayout layout = CurveLayout.forKeys(mapping, axis != null ? axis : axisOfFirstObject(reader, mapping));
        Map<String, Integer> slotOfKey = layout.keySlots(mapping);
        CurveAssembler assembler = new CurveAssembler(layout, input.runName(), true);
        String[] values = new String[layout.slotCount()];
        long position = 0;
        int line = 0;
        boolean anyLoss = false;
        boolean anyAxis = false;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            position += text.length() + 1;
            if (text.isBlank()) {
                continue;
            }
            input.row(position, line);
            if (text.length() > Limits.RECORD_CHARS) {
                assembler.reject(line, "line of " + Limits.count(text.length()) + " characters is longer than a record "
                        + "may be (" + Limits.count(Limits.RECORD_CHARS) + ", the limit)");
                continue;
            }
            Arrays.fill(values, null);
            String error = parseObject(text, slotOfKey, values);
            if (error != null) {
                assembler.reject(line, error);
                continue;
            }
            anyLoss |= values[CurveLayout.LOSS] != null;
            anyAxis |= values[CurveLayout.STEP] != null || values[CurveLayout.TOKENS] != null
                    || values[CurveLayout.FLOPS] != null;
            assembler.accept(values, line);
        }
        if (line > 0 && !anyLoss) {
            throw new IllegalArgumentException(input.source() + ": no line has a '" + layout.fieldNames()[CurveLayout.LOSS]
                    + "' field (map one with --column loss=NAME)");
        }
        if (line > 0 && !anyAxis) {
            throw new IllegalArgumentException(input.source() + ": no line has a step, tokens or flops field "
                    + "(map one with --column step=NAME)");
        }
        return assembler.finish(input.source());
    }

    /**
     * For JSON Lines read without --x: step if the first object has a step field, else tokens if it
     * has tokens, else flops (the same preference as for a CSV header).
     */
    private static CurveAxis axisOfFirstObject(BufferedReader reader, ColumnMapping mapping) throws IOException {
        String first = firstNonBlankLine(reader);
        if (first == null) {
            return CurveAxis.STEP;
        }
        CurveLayout probe = CurveLayout.forKeys(mapping, CurveAxis.STEP);
        String[] values = new String[probe.slotCount()];
        if (parseObject(first, probe.keySlots(mapping), values) != null || values[CurveLayout.STEP] != null) {
            return CurveAxis.STEP;
        }
        return values[CurveLayout.TOKENS] != null ? CurveAxis.TOKENS
                : values[CurveLayout.FLOPS] != null ? CurveAxis.FLOPS : CurveAxis.STEP;
    }

    /** Fills the slots from one JSON object's top-level fields; returns why the line is not an object, or null. */
    private static String parseObject(String text, Map<String, Integer> slotOfKey, String[] values) {
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                Integer slot = slotOfKey.get(ColumnMapping.normalise(parser.currentName()));
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                if (slot != null && values[slot] == null && value != JsonToken.VALUE_NULL) {
                    values[slot] = parser.getText();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                return "not a JSON object";
            }
            return parser.nextToken() == null ? null : "more than one JSON value on the line";
        } catch (IOException e) {
            String message = e.getMessage();
            int newline = message == null ? -1 : message.indexOf('\n');
            return "not valid JSON (" + (newline < 0 ? message : message.substring(0, newline)) + ")";
        }
    }

    private static String firstNonBlankLine(BufferedReader reader) throws IOException {
        reader.mark(1 << 20);
        String line;
        int read = 0;
        do {
            line = reader.readLine();
            read += line == null ? 0 : line.length() + 1;
        } while (line != null && line.isBlank() && read < (1 << 19));
        reader.reset();
        return line;
    }
}
