package org.scalingexplorer.engine.curves;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.ColumnMapping;

/**
 * Learning curves from JSON Lines (Jackson), one object per line: a role reads the key it is mapped
 * to, or its own name. A line that is not one JSON object is a row problem; nested values are passed
 * over.
 */
final class JsonLinesCurves {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonLinesCurves() {
    }

    static CurveImport read(BufferedReader reader, ColumnMapping mapping, CurveAxis axis, CurveReader.Input input)
            throws IOException {
        CurveLayout layout = CurveLayout.forKeys(mapping, axis != null ? axis : axisOfFirstObject(reader, mapping));
        Map<String, Integer> slotOfKey = layout.keySlots(mapping);
        CurveAssembler assembler = CurveAssembler.bySlot(layout, input.runName(), true);
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

    static String firstNonBlankLine(BufferedReader reader) throws IOException {
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
