package org.scalingexplorer.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingexplorer.engine.compute.ComputeBudget;

/**
 * Reads training runs from a CSV or TSV file by header name. Required columns: {@code params},
 * {@code tokens}, {@code loss}; optional: {@code flops} (else 6ND), {@code unique_tokens},
 * {@code group}, {@code name}. Header names are matched without regard to case or surrounding
 * spaces; other columns are ignored.
 *
 * <p>A bad row does not stop the import: it becomes a {@link RowProblem} naming its line and field,
 * and the good rows still load. A missing required column does stop it, with an
 * {@link IllegalArgumentException} naming the file and the column.
 */
public final class RunImporter {

    public static final String PARAMS = "params";
    public static final String TOKENS = "tokens";
    public static final String LOSS = "loss";
    public static final String FLOPS = "flops";
    public static final String UNIQUE_TOKENS = "unique_tokens";
    public static final String GROUP = "group";
    public static final String NAME = "name";
    private static final List<String> REQUIRED = List.of(PARAMS, TOKENS, LOSS);

    /** Rows between progress reports and cancel checks: often enough for a GUI, cheap enough not to show. */
    private static final int ROWS_PER_CHECK = 4096;

    private RunImporter() {
    }

    public static RunImport read(Path file) {
        return read(file, fraction -> { }, () -> false);
    }

    /**
     * Reads {@code file}, calling {@code progress} with the fraction of the file read so far (0 to 1,
     * from the reading thread) and stopping with a {@link CancellationException} soon after
     * {@code cancelled} turns true.
     */
    public static RunImport read(Path file, DoubleConsumer progress, BooleanSupplier cancelled) {
        String source = file.toString();
        long sizeBytes;
        try {
            sizeBytes = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + e.getMessage() + ")");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(source + ": is a directory, not a run file");
        }
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Boolean tabsByExtension = fileName.endsWith(".tsv") || fileName.endsWith(".tab") ? Boolean.TRUE
                : fileName.endsWith(".csv") ? Boolean.FALSE : null;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(source, reader, tabsByExtension, sizeBytes, progress, cancelled);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + e.getCause().getMessage() + ")");
        }
    }

    /**
     * Reads from {@code reader}. {@code tabs} forces TSV or CSV; null means look at the header line.
     * {@code sizeChars} is the expected length, for progress only.
     */
    static RunImport read(String source, BufferedReader reader, Boolean tabs, long sizeChars,
                          DoubleConsumer progress, BooleanSupplier cancelled) throws IOException {
        boolean tabSeparated = tabs != null ? tabs : headerHasTab(reader);
        CSVFormat format = (tabSeparated ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
                .setIgnoreEmptyLines(false) // keep every line as a record so line numbers stay exact
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<TrainingRun> runs = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<TrainingRun, Integer> firstLineOfRun = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Columns columns = null;
            long linesBefore = 0;
            int rowsSinceCheck = 0;
            for (CSVRecord record : parser) {
                // A record starts on the line after the last one its predecessor ended on.
                int line = (int) (linesBefore + 1);
                linesBefore = parser.getCurrentLineNumber();
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = Columns.of(source, line, record);
                    continue;
                }
                if (++rowsSinceCheck == ROWS_PER_CHECK) {
                    rowsSinceCheck = 0;
                    if (cancelled.getAsBoolean()) {
                        throw new CancellationException("import of " + source + " cancelled at line " + line);
                    }
                    progress.accept(Math.min(1.0, record.getCharacterPosition() / (double) Math.max(1, sizeChars)));
                }
                TrainingRun run = columns.parse(record, line, problems);
                if (run == null) {
                    continue;
                }
                Integer earlier = firstLineOfRun.putIfAbsent(run, line);
                if (earlier != null) {
                    problems.add(new RowProblem(line, "row", "duplicate of line " + earlier));
                } else {
                    runs.add(run);
                }
            }
            if (columns == null) {
                throw new IllegalArgumentException(source + ": empty file, expected a header with columns "
                        + String.join(", ", REQUIRED));
            }
        } catch (UncheckedIOException e) {
            // Commons CSV reports malformed quoting this way; name the file rather than a stack trace.
            throw new IllegalArgumentException(source + ": " + e.getCause().getMessage());
        }
        progress.accept(1.0);
        return new RunImport(runs, problems);
    }

    private static boolean headerHasTab(BufferedReader reader) throws IOException {
        reader.mark(64 * 1024);
        String line;
        do {
            line = reader.readLine();
        } while (line != null && line.isBlank());
        reader.reset();
        return line != null && line.indexOf('\t') >= 0;
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Where each known column sits in the header. */
    private record Columns(Map<String, Integer> index) {

        static Columns of(String source, int line, CSVRecord header) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (index.putIfAbsent(name, i) != null && !name.isEmpty()) {
                    throw new IllegalArgumentException(source + ": line " + line + ": column '" + name
                            + "' appears twice in the header");
                }
            }
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    throw new IllegalArgumentException(source + ": missing required column '" + required
                            + "' (header line " + line + " has: " + String.join(", ", header.toList()) + ")");
                }
            }
            return new Columns(index);
        }

        /** The run on this row, or null after adding a problem for each bad field. */
        TrainingRun parse(CSVRecord record, int line, List<RowProblem> problems) {
            int before = problems.size();
            double params = positive(record, PARAMS, true, line, problems);
            double tokens = positive(record, TOKENS, true, line, problems);
            double loss = positive(record, LOSS, true, line, problems);
            double flops = positive(record, FLOPS, false, line, problems);
            double uniqueTokens = positive(record, UNIQUE_TOKENS, false, line, problems);
            if (problems.size() > before) {
                return null;
            }
            if (Double.isNaN(flops)) {
                flops = ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens;
                if (!Double.isFinite(flops)) {
                    problems.add(new RowProblem(line, FLOPS, "6 * params * tokens overflows"));
                    return null;
                }
            }
            return new TrainingRun(params, tokens, flops, loss, uniqueTokens, text(record, GROUP), text(record, NAME));
        }

        /** A positive finite number, or NaN when an optional column is absent or empty. */
        private double positive(CSVRecord record, String column, boolean required, int line,
                                List<RowProblem> problems) {
            Integer at = index.get(column);
            if (at == null) {
                return Double.NaN;
            }
            if (at >= record.size()) {
                if (required) {
                    problems.add(new RowProblem(line, column, "missing (row has " + record.size()
                            + " fields, header has " + index.size() + ")"));
                }
                return Double.NaN;
            }
            String raw = record.get(at);
            if (raw.isEmpty()) {
                if (required) {
                    problems.add(new RowProblem(line, column, "missing value"));
                }
                return Double.NaN;
            }
            double value;
            try {
                value = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(line, column, "not a number: '" + raw + "'"));
                return Double.NaN;
            }
            if (Double.isNaN(value)) {
                problems.add(new RowProblem(line, column, "NaN is not a value"));
            } else if (Double.isInfinite(value)) {
                problems.add(new RowProblem(line, column, "must be finite, got " + raw));
            } else if (value <= 0) {
                problems.add(new RowProblem(line, column, "must be greater than 0, got " + raw));
            } else {
                return value;
            }
            return Double.NaN;
        }

        private String text(CSVRecord record, String column) {
            Integer at = index.get(column);
            return at == null || at >= record.size() ? "" : record.get(at);
        }
    }
}
