package org.scalingexplorer.engine.allocation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads reference models from CSV with the header {@code name,params,tokens,citation}. The app's own
 * list is {@code assets/reference-models.csv}, also on the classpath under the same path.
 */
public final class ReferenceModelCatalog {

    public static final String BUNDLED_RESOURCE = "/assets/reference-models.csv";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader("name", "params", "tokens", "citation")
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private ReferenceModelCatalog() {
    }

    /** The models shipped with the app, in file order. */
    public static List<ReferenceModel> bundled() {
        try (InputStream in = ReferenceModelCatalog.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED_RESOURCE + " is missing from the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED_RESOURCE, e);
        }
    }

    /** Parses a catalogue; a row with a missing or unreadable number is refused with its row number. */
    public static List<ReferenceModel> read(Reader reader) throws IOException {
        List<ReferenceModel> models = new ArrayList<>();
        for (CSVRecord row : FORMAT.parse(reader)) {
            if (row.size() < 3) {
                throw new IllegalArgumentException("row " + row.getRecordNumber() + " of the reference models"
                        + " needs name, params and tokens, got " + row.size() + " fields");
            }
            models.add(new ReferenceModel(row.get("name"), number(row, "params"), number(row, "tokens"),
                    row.isMapped("citation") && row.isSet("citation") ? row.get("citation") : ""));
        }
        return List.copyOf(models);
    }

    private static double number(CSVRecord row, String column) {
        String text = row.get(column);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("row " + row.getRecordNumber() + ": " + column
                    + " must be a number, got '" + text + "'", e);
        }
    }
}
