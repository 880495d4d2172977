package org.scalingexplorer.engine.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Reads and writes session files (JSON, UTF-8).
 *
 * <p>Versions: {@code format_version} is "MAJOR.MINOR". A file of this major version opens whatever its
 * minor: fields this version does not know are ignored, so a later 1.x can add fields. A file of a
 * later major version is refused, as is anything that is not a session: an empty, truncated or binary
 * file, a field of the wrong type, a constant a law refuses. A refused file is only read, never
 * written. Writing is atomic ({@link AtomicFiles}): a crash during a save leaves the old file whole.
 */
public final class SessionFile {

    public static final int FORMAT_MAJOR = 1;
    public static final int FORMAT_MINOR = 0;
    public static final String FORMAT_VERSION = FORMAT_MAJOR + "." + FORMAT_MINOR;
    /** The extension the app's file choosers offer. */
    public static final String EXTENSION = "slx.json";

    static final String FORMAT_VERSION_FIELD = "format_version";
    private static final String SAVED_BY = "saved_by";
    private static final String SAVED_AT = "saved_at";
    private static final String ACTIVE_LAW = "active_law";
    private static final String LAWS = "laws";
    private static final String VIEW = "view";
    private static final String LAST_VIEW = "last_view";
    private static final String BUDGETS = "budgets";
    private static final String VIEW_SETTINGS = "settings";
    private static final String REPETITION = "repetition";
    private static final String IMPORTED_RUNS = "imported_runs";
    private static final String FIT_RESULTS = "fit_results";
    private static final String VIEW_STATE = "view_state";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private SessionFile() {
    }

