package org.scalingexplorer.engine.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.IoProblem;
import org.scalingexplorer.engine.io.JsonLocator;
import org.scalingexplorer.engine.io.TextFileException;
import org.scalingexplorer.engine.io.Utf8TextReader;

/**
 * Reads lesson files. Strict: an unknown field is refused (it is most likely a typo in a teacher's
 * file), and every field is checked when the file is opened ({@link LessonValidator}): text in both
 * languages, known laws, constants within their sliders' reach, budgets and sizes within physical
 * ranges, positive tolerances, short lists. Files are UTF-8 (a BOM allowed) of at most
 * {@link Limits#LESSON_BYTES}.
 */
public final class LessonReader {

    static final Set<String> QUANTITIES = Set.of("optimal_params", "optimal_tokens", "tokens_per_param", "loss", "value");
    static final Set<String> SIMULATIONS = Set.of("mean-estimation", "nearest-neighbour");
    private static final String INDEX = "/org/scalingexplorer/lessons/index.txt";

    private final ObjectMapper mapper = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxDocumentLength(Limits.LESSON_BYTES)
                    .maxStringLength(Limits.LESSON_TEXT_CHARS)
                    .maxNameLength(256)
                    .maxNumberLength(Limits.NUMBER_CHARS)
                    .maxNestingDepth(Limits.JSON_DEPTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final Predicate<String> knownView;
    private final Predicate<String> knownSetting;

    /** A reader that checks every field but the view ids and view settings (the app's bundled lessons). */
    public LessonReader() {
        this(view -> true, setting -> true);
    }

    /**
     * A reader that also refuses a step whose view or view setting this app does not have, as a
     * teacher's folder is checked when it is opened.
     */
    public LessonReader(Predicate<String> knownView, Predicate<String> knownSetting) {
        this.knownView = knownView;
        this.knownSetting = knownSetting;
    }

    public Lesson read(Path file) throws LessonFileException {
        try {
            long size = Files.size(file);
            if (size > Limits.LESSON_BYTES) {
                throw new LessonFileException(file + ": " + Limits.count(size) + " bytes is larger than a lesson file may be ("
                        + Limits.count(Limits.LESSON_BYTES) + " bytes, the limit)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, file.toString());
            }
        } catch (IOException e) {
            throw new LessonFileException(file + ": cannot be read: " + IoProblem.reason(e), e);
        }
    }

    public Lesson read(InputStream in, String name) throws LessonFileException {
        byte[] json;
        try {
            json = in.readNBytes((int) Limits.LESSON_BYTES + 1);
        } catch (IOException e) {
            throw new LessonFileException(name + ": cannot be read: " + IoProblem.reason(e), e);
        }
        if (json.length > Limits.LESSON_BYTES) {
            throw new LessonFileException(name + ": larger than a lesson file may be (" + Limits.count(Limits.LESSON_BYTES)
                    + " bytes, the limit)");
        }
        try {
            Utf8TextReader.check(json, name);
        } catch (TextFileException e) {
            throw new LessonFileException(e.getMessage(), e);
        }
        Lesson lesson;
        try {
            lesson = mapper.readValue(json, Lesson.class);
        } catch (StreamConstraintsException e) {
            throw new LessonFileException(name + ": past a limit of lesson files: " + withoutSource(e.getOriginalMessage()), e);
        } catch (JsonMappingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : JsonLocator.locate(json, fieldPath(e))[0];
            String where = line > 0 ? " line " + line + "," : "";
            String problem = e.getCause() instanceof StreamConstraintsException limit
                    ? "past a limit of lesson files: " + withoutSource(limit.getOriginalMessage())
                    : Limits.excerpt(e.getOriginalMessage(), 200);
            throw new LessonFileException(name + ":" + where + " field " + fieldPath(e) + ": " + problem, e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new LessonFileException(name + ":" + where + ": not valid JSON: " + Limits.excerpt(e.getOriginalMessage(), 200), e);
        } catch (IOException e) {
            throw new LessonFileException(name + ": cannot be read: " + IoProblem.reason(e), e);
        }
        if (lesson == null) {
            throw new LessonFileException(name + ": empty file");
        }
        new LessonValidator(name, json, knownView, knownSetting).validate(lesson);
        return lesson.withSource(name);
    }

    /** The lessons that ship with the app, in the order of the index file. */
    public List<Lesson> bundled() throws LessonFileException {
        List<Lesson> lessons = new ArrayList<>();
        try (InputStream index = LessonReader.class.getResourceAsStream(INDEX)) {
            if (index == null) {
                throw new LessonFileException(INDEX + ": missing from the application");
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String fileName = line.strip();
                if (fileName.isEmpty() || fileName.startsWith("#")) {
                    continue;
                }
                String resource = "/org/scalingexplorer/lessons/" + fileName;
                try (InputStream in = LessonReader.class.getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new LessonFileException(INDEX + ": lists " + fileName + ", which is missing");
                    }
                    lessons.add(read(in, fileName));
                }
            }
        } catch (IOException e) {
            throw new LessonFileException(INDEX + ": cannot be read: " + e.getMessage(), e);
        }
        return lessons;
    }

    /** Every *.json lesson in a folder a teacher chose, sorted by file name. */
    public List<Lesson> folder(Path directory) throws LessonFileException {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> jsonFiles = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .limit(Limits.LESSON_FILES + 1L).sorted().toList();
            if (jsonFiles.size() > Limits.LESSON_FILES) {
                throw new LessonFileException(directory + ": more than " + Limits.LESSON_FILES
                        + " lesson files (the limit of a folder)");
            }
            List<Lesson> lessons = new ArrayList<>();
            for (Path file : jsonFiles) {
                lessons.add(read(file));
            }
            return lessons;
        } catch (IOException e) {
            throw new LessonFileException(directory + ": cannot be listed: " + IoProblem.reason(e), e);
        }
    }

    /** Jackson names the setting a limit comes from; a teacher needs only the numbers. */
    private static String withoutSource(String message) {
        return String.valueOf(message).replaceAll(", from `[^`]*`", "");
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }
}
