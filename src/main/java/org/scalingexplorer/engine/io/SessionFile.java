package org.scalingexplorer.engine.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;

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
    static final String SAVED_BY = "saved_by";
    static final String SAVED_AT = "saved_at";
    static final String ACTIVE_LAW = "active_law";
    static final String LAWS = "laws";
    static final String VIEW = "view";
    static final String LAST_VIEW = "last_view";
    static final String BUDGETS = "budgets";
    static final String VIEW_SETTINGS = "settings";
    static final String REPETITION = "repetition";
    static final String IMPORTED_RUNS = "imported_runs";
    static final String FIT_RESULTS = "fit_results";
    static final String VIEW_STATE = "view_state";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SessionFile() {
    }

    /**
     * Writes atomically. A session the reader would refuse (more imported runs than
     * {@link Limits#SESSION_RUNS}) is not written, so every saved session opens again.
     */
    public static void write(Session session, Path file) throws IOException {
        int runs = session.importedRunCount();
        if (runs > Limits.SESSION_RUNS) {
            throw new IOException(file + ": cannot write: a session keeps at most " + Limits.count(Limits.SESSION_RUNS)
                    + " imported runs, this one has " + Limits.count(runs));
        }
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

    /**
     * Reads and validates a session file: UTF-8 text (a byte-order mark allowed), at most
     * {@link Limits#SESSION_BYTES}, every law constant within the reach of its slider, every run
     * within physical ranges. A refusal names the file, the line and the field.
     */
    public static Session read(Path file) throws SessionFileException {
        if (Files.isDirectory(file)) {
            throw new SessionFileException(file, "is a folder, not a session file", null);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > Limits.SESSION_BYTES) {
                throw new SessionFileException(file, Limits.count(size) + " bytes is larger than a session file may be ("
                        + Limits.count(Limits.SESSION_BYTES) + " bytes, the limit)", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SessionFileException(file, "no such file", e);
        } catch (SessionFileException e) {
            throw e;
        } catch (IOException e) {
            throw new SessionFileException(file, "cannot be read: " + IoProblem.reason(e), e);
        }
        return parse(bytes, file);
    }

    /** Parses a session; {@code file} names the source in messages. */
    public static Session parse(byte[] bytes, Path file) throws SessionFileException {
        return SessionReader.parse(bytes, file);
    }
}