    public static void write(Session session, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(session));
    }

    public static byte[] toBytes(Session session) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put(FORMAT_VERSION_FIELD, FORMAT_VERSION);
        root.put(SAVED_BY, "Scaling Law Explorer");
        root.put(SAVED_AT, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        root.put(ACTIVE_LAW, session.activePreset().id());
        ObjectNode laws = root.putObject(LAWS);
        for (LawPreset preset : LawPreset.values()) {
            ObjectNode constants = laws.putObject(preset.id());
            for (LawConstant constant : session.law(preset).constants()) {
                constants.put(constant.key(), constant.value());
            }
        }
        ObjectNode view = root.putObject(VIEW);
        view.put(LAST_VIEW, session.lastView());
        ObjectNode settings = view.putObject(VIEW_SETTINGS);
        session.viewSettings().forEach(settings::put);
        root.set(BUDGETS, session.budgets());
        root.set(REPETITION, session.repetition());
        root.set(IMPORTED_RUNS, session.importedRuns());
        root.set(FIT_RESULTS, session.fitResults());
        root.set(VIEW_STATE, session.viewStates());
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session always serialises: " + e.getMessage(), e);
        }
    }

    public static Session read(Path file) throws SessionFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SessionFileException(file, "no such file", e);
        } catch (IOException e) {
            throw new SessionFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        return parse(bytes, file);
    }

    /** Parses a session; {@code file} names the source in messages. */
    public static Session parse(byte[] bytes, Path file) throws SessionFileException {
        if (bytes.length == 0 || new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new SessionFileException(file, "is empty, not a session file", null);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            throw new SessionFileException(file, at.getLineNr(), at.getColumnNr(), null,
                    "the file ends in the middle of the JSON (truncated?)", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SessionFileException(file, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    null, "not a session file, the JSON is broken: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SessionFileException(file, "cannot be read: " + e.getMessage(), e);
        }
        return new Reader(bytes, file).session(root);
    }

    /** Turns a parsed tree into a session, naming the field and its line in every refusal. */
    private static final class Reader {
        private final byte[] bytes;
        private final Path file;

        Reader(byte[] bytes, Path file) {
            this.bytes = bytes;
            this.file = file;
        }

        Session session(JsonNode root) throws SessionFileException {
            if (!root.isObject()) {
                throw refuse("", "not a session file: the top level is a JSON " + kind(root) + ", not an object");
            }
            checkVersion(root.get(FORMAT_VERSION_FIELD));
            LawPreset active = LawPreset.CHINCHILLA_2022;
            JsonNode activeNode = root.get(ACTIVE_LAW);
            if (activeNode != null) {
                if (!activeNode.isTextual()) {
                    throw refuse(ACTIVE_LAW, "must be a law id in quotes, got " + activeNode);
                }
                try {
                    active = LawPreset.fromId(activeNode.asText());
                } catch (IllegalArgumentException e) {
                    throw refuse(ACTIVE_LAW, e.getMessage());
                }
            }
            Map<LawPreset, ScalingLaw> laws = laws(root.get(LAWS));
            String lastView = "";
            Map<String, Double> viewSettings = new java.util.TreeMap<>();
            JsonNode view = root.get(VIEW);
            if (view != null) {
                requireObject(view, VIEW);
                JsonNode last = view.get(LAST_VIEW);
                if (last != null && !last.isNull()) {
                    if (!last.isTextual()) {
                        throw refuse(VIEW + "." + LAST_VIEW, "must be a view id in quotes, got " + last);
                    }
                    lastView = last.asText();
                }
                JsonNode settingsNode = view.get(VIEW_SETTINGS);
                if (settingsNode != null && !settingsNode.isNull()) {
                    requireObject(settingsNode, VIEW + "." + VIEW_SETTINGS);
                    for (Iterator<Map.Entry<String, JsonNode>> it = settingsNode.fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> entry = it.next();
                        String field = VIEW + "." + VIEW_SETTINGS + "." + entry.getKey();
                        if (!entry.getValue().isNumber() || !Double.isFinite(entry.getValue().asDouble())) {
                            throw refuse(field, "must be a number, got " + entry.getValue());
                        }
                        viewSettings.put(entry.getKey(), entry.getValue().asDouble());
                    }
                }
            }
            ObjectNode viewStates = object(root, VIEW_STATE);
            if (viewStates != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = viewStates.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    requireObject(entry.getValue(), VIEW_STATE + "." + entry.getKey());
                }
            }
            return new Session(active, laws, lastView, array(root, BUDGETS), object(root, REPETITION),
                    array(root, IMPORTED_RUNS), array(root, FIT_RESULTS), viewSettings, viewStates);
        }

        private void checkVersion(JsonNode version) throws SessionFileException {
            if (version == null) {
                throw refuse("", "has no " + FORMAT_VERSION_FIELD + ": not a Scaling Law Explorer session file");
            }
            String text = version.isTextual() ? version.asText() : version.isNumber() ? version.asText() : null;
            int major;
            try {
                if (text == null) {
                    throw new NumberFormatException();
                }
                major = Integer.parseInt(text.contains(".") ? text.substring(0, text.indexOf('.')) : text);
            } catch (NumberFormatException e) {
                throw refuse(FORMAT_VERSION_FIELD, "must look like \"" + FORMAT_VERSION + "\", got " + version);
            }
            if (major > FORMAT_MAJOR) {
                throw refuse(FORMAT_VERSION_FIELD, "the file was saved by a newer Scaling Law Explorer (session format "
                        + text + "); this version opens format " + FORMAT_MAJOR + ".x. Open it with a newer version.");
            }
            if (major < 1) {
                throw refuse(FORMAT_VERSION_FIELD, "no session format " + text + " exists; the first is 1.0");
            }
        }

        private Map<LawPreset, ScalingLaw> laws(JsonNode lawsNode) throws SessionFileException {
            Map<LawPreset, ScalingLaw> laws = new EnumMap<>(LawPreset.class);
            if (lawsNode == null) {
                return laws;
            }
            requireObject(lawsNode, LAWS);
            for (LawPreset preset : LawPreset.values()) {
                JsonNode constants = lawsNode.get(preset.id());
                if (constants == null) {
                    continue;
                }
                String path = LAWS + "." + preset.id();
                requireObject(constants, path);
                ScalingLaw law = preset.law();
                for (Iterator<Map.Entry<String, JsonNode>> it = constants.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> constant = it.next();
                    String key = constant.getKey();
                    if (law.constants().stream().noneMatch(c -> c.key().equals(key))) {
                        continue; // a constant a later 1.x added; this version's law has no place for it
                    }
                    JsonNode value = constant.getValue();
                    if (!value.isNumber()) {
                        throw refuse(path + "." + key, "must be a number, got " + value);
                    }
                    try {
                        law = law.withConstant(key, value.asDouble());
                    } catch (IllegalArgumentException e) {
                        throw refuse(path + "." + key, e.getMessage());
                    }
                }
                laws.put(preset, law);
            }
            return laws;
        }

        private ArrayNode array(JsonNode root, String field) throws SessionFileException {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            if (!node.isArray()) {
                throw refuse(field, "must be a JSON array, got a " + kind(node));
            }
            return (ArrayNode) node;
        }

        private ObjectNode object(JsonNode root, String field) throws SessionFileException {
            JsonNode node = root.get(field);
            if (node == null || node.isNull()) {
                return null;
            }
            requireObject(node, field);
            return (ObjectNode) node;
        }

        private void requireObject(JsonNode node, String path) throws SessionFileException {
            if (!node.isObject()) {
                throw refuse(path, "must be a JSON object, got a " + kind(node));
            }
        }

        private SessionFileException refuse(String path, String problem) {
            int[] at = locate(path);
            return new SessionFileException(file, at[0], at[1], path, problem, null);
        }

        /** Line and column of the value at a dotted path, by a second, streaming pass over the bytes. */
        private int[] locate(String path) {
            if (path.isEmpty()) {
                return new int[] {-1, -1};
            }
            try (JsonParser parser = new JsonFactory().createParser(bytes)) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.FIELD_NAME) {
                        if (pathOf(parser).equals(path)) {
                            parser.nextToken();
                            JsonLocation location = parser.currentTokenLocation();
                            return new int[] {location.getLineNr(), location.getColumnNr()};
                        }
                    }
                }
            } catch (IOException e) {
                // The bytes parsed once already; a second failure only costs the line number.
            }
            return new int[] {-1, -1};
        }

        private static String pathOf(JsonParser parser) {
            Deque<String> names = new ArrayDeque<>();
            for (var context = parser.getParsingContext(); context != null; context = context.getParent()) {
                if (context.getCurrentName() != null) {
                    names.addFirst(context.getCurrentName());
                }
            }
            return String.join(".", names);
        }

        private static String kind(JsonNode node) {
            return switch (node.getNodeType()) {
                case ARRAY -> "array";
                case OBJECT -> "object";
                case STRING -> "string";
                case NUMBER -> "number";
                case BOOLEAN -> "boolean";
                case NULL -> "null";
                default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }
}
