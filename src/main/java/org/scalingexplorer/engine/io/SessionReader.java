package org.scalingexplorer.engine.io;

import static org.scalingexplorer.engine.io.SessionFile.ACTIVE_LAW;
import static org.scalingexplorer.engine.io.SessionFile.BUDGETS;
import static org.scalingexplorer.engine.io.SessionFile.FIT_RESULTS;
import static org.scalingexplorer.engine.io.SessionFile.FORMAT_MAJOR;
import static org.scalingexplorer.engine.io.SessionFile.FORMAT_VERSION;
import static org.scalingexplorer.engine.io.SessionFile.FORMAT_VERSION_FIELD;
import static org.scalingexplorer.engine.io.SessionFile.IMPORTED_RUNS;
import static org.scalingexplorer.engine.io.SessionFile.LAST_VIEW;
import static org.scalingexplorer.engine.io.SessionFile.LAWS;
import static org.scalingexplorer.engine.io.SessionFile.REPETITION;
import static org.scalingexplorer.engine.io.SessionFile.VIEW;
import static org.scalingexplorer.engine.io.SessionFile.VIEW_SETTINGS;
import static org.scalingexplorer.engine.io.SessionFile.VIEW_STATE;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.law.ConstantBounds;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Turns the bytes of a session file into a {@link Session}, or refuses them naming the file, the
 * line and the field. What is checked: UTF-8 text and the size limits of {@link Limits} (document,
 * strings, numbers, nesting, runs); every number finite and not subnormal; every law constant within
 * the reach of its slider ({@link ConstantBounds}); every imported run's numbers within
 * {@link PhysicalRange}s; the Fit view's settings within the bounds the view has.
 */
final class SessionReader {

    /** Jackson's own limits, so an oversized string or number is refused while parsing, not after. */
    static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxDocumentLength(Limits.SESSION_BYTES)
            .maxStringLength(Limits.JSON_STRING_CHARS)
            .maxNameLength(256)
            .maxNumberLength(Limits.NUMBER_CHARS)
            .maxNestingDepth(Limits.JSON_DEPTH)
            .maxTokenCount(Limits.SESSION_TOKENS)
            .build();

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The Fit view's bounded settings in fit_results: key, smallest and largest value. */
    private static final Map<String, double[]> FIT_SETTINGS = Map.of(
            "resamples", new double[] {0, Limits.BOOTSTRAP_RESAMPLES},
            "exclude_highest_loss", new double[] {0, Limits.SESSION_RUNS},
            "envelope_lambda", new double[] {1, 1e6});

    private final byte[] bytes;
    private final Path file;

    private SessionReader(byte[] bytes, Path file) {
        this.bytes = bytes;
        this.file = file;
    }

