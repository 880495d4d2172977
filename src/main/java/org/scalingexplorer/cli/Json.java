package org.scalingexplorer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * The one JSON writer of the command line, so every command prints the same way. It never prints
 * NaN or Infinity (not JSON, and never a result): a non-finite number is refused naming its field,
 * and nothing is printed.
 */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static String write(Object value) {
        requireFinite(value, "");
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static void requireFinite(Object value, String path) {
        if (value instanceof Double number && !Double.isFinite(number)
                || value instanceof Float single && !Float.isFinite(single)) {
            throw new ArithmeticException("the result " + (path.isEmpty() ? "" : path + " ") + "is " + value
                    + ", not a number; nothing printed");
        }
        if (value instanceof double[] numbers) {
            for (int i = 0; i < numbers.length; i++) {
                requireFinite(numbers[i], path + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, inner) -> requireFinite(inner, path.isEmpty() ? String.valueOf(key) : path + "." + key));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                requireFinite(list.get(i), path + "[" + i + "]");
            }
        }
    }
}
