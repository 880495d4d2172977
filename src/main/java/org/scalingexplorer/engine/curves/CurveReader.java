package org.scalingexplorer.engine.curves;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.IoProblem;
import org.scalingexplorer.engine.io.TextFileException;
import org.scalingexplorer.engine.io.Utf8TextReader;

/**
 * Reads learning curves from a long-format file, one row per checkpoint: CSV or TSV
 * ({@link DelimitedRecords}, fields read from the bytes where they lie) or JSON Lines
 * ({@link JsonLinesCurves}), chosen by the file's extension or, failing that, by its first line. A
 * UTF-8 byte-order mark is skipped. Columns are found through a {@link ColumnMapping} over the roles
 * of {@link CurveRoles}; an experiment tracker's export (a run-name column, {@code _step}, metric
 * columns) loads the same way.
 *
 * <p>Progress (fraction of the file read) is reported and {@code cancelled} checked every
 * {@value #ROWS_PER_CHECK} rows, from the reading thread; cancelling throws
 * {@link CancellationException}. A file that cannot be read at all (missing, a directory, not UTF-8
 * text, no loss column, a mapped column the header lacks) is refused with an
 * {@link IllegalArgumentException} naming the file.
 */
public final class CurveReader {

    /** Rows between progress reports and cancel checks. */
    static final int ROWS_PER_CHECK = 8192;

    private CurveReader() {
    }

    public static CurveImport read(Path file, ColumnMapping mapping, CurveAxis axis) {
        return read(file, mapping, axis, fraction -> { }, () -> false);
    }

    /** {@code axis} null: step if the file has one, else tokens, else flops. */
    public static CurveImport read(Path file, ColumnMapping mapping, CurveAxis axis, DoubleConsumer progress,
                                   BooleanSupplier cancelled) {
        return read(file, mapping, axis, progress, cancelled, Long.MAX_VALUE);
    }

    /** The file's first {@code maxLines} lines read as the whole file would be: what an import dialog previews. */
    static CurveImport read(Path file, ColumnMapping mapping, CurveAxis axis, DoubleConsumer progress,
                            BooleanSupplier cancelled, long maxLines) {
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
        Input input = new Input(source, runName, sizeBytes, progress, cancelled);
        try {
            CurveImport result = null;
            if (!jsonLinesByName(fileName)) {
                try (DelimitedRecords records = new DelimitedRecords(FirstLines.of(file, maxLines), source)) {
                    String first = records.peekFirstLine();
                    if (first == null || !first.stripLeading().startsWith("{")) {
                        String lower = fileName.toLowerCase(Locale.ROOT);
                        if (lower.endsWith(".tsv") || lower.endsWith(".tab")
                                || (!lower.endsWith(".csv") && first != null && first.indexOf('\t') >= 0)) {
                            records.useTabs();
                        }
                        result = readDelimited(records, mapping, axis, input);
                    }
                }
            }
            if (result == null) {
                result = readJsonLines(FirstLines.of(file, maxLines), mapping, axis, input);
            }
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

    private static boolean jsonLinesByName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
    }

    /**
     * JSON Lines through the shared UTF-8 reader, which skips a byte-order mark and refuses what is not
     * UTF-8 text; it bounds only the whole text (a JSON string's escaped quote would confuse its
     * CSV-aware record count), and the JSON reader bounds each line.
     */
    private static CurveImport readJsonLines(InputStream file, ColumnMapping mapping, CurveAxis axis, Input input)
            throws IOException {
        try (InputStream in = file;
             BufferedReader reader = new BufferedReader(new Utf8TextReader(in, input.source(), Integer.MAX_VALUE,
                     Limits.RUN_FILE_BYTES), 1 << 16)) {
            return JsonLinesCurves.read(reader, mapping, axis, input);
        }
    }

    /** Where the rows come from, who is listening, and how many rows have come. */
    static final class Input {
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

    /** CSV or TSV: the first record is the header, the rest are rows. */
    private static CurveImport readDelimited(DelimitedRecords records, ColumnMapping mapping, CurveAxis axis, Input input)
            throws IOException {
        CurveAssembler assembler = null;
        while (records.next()) {
            if (records.malformed() != null) {
                if (assembler == null) {
                    throw new IllegalArgumentException(input.source() + ": line " + records.line() + ": "
                            + records.malformed());
                }
                assembler.reject(records.line(), records.malformed());
                continue;
            }
            if (assembler == null) {
                List<String> header = new ArrayList<>(records.fields());
                for (int i = 0; i < records.fields(); i++) {
                    header.add(ColumnMapping.normalise(records.text(i)));
                }
                CurveLayout layout = CurveLayout.resolve(input.source(), header, mapping, axis);
                int[] columnOfSlot = new int[layout.slotCount()];
                for (int slot = 0; slot < columnOfSlot.length; slot++) {
                    columnOfSlot[slot] = layout.has(slot) ? header.indexOf(layout.fieldNames()[slot]) : -1;
                }
                assembler = new CurveAssembler(layout, columnOfSlot, input.runName(), false);
                continue;
            }
            input.row(records.position(), records.line());
            assembler.accept(records.data(), records.starts(), records.ends(), records.fields(), records.line());
        }
        if (assembler == null) {
            throw new IllegalArgumentException(input.source() + ": empty file, expected a header with a loss "
                    + "column and a step, tokens or flops column");
        }
        return assembler.finish(input.source());
    }
}