    static Session parse(byte[] bytes, Path file) throws SessionFileException {
        if (bytes.length > Limits.SESSION_BYTES) {
            throw new SessionFileException(file, Limits.count(bytes.length) + " bytes is larger than a session file may be ("
                    + Limits.count(Limits.SESSION_BYTES) + " bytes, the limit)", null);
        }
        try {
            Utf8TextReader.check(bytes, String.valueOf(file));
        } catch (TextFileException e) {
            throw new SessionFileException(file, (int) e.line(), -1, null, e.problem(), e);
        }
        JsonNode root;
        JsonParser parser = null;
        try {
            parser = MAPPER.createParser(bytes);
            root = MAPPER.readTree(parser);
        } catch (StreamConstraintsException e) {
            // Jackson gives no location for a limit; where the parser stopped is the line.
            JsonLocation at = parser == null ? null : parser.currentLocation();
            throw new SessionFileException(file, at == null ? -1 : at.getLineNr(), -1, null,
                    "past a limit of session files: " + withoutSource(e.getOriginalMessage()), e);
        } catch (JsonEOFException e) {
            JsonLocation at = e.getLocation();
            throw new SessionFileException(file, at.getLineNr(), at.getColumnNr(), null,
                    "the file ends in the middle of the JSON (truncated?)", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new SessionFileException(file, at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(),
                    null, "not a session file, the JSON is broken: " + Limits.excerpt(e.getOriginalMessage(), 200), e);
        } catch (IOException e) {
            throw new SessionFileException(file, "cannot be read: " + IoProblem.reason(e), e);
        } finally {
            closeQuietly(parser);
        }
        if (root == null || root.isMissingNode()) {
            throw new SessionFileException(file, "is empty, not a session file", null);
        }
        return new SessionReader(bytes, file).session(root);
    }

    private Session session(JsonNode root) throws SessionFileException {
        if (!root.isObject()) {
            throw refuse("", "not a session file: the top level is a JSON " + kind(root) + ", not an object");
        }
        checkVersion(root.get(FORMAT_VERSION_FIELD));
        checkNumbers(root, "");
        LawPreset active = LawPreset.CHINCHILLA_2022;
        JsonNode activeNode = root.get(ACTIVE_LAW);
        if (activeNode != null) {
            if (!activeNode.isTextual()) {
                throw refuse(ACTIVE_LAW, "must be a law id in quotes, got " + shown(activeNode));
            }
            try {
                active = LawPreset.fromId(activeNode.asText());
            } catch (IllegalArgumentException e) {
                throw refuse(ACTIVE_LAW, Limits.excerpt(e.getMessage(), 200));
            }
        }
        Map<LawPreset, ScalingLaw> laws = laws(root.get(LAWS));
        String lastView = "";
        Map<String, Double> viewSettings = new TreeMap<>();
        JsonNode view = root.get(VIEW);
        if (view != null) {
            requireObject(view, VIEW);
            JsonNode last = view.get(LAST_VIEW);
            if (last != null && !last.isNull()) {
                if (!last.isTextual()) {
                    throw refuse(VIEW + "." + LAST_VIEW, "must be a view id in quotes, got " + shown(last));
                }
                lastView = last.asText();
            }
            JsonNode settingsNode = view.get(VIEW_SETTINGS);
            if (settingsNode != null && !settingsNode.isNull()) {
                requireObject(settingsNode, VIEW + "." + VIEW_SETTINGS);
                for (Iterator<Map.Entry<String, JsonNode>> it = settingsNode.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (!entry.getValue().isNumber()) {
                        throw refuse(VIEW + "." + VIEW_SETTINGS + "." + entry.getKey(), "must be a number, got "
                                + shown(entry.getValue()));
                    }
                    viewSettings.put(entry.getKey(), entry.getValue().asDouble());
                }
            }
        }
        ArrayNode runs = array(root, IMPORTED_RUNS);
        if (runs != null) {
            checkRuns(runs);
        }
        ArrayNode fits = array(root, FIT_RESULTS);
        if (fits != null) {
            checkFitSettings(fits);
        }
        ObjectNode viewStates = object(root, VIEW_STATE);
        if (viewStates != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = viewStates.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                requireObject(entry.getValue(), VIEW_STATE + "." + entry.getKey());
            }
        }
        return new Session(active, laws, lastView, array(root, BUDGETS), object(root, REPETITION), runs, fits,
                viewSettings, viewStates);
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
            throw refuse(FORMAT_VERSION_FIELD, "must look like \"" + FORMAT_VERSION + "\", got " + shown(version));
        }
        if (major > FORMAT_MAJOR) {
            throw refuse(FORMAT_VERSION_FIELD, "the file was saved by a newer Scaling Law Explorer (session format "
                    + Limits.excerpt(text) + "); this version opens format " + FORMAT_MAJOR + ".x. Open it with a newer version.");
        }
        if (major < 1) {
            throw refuse(FORMAT_VERSION_FIELD, "no session format " + Limits.excerpt(text) + " exists; the first is 1.0");
        }
    }

    /** Every number in the file: finite, and not so small it cannot be told from zero. */
    private void checkNumbers(JsonNode node, String path) throws SessionFileException {
        if (node.isNumber()) {
            double value = node.asDouble();
            if (!Double.isFinite(value)) {
                throw refuse(path, "must be a finite number, got " + shown(node));
            }
            if (value != 0 && Math.abs(value) < Double.MIN_NORMAL) {
                throw refuse(path, "too small to tell from zero: " + shown(node));
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                checkNumbers(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkNumbers(node.get(i), path + "[" + i + "]");
            }
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
                    throw refuse(path + "." + key, "must be a number, got " + shown(value));
                }
                String outOfBounds = ConstantBounds.of(key).map(bounds -> bounds.problem(value.asDouble())).orElse(null);
                if (outOfBounds != null) {
                    throw refuse(path + "." + key, outOfBounds);
                }
                try {
                    law = law.withConstant(key, value.asDouble());
                } catch (IllegalArgumentException e) {
                    throw refuse(path + "." + key, Limits.excerpt(e.getMessage(), 200));
                }
            }
            laws.put(preset, law);
        }
        return laws;
    }

    /** The imported runs: at most {@link Limits#SESSION_RUNS}, each with physical params, tokens and loss. */
    private void checkRuns(ArrayNode runs) throws SessionFileException {
        if (runs.size() > Limits.SESSION_RUNS) {
            throw refuse(IMPORTED_RUNS, "holds " + Limits.count(runs.size()) + " runs, more than the "
                    + Limits.count(Limits.SESSION_RUNS) + " a session keeps (the limit)");
        }
        for (int i = 0; i < runs.size(); i++) {
            JsonNode run = runs.get(i);
            String at = IMPORTED_RUNS + "[" + i + "]";
            requireObject(run, at);
            for (PhysicalRange range : new PhysicalRange[] {PhysicalRange.PARAMS, PhysicalRange.TOKENS, PhysicalRange.LOSS,
                    PhysicalRange.FLOPS, PhysicalRange.UNIQUE_TOKENS}) {
                JsonNode value = run.get(range.name());
                boolean required = range == PhysicalRange.PARAMS || range == PhysicalRange.TOKENS || range == PhysicalRange.LOSS;
                if (value == null || value.isNull()) {
                    if (required) {
                        throw refuse(at, "a run needs " + range.name());
                    }
                    continue;
                }
                if (!value.isNumber()) {
                    throw refuse(at + "." + range.name(), "must be a number, got " + shown(value));
                }
                String problem = range.problem(value.asDouble());
                if (problem != null) {
                    throw refuse(at + "." + range.name(), problem);
                }
            }
            for (String text : new String[] {"group", "name"}) {
                JsonNode value = run.get(text);
                if (value != null && !value.isNull() && !value.isTextual()) {
                    throw refuse(at + "." + text, "must be text in quotes, got " + shown(value));
                }
            }
        }
    }

    /** The Fit view's settings: the bounded ones within the bounds its controls have. */
    private void checkFitSettings(ArrayNode fits) throws SessionFileException {
        for (int i = 0; i < fits.size(); i++) {
            JsonNode fit = fits.get(i);
            String at = FIT_RESULTS + "[" + i + "]";
            requireObject(fit, at);
            for (Map.Entry<String, double[]> setting : FIT_SETTINGS.entrySet()) {
                JsonNode value = fit.get(setting.getKey());
                if (value == null || value.isNull()) {
                    continue;
                }
                double[] bounds = setting.getValue();
                if (!value.isNumber() || value.asDouble() < bounds[0] || value.asDouble() > bounds[1]) {
                    throw refuse(at + "." + setting.getKey(), "must be a number between " + PhysicalRange.format(bounds[0])
                            + " and " + PhysicalRange.format(bounds[1]) + ", got " + shown(value));
                }
            }
        }
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
        int[] at = JsonLocator.locate(bytes, path);
        return new SessionFileException(file, at[0], at[1], path, problem, null);
    }

    private static void closeQuietly(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // Reading from bytes; nothing to release.
            }
        }
    }

    /** A value as a message quotes it: its JSON, cut short. */
    private static String shown(JsonNode node) {
        return Limits.excerpt(node.toString());
    }

    /** Jackson names the setting a limit comes from; a user needs only the numbers. */
    private static String withoutSource(String message) {
        return String.valueOf(message).replaceAll(", from `[^`]*`", "").replaceAll(" \\(from `[^`]*`\\)", "");
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
