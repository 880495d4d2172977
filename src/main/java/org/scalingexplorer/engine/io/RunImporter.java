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
 * Reads training runs from a CSV or TSV file by header name, through a {@link ColumnMapping} that
 * says which column plays which role ({@code --column params=N_no_emb}); an unmapped role is read
 * from the column of its own name. Roles: {@code params}, {@code tokens}, {@code loss} and
 * {@code flops} (numbers; loss and two of the other three are required: flops defaults to 6ND, and
 * a missing params or tokens is C / (6 x the other)), {@code unique_tokens}, {@code group} and
 * {@code name} (text; several columns joined with '/'). Header names are matched without regard to
 * case or surrounding spaces; other columns are ignored, except those asked for as split columns,
 * whose joined values become each run's split key ({@link RunImport#splitKeys()}).
 *
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
    /** Every role a mapping may name, as {@code --column ROLE=NAME} lists them. */
    public static final java.util.Set<String> ROLES = java.util.Collections.unmodifiableSet(
            new java.util.LinkedHashSet<>(List.of(PARAMS, TOKENS, FLOPS, LOSS, UNIQUE_TOKENS, GROUP, NAME)));
    /** Joins the values of several columns that play one text role or form one split key. */
    public static final String JOIN = "/";
    /** What a run's numbers may physically be; anything else is refused by line and field. */
    private static final Map<String, PhysicalRange> RANGES = Map.of(PARAMS, PhysicalRange.PARAMS,
            TOKENS, PhysicalRange.TOKENS, LOSS, PhysicalRange.LOSS, FLOPS, PhysicalRange.FLOPS,
            UNIQUE_TOKENS, PhysicalRange.UNIQUE_TOKENS);

    /** Rows between progress reports and cancel checks: often enough for a GUI, cheap enough not to show. */
    private static final int ROWS_PER_CHECK = 4096;

    private RunImporter() {
    }

    public static RunImport read(Path file) {
        return read(file, ColumnMapping.identity(), List.of(), fraction -> { }, () -> false);
    }

    /** Reads {@code file} with {@code mapping}; each run's split key joins the {@code splitColumns}' values. */
    public static RunImport read(Path file, ColumnMapping mapping, List<String> splitColumns) {
        return read(file, mapping, splitColumns, fraction -> { }, () -> false);
    }

    public static RunImport read(Path file, DoubleConsumer progress, BooleanSupplier cancelled) {
        return read(file, ColumnMapping.identity(), List.of(), progress, cancelled);
    }

    /**
     * Reads {@code file}, calling {@code progress} with the fraction of the file read so far (0 to 1,
     * from the reading thread) and stopping with a {@link CancellationException} soon after
     * {@code cancelled} turns true.
     */
    public static RunImport read(Path file, ColumnMapping mapping, List<String> splitColumns, DoubleConsumer progress,
                                 BooleanSupplier cancelled) {
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
            return read(source, in, tabsByExtension, sizeBytes, mapping, splitColumns, progress, cancelled);
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
        return read(source, in, tabs, sizeBytes, ColumnMapping.identity(), List.of(), progress, cancelled);
    }

    static RunImport read(String source, InputStream in, Boolean tabs, long sizeBytes, ColumnMapping mapping,
                          List<String> splitColumns, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        try (BufferedReader reader = new BufferedReader(Utf8TextReader.forRecords(in, source))) {
            return read(source, reader, tabs, sizeBytes, mapping, splitColumns, progress, cancelled);
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
        return read(source, reader, tabs, sizeChars, ColumnMapping.identity(), List.of(), progress, cancelled);
    }

    static RunImport read(String source, BufferedReader reader, Boolean tabs, long sizeChars, ColumnMapping mapping,
                          List<String> splitColumns, DoubleConsumer progress, BooleanSupplier cancelled)
            throws IOException {
        boolean tabSeparated = tabs != null ? tabs : headerHasTab(reader);
        CSVFormat format = (tabSeparated ? CSVFormat.TDF : CSVFormat.DEFAULT).builder()
                .setIgnoreEmptyLines(false) // keep every line as a record so line numbers stay exact
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<TrainingRun> runs = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> splitKeys = new ArrayList<>();
        Map<KeyedRun, Integer> firstLineOfRun = new HashMap<>();
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
                    columns = Columns.of(source, line, record, mapping, splitColumns);
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
                String splitKey = columns.splitKey(record);
                Integer earlier = firstLineOfRun.putIfAbsent(new KeyedRun(splitKey, run), line);
                if (earlier != null) {
                    problems.add(new RowProblem(line, "row", "duplicate of line " + earlier));
                } else {
                    runs.add(run);
                    lines.add(line);
                    splitKeys.add(splitKey);
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
        return new RunImport(runs, problems, lines, splitColumns.isEmpty() ? List.of() : splitKeys);
    }

    /** A run and the split it belongs to: the same numbers in two splits are two runs, not a duplicate. */
    private record KeyedRun(String splitKey, TrainingRun run) {
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

    /** Where each role's columns sit in the header. */
    private record Columns(Map<String, Integer> roleIndex, Map<String, String> roleField, Map<String, int[]> textIndex,
                           int[] splitIndex, int headerSize) {

        static Columns of(String source, int line, CSVRecord header, ColumnMapping mapping, List<String> splitColumns) {
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = ColumnMapping.normalise(header.get(i));
                if (index.putIfAbsent(name, i) != null && !name.isEmpty()) {
                    throw new IllegalArgumentException(source + ": line " + line + ": column '" + Limits.excerpt(name)
                            + "' appears twice in the header");
                }
            }
            String headerList = Limits.excerpt(String.join(", ", header.toList()));
            Map<String, Integer> roleIndex = new LinkedHashMap<>();
            Map<String, String> roleField = new LinkedHashMap<>();
            for (String role : List.of(PARAMS, TOKENS, LOSS, FLOPS, UNIQUE_TOKENS)) {
                String column = mapping.column(role);
                Integer at = index.get(column);
                if (at == null && mapping.maps(role)) {
                    throw new IllegalArgumentException(source + ": column '" + column + "' (mapped to " + role
                            + " by --column) is not in the header (line " + line + " has: " + headerList + ")");
                }
                if (at != null) {
                    roleIndex.put(role, at);
                    roleField.put(role, mapping.maps(role) ? header.get(at).strip() + " (" + role + ")" : role);
                }
            }
            Map<String, int[]> textIndex = new LinkedHashMap<>();
            for (String role : List.of(GROUP, NAME)) {
                List<String> columns = mapping.columns(role);
                int[] positions = new int[columns.size()];
                for (int c = 0; c < columns.size(); c++) {
                    Integer at = index.get(columns.get(c));
                    if (at == null && mapping.maps(role)) {
                        throw new IllegalArgumentException(source + ": column '" + columns.get(c) + "' (mapped to "
                                + role + " by --column) is not in the header (line " + line + " has: " + headerList + ")");
                    }
                    positions[c] = at == null ? -1 : at;
                }
                textIndex.put(role, positions);
            }
            int[] splitIndex = new int[splitColumns.size()];
            for (int c = 0; c < splitColumns.size(); c++) {
                Integer at = index.get(ColumnMapping.normalise(splitColumns.get(c)));
                if (at == null) {
                    throw new IllegalArgumentException(source + ": --split-by column '" + splitColumns.get(c)
                            + "' is not in the header (line " + line + " has: " + headerList + ")");
                }
                splitIndex[c] = at;
            }
            boolean hasParams = roleIndex.containsKey(PARAMS);
            boolean hasTokens = roleIndex.containsKey(TOKENS);
            boolean hasFlops = roleIndex.containsKey(FLOPS);
            List<String> missing = new ArrayList<>();
            if (!roleIndex.containsKey(LOSS)) {
                missing.add(mapping.column(LOSS));
            }
            // Two of N, D and C give the third through C = 6ND.
            if (!hasParams && !(hasTokens && hasFlops)) {
                missing.add(mapping.column(PARAMS));
            }
            if (!hasTokens && !(hasParams && hasFlops)) {
                missing.add(mapping.column(TOKENS));
            }
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(source + ": missing required column '" + missing.get(0)
                        + "' (header line " + line + " has: " + headerList + "; map another with --column ROLE=NAME)");
            }
            return new Columns(roleIndex, roleField, textIndex, splitIndex, header.size());
        }

        String splitKey(CSVRecord record) {
            return join(record, splitIndex);
        }

        private static String join(CSVRecord record, int[] positions) {
            if (positions.length == 0) {
                return "";
            }
            StringBuilder joined = new StringBuilder();
            for (int c = 0; c < positions.length; c++) {
                if (c > 0) {
                    joined.append(JOIN);
                }
                if (positions[c] >= 0 && positions[c] < record.size()) {
                    joined.append(record.get(positions[c]));
                }
            }
            return positions.length == 1 || joined.length() > positions.length - 1 ? joined.toString() : "";
        }

        /** The run on this row, or null after adding a problem for each bad field. */
        TrainingRun parse(CSVRecord record, int line, List<RowProblem> problems) {
            int before = problems.size();
            boolean derivedParams = !roleIndex.containsKey(PARAMS);
            boolean derivedTokens = !roleIndex.containsKey(TOKENS);
            double params = positive(record, PARAMS, true, line, problems);
            double tokens = positive(record, TOKENS, true, line, problems);
            double loss = positive(record, LOSS, true, line, problems);
            double flops = positive(record, FLOPS, derivedParams || derivedTokens, line, problems);
            double uniqueTokens = positive(record, UNIQUE_TOKENS, false, line, problems);
            if (problems.size() > before) {
                return null;
            }
            if (derivedParams) {
                params = flops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * tokens);
            } else if (derivedTokens) {
                tokens = flops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * params);
            }
            if (derivedParams || derivedTokens) {
                String role = derivedParams ? PARAMS : TOKENS;
                String problem = RANGES.get(role).problem(derivedParams ? params : tokens);
                if (problem != null) {
                    problems.add(new RowProblem(line, role, "C / (6 x the other): " + problem));
                    return null;
                }
            }
            if (Double.isNaN(flops)) {
                flops = ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens;
                if (!Double.isFinite(flops)) {
                    problems.add(new RowProblem(line, FLOPS, "6 * params * tokens overflows"));
                    return null;
                }
            }
            return new TrainingRun(params, tokens, flops, loss, uniqueTokens, join(record, textIndex.get(GROUP)),
                    join(record, textIndex.get(NAME)));
        }

        /** A positive finite number, or NaN when an optional column is absent or empty. */
        private double positive(CSVRecord record, String role, boolean required, int line,
                                List<RowProblem> problems) {
            Integer at = roleIndex.get(role);
            if (at == null) {
                return Double.NaN;
            }
            String column = roleField.get(role);
            if (at >= record.size()) {
                if (required) {
                    problems.add(new RowProblem(line, column, "missing (row has " + record.size()
                            + " fields, header has " + headerSize + ")"));
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
            String problem = RANGES.get(role).problem(value);
            if (problem != null) {
                problems.add(new RowProblem(line, column, problem));
                return Double.NaN;
            }
            return value;
        }
    }
}
