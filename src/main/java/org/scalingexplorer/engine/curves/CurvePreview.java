package org.scalingexplorer.engine.curves;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.IoProblem;
import org.scalingexplorer.engine.io.TextFileException;

/**
 * The first rows of a curve file as an import dialog shows them: its format, its columns, the rows
 * as text, which layout it looks like and the column mapping that layout suggests. {@link #trial}
 * reads those first rows as the whole file would be read, so the dialog can say what a mapping gives
 * (or why the reader refuses it) before the file is loaded.
 */
public record CurvePreview(Path file, String format, List<String> columns, List<List<String>> rows, Layout layout,
                           List<String> suggestedMapping) {

    /** Lines read for a preview and its trial. */
    public static final int LINES = 200;
    /** Rows shown in the preview table. */
    public static final int ROWS_SHOWN = 12;

    /** What the file looks like. */
    public enum Layout {
        /** One row per checkpoint with the roles' own names (run, step, loss, ...). */
        LONG_FORMAT,
        /** An experiment tracker's export: a run-name column, {@code _step}, metric columns such as eval/loss. */
        TRACKER_EXPORT,
        /** The (Mis)Fitting suite's results (Li et al. 2025): model, peak_lr, sweep, total_steps, current_steps, D, N. */
        MISFITTING_SUITE
    }

    public CurvePreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        suggestedMapping = List.copyOf(suggestedMapping);
    }

    /** Reads the file's first lines; a file that is not curve text is refused naming the file. */
    public static CurvePreview of(Path file) {
        String source = file.toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean jsonByName = name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json");
        try {
            if (!jsonByName) {
                try (DelimitedRecords records = new DelimitedRecords(FirstLines.of(file, LINES), source)) {
                    String first = records.peekFirstLine();
                    if (first == null || !first.stripLeading().startsWith("{")) {
                        boolean tabs = name.endsWith(".tsv") || name.endsWith(".tab")
                                || (!name.endsWith(".csv") && first != null && first.indexOf('\t') >= 0);
                        if (tabs) {
                            records.useTabs();
                        }
                        return delimited(file, tabs ? "TSV" : "CSV", records);
                    }
                }
            }
            return jsonLines(file);
        } catch (TextFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read (" + IoProblem.reason(e) + ")");
        }
    }

    /** The preview's lines read with {@code mapping} and {@code axis}: its curves, or the reader's refusal. */
    public CurveImport trial(ColumnMapping mapping, CurveAxis axis) {
        return CurveReader.read(file, mapping, axis, fraction -> { }, () -> false, LINES);
    }

    private static CurvePreview delimited(Path file, String format, DelimitedRecords records) throws IOException {
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        while (records.next() && rows.size() < ROWS_SHOWN) {
            if (records.malformed() != null) {
                continue;
            }
            List<String> row = new ArrayList<>();
            for (int i = 0; i < records.fields(); i++) {
                row.add(records.text(i));
            }
            if (columns.isEmpty()) {
                columns.addAll(row);
            } else {
                rows.add(row);
            }
        }
        return withLayout(file, format, columns, rows);
    }

    private static CurvePreview jsonLines(Path file) throws IOException {
        Set<String> keys = new LinkedHashSet<>();
        List<Map<String, String>> objects = new ArrayList<>();
        JsonFactory json = new JsonFactory();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(FirstLines.of(file, LINES),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null && objects.size() < ROWS_SHOWN) {
                if (line.isBlank()) {
                    continue;
                }
                Map<String, String> object = new LinkedHashMap<>();
                try (JsonParser parser = json.createParser(line)) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        continue;
                    }
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                            parser.skipChildren();
                            continue;
                        }
                        keys.add(key);
                        object.put(key, value == JsonToken.VALUE_NULL ? "" : parser.getText());
                    }
                } catch (IOException e) {
                    continue;
                }
                objects.add(object);
            }
        }
        List<String> columns = new ArrayList<>(keys);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> object : objects) {
            rows.add(columns.stream().map(key -> object.getOrDefault(key, "")).toList());
        }
        return withLayout(file, "JSON Lines", columns, rows);
    }

    private static CurvePreview withLayout(Path file, String format, List<String> columns, List<List<String>> rows) {
        Map<String, String> byNormal = new LinkedHashMap<>();
        for (String column : columns) {
            byNormal.putIfAbsent(ColumnMapping.normalise(column), column);
        }
        Set<String> names = byNormal.keySet();
        List<String> mapping = new ArrayList<>();
        Layout layout;
        if (names.containsAll(List.of("model", "peak_lr", "sweep", "total_steps", "current_steps", "d", "n"))) {
            layout = Layout.MISFITTING_SUITE;
            mapping.addAll(List.of("run=model,peak_lr,sweep,total_steps", "step=current_steps", "tokens=D", "params=N",
                    "total_steps=total_steps", "lr=peak_lr"));
            if (names.contains("n_no_emb")) {
                mapping.add("non_embedding_params=N_no_emb");
            }
            if (names.contains("c")) {
                mapping.add("flops=C");
            }
        } else if (names.contains("_step") || (names.contains("name") && names.stream().anyMatch(n -> n.contains("/")))) {
            layout = Layout.TRACKER_EXPORT;
            if (!names.contains("run") && names.contains("name")) {
                mapping.add("run=" + byNormal.get("name"));
            }
            if (!names.contains("step") && names.contains("_step")) {
                mapping.add("step=_step");
            }
        } else {
            layout = Layout.LONG_FORMAT;
        }
        if (!names.contains("loss")) {
            metric(names, "loss").ifPresent(column -> mapping.add("loss=" + column));
        }
        if (!names.contains("lr") && layout != Layout.MISFITTING_SUITE) {
            metric(names, "lr").or(() -> metric(names, "learning_rate")).ifPresent(column -> mapping.add("lr=" + column));
        }
        return new CurvePreview(file, format, columns, rows, layout, mapping);
    }

    /** A metric column ending in {@code suffix} (eval/loss, train/lr), evaluation metrics first. */
    private static java.util.Optional<String> metric(Set<String> names, String suffix) {
        return names.stream().filter(n -> n.endsWith("/" + suffix) || n.endsWith("_" + suffix) || n.endsWith(suffix))
                .min(java.util.Comparator.comparingInt(n -> n.startsWith("eval") || n.startsWith("val") ? 0 : 1));
    }
}
