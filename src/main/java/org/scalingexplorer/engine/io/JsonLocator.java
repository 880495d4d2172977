package org.scalingexplorer.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds where a value sits in a JSON document, so a refusal found on the parsed tree can still name
 * its line: paths are written as messages write them, {@code laws.chinchilla.alpha} or
 * {@code steps[3].question.answer.flops}. A second, streaming pass over bytes that parsed once.
 */
public final class JsonLocator {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonLocator() {
    }

    /** Line and column (1-based) of the value at {@code path}, or {-1, -1} when it is not there. */
    public static int[] locate(byte[] json, String path) {
        if (path == null || path.isEmpty()) {
            return new int[] {-1, -1};
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext holder = token.isStructStart() ? parser.getParsingContext().getParent()
                        : parser.getParsingContext();
                if (path.equals(pathOf(holder))) {
                    JsonLocation at = parser.currentTokenLocation();
                    return new int[] {at.getLineNr(), at.getColumnNr()};
                }
            }
        } catch (IOException e) {
            // The bytes parsed once already; a second failure only costs the line number.
        }
        return new int[] {-1, -1};
    }

    /** The path of the value a context is at: its field name or index, after its parents'. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                segments.addFirst("." + c.getCurrentName());
            }
        }
        String path = String.join("", segments);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
