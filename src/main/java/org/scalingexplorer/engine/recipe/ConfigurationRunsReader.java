package org.scalingexplorer.engine.recipe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.DecimalNumber;
import org.scalingexplorer.engine.io.IoProblem;
import org.scalingexplorer.engine.io.TextFileException;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.io.Utf8TextReader;

/**
 * Reads isoFLOP points of several training configurations from one CSV file, as Porian et al. 2024
 * publish theirs (github.com/formll/resolving-scaling-law-discrepancies): one row per model size and
 * budget, with columns {@code config} (the configuration), {@code params}, {@code loss}, and
 * {@code flops} or {@code tokens} (the other follows from C = 6ND); an optional {@code dataset}
 * column keeps the same configuration on two data sets apart. Other columns are ignored.
 *
 * <p>Unlike a file of one's own runs, these points are a published table: a row that cannot be read
 * means the file is not what it claims, so the first bad row refuses the whole file, naming the file,
 * its line and the field. A missing column is refused naming the file and the column.
 */
public final class ConfigurationRunsReader {

    public static final String CONFIG = "config";
    public static final String DATASET = "dataset";
    public static final String PARAMS = "params";
    public static final String TOKENS = "tokens";
    public static final String FLOPS = "flops";
    public static final String LOSS = "loss";
    private static final List<String> REQUIRED = List.of(CONFIG, PARAMS, LOSS);

    private ConfigurationRunsReader() {
    }

    /** The configurations of {@code file}, in the order they first appear. */
    public static List<ConfigurationRuns> read(Path file) {
        String source = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new IllegalArgumentException(source + ": is a directory, not a CSV file");
            }
            if (Files.size(file) > Limits.RUN_FILE_BYTES) {
                throw new IllegalArgumentException(source + ": larger than a run file may be ("
                        + Limits.count(Limits.RUN_FILE_BYTES) + " bytes)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(source, in);
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(source + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + IoProblem.reason(e) + ")");
        }
    }

    static List<ConfigurationRuns> read(String source, InputStream in) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
        Map<List<String>, List<TrainingRun>> byConfiguration = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(Utf8TextReader.forRecords(in, source));
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> columns = null;
            long linesBefore = 0;
            int rows = 0;
            for (CSVRecord record : parser) {
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(source, line, record);
                    continue;
                }
                if (++rows > Limits.RUN_FILE_ROWS) {
                    throw new IllegalArgumentException(source + ": line " + line + ": more than "
                            + Limits.count(Limits.RUN_FILE_ROWS) + " rows");
                }
                String configuration = text(source, line, record, columns, CONFIG);
                String dataset = columns.containsKey(DATASET) ? text(source, line, record, columns, DATASET) : "";
                byConfiguration.computeIfAbsent(List.of(dataset, configuration), k -> new ArrayList<>())
                        .add(run(source, line, record, columns));
            }
            if (columns == null) {
                throw new IllegalArgumentException(source + ": empty file, expected a header with columns "
                        + String.join(", ", REQUIRED) + " and flops or tokens");
            }
        } catch (TextFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof TextFileException text) {
                throw new IllegalArgumentException(text.getMessage(), text);
            }
            throw new IllegalArgumentException(source + ": " + Limits.excerpt(String.valueOf(e.getCause().getMessage()), 200));
        }
        if (byConfiguration.isEmpty()) {
            throw new IllegalArgumentException(source + ": no rows below the header");
        }
        List<ConfigurationRuns> configurations = new ArrayList<>();
        byConfiguration.forEach((key, runs) -> configurations.add(new ConfigurationRuns(key.get(0), key.get(1), runs)));
        return configurations;
    }

    private static Map<String, Integer> header(String source, long line, CSVRecord record) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            columns.putIfAbsent(record.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = new ArrayList<>(REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList());
        if (!columns.containsKey(FLOPS) && !columns.containsKey(TOKENS)) {
            missing.add(FLOPS + "' or '" + TOKENS);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(source + ": missing required column '" + missing.get(0)
                    + "' (header line " + line + " has: " + Limits.excerpt(String.join(", ", record.toList())) + ")");
        }
        return columns;
    }

    private static TrainingRun run(String source, long line, CSVRecord record, Map<String, Integer> columns) {
        double params = number(source, line, record, columns, PARAMS, PhysicalRange.PARAMS);
        double loss = number(source, line, record, columns, LOSS, PhysicalRange.LOSS);
        double flops = columns.containsKey(FLOPS) ? number(source, line, record, columns, FLOPS, PhysicalRange.FLOPS)
                : ComputeBudget.FLOPS_PER_PARAM_TOKEN * params
                * number(source, line, record, columns, TOKENS, PhysicalRange.TOKENS);
        double tokens = flops / (ComputeBudget.FLOPS_PER_PARAM_TOKEN * params);
        return new TrainingRun(params, tokens, flops, loss, Double.NaN, "", "");
    }

    private static double number(String source, long line, CSVRecord record, Map<String, Integer> columns,
                                 String column, PhysicalRange range) {
        String raw = text(source, line, record, columns, column);
        double value;
        try {
            value = DecimalNumber.parse(raw);
        } catch (IllegalArgumentException e) {
            throw refused(source, line, column, e.getMessage());
        }
        String problem = range.problem(value);
        if (problem != null) {
            throw refused(source, line, column, problem);
        }
        return value;
    }

    private static String text(String source, long line, CSVRecord record, Map<String, Integer> columns,
                               String column) {
        int at = columns.get(column);
        if (at >= record.size() || record.get(at).isEmpty()) {
            throw refused(source, line, column, "missing value");
        }
        return record.get(at);
    }

    private static IllegalArgumentException refused(String source, long line, String column, String problem) {
        return new IllegalArgumentException(source + ": line " + line + ", " + column + ": " + problem);
    }
}
