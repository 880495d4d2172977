package org.scalingexplorer.engine.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
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
    /** Where Commons CSV says a malformed record is: "(startline 7)" or "at line: 7". */
    private static final Pattern MALFORMED_LINE = Pattern.compile("\\(startline (\\d+)\\)|line: (\\d+)");
    /** What a run's numbers may physically be; anything else is refused by line and field. */
    private static final Map<String, PhysicalRange> RANGES = Map.of(PARAMS, PhysicalRange.PARAMS,
            TOKENS, PhysicalRange.TOKENS, LOSS, PhysicalRange.LOSS, FLOPS, PhysicalRange.FLOPS,
            UNIQUE_TOKENS, PhysicalRange.UNIQUE_TOKENS);

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
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(source + ": is a directory, not a run file");
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
            throw new IllegalArgumentException(source + ": " + Limits.count(sizeBytes) + " bytes is larger than a run file may be ("
                    + Limits.count(Limits.RUN_FILE_BYTES) + " bytes, the limit)");
        }
        String fileName = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Boolean tabsByExtension = fileName.endsWith(".tsv") || fileName.endsWith(".tab") ? Boolean.TRUE
                : fileName.endsWith(".csv") ? Boolean.FALSE : null;
        try (InputStream in = Files.newInputStream(file)) {
            return read(source, in, tabsByExtension, sizeBytes, progress, cancelled);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + IoProblem.reason(e) + ")");
        }
    }

    /**
     * Reads UTF-8 text from {@code in} (a byte-order mark is skipped; anything that is not UTF-8 text is
     * refused with its line), with the limits of {@link Limits} on records and rows.
     */
    static RunImport read(String source, InputStream in, Boolean tabs, long sizeBytes, DoubleConsumer progress,
                          BooleanSupplier cancelled) throws IOException {
        try (BufferedReader reader = new BufferedReader(Utf8TextReader.forRecords(in, source))) {
            return read(source, reader, tabs, sizeBytes, progress, cancelled);
        } catch (TextFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
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
        List<Integer> lines = new ArrayList<>();
        Map<TrainingRun, Integer> firstLineOfRun = new HashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Columns columns = null;
            long linesBefore = 0;
            int rowsSinceCheck = 0;
            int rows = 0;
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
                if (++rows > Limits.RUN_FILE_ROWS) {
                    throw new IllegalArgumentException(source + ": line " + line + ": more than "
                            + Limits.count(Limits.RUN_FILE_ROWS) + " rows (the limit of a run file); split the file");
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
                    lines.add(line);
                }
            }
            if (columns == null) {
                throw new IllegalArgumentException(source + ": empty file, expected a header with columns "
                        + String.join(", ", REQUIRED));
            }
        } catch (UncheckedIOException e) {
            // Commons CSV reports malformed quoting, and the text reader a file that is not text, this way;
            // name the file rather than a stack trace.
            if (e.getCause() instanceof TextFileException text) {
                throw new IllegalArgumentException(text.getMessage(), text);
            }
            throw new IllegalArgumentException(source + ": " + malformed(String.valueOf(e.getCause().getMessage())));
        }
        progress.accept(1.0);
        return new RunImport(runs, problems, lines);
    }

    /**
     * Commons CSV's words for malformed quoting, as one line that starts with the line number:
     * "line 7: a quoted field is not closed before the end of the file".
     */
    static String malformed(String message) {
        Matcher line = MALFORMED_LINE.matcher(message);
        String where = line.find() ? "line " + (line.group(1) != null ? line.group(1) : line.group(2)) + ": " : "";
        if (message.contains("EOF reached before encapsulated token finished")) {
            return where + "a quoted field is not closed before the end of the file; is a closing quote missing?";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return where + "text follows a closing quote; a quote inside a quoted field is written twice (\"\")";
        }
        return where + Limits.excerpt(message.replaceAll("\\(startline \\d+\\) ?", ""), 200);
    }

    private static boolean headerHasTab(BufferedReader reader) throws IOException {
        reader.mark(4 * Limits.RECORD_CHARS);
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
                    throw new IllegalArgumentException(source + ": line " + line + ": column '" + Limits.excerpt(name)
                            + "' appears twice in the header");
                }
            }
            for (String required : REQUIRED) {
                if (!index.containsKey(required)) {
                    throw new IllegalArgumentException(source + ": missing required column '" + required
                            + "' (header line " + line + " has: " + Limits.excerpt(String.join(", ", header.toList())) + ")");
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
                value = DecimalNumber.parse(raw);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(line, column, e.getMessage()));
                return Double.NaN;
            }
            String problem = RANGES.get(column).problem(value);
            if (problem != null) {
                problems.add(new RowProblem(line, column, problem));
                return Double.NaN;
            }
            return value;
        }

        private String text(CSVRecord record, String column) {
            Integer at = index.get(column);
            return at == null || at >= record.size() ? "" : record.get(at);
        }
    }
}
