package org.scalingexplorer.engine.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads lesson files. Strict: an unknown field is refused (it is most likely a typo in a teacher's
 * file), and so is a step without text in both languages.
 */
public final class LessonReader {

    static final Set<String> QUANTITIES = Set.of("optimal_params", "optimal_tokens", "tokens_per_param", "loss", "value");
    static final Set<String> SIMULATIONS = Set.of("mean-estimation", "nearest-neighbour");
    private static final String INDEX = "/org/scalingexplorer/lessons/index.txt";

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public Lesson read(Path file) throws LessonFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new LessonFileException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    public Lesson read(InputStream in, String name) throws LessonFileException {
        Lesson lesson;
        try {
            lesson = mapper.readValue(in, Lesson.class);
        } catch (JsonMappingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new LessonFileException(name + ":" + where + " field " + fieldPath(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new LessonFileException(name + ":" + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new LessonFileException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (lesson == null) {
            throw new LessonFileException(name + ": empty file");
        }
        validate(lesson, name);
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
            List<Path> jsonFiles = files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
            List<Lesson> lessons = new ArrayList<>();
            for (Path file : jsonFiles) {
                lessons.add(read(file));
            }
            return lessons;
        } catch (IOException e) {
            throw new LessonFileException(directory + ": cannot be listed: " + e.getMessage(), e);
        }
    }

    private static void validate(Lesson lesson, String name) throws LessonFileException {
        if (lesson.formatVersion() > Lesson.FORMAT_VERSION) {
            throw new LessonFileException(name + ": format_version " + lesson.formatVersion()
                    + " is newer than this app reads (" + Lesson.FORMAT_VERSION + ")");
        }
        require(lesson.id() != null && !lesson.id().isBlank(), name, "id", "is missing");
        require(lesson.title() != null && lesson.title().complete(), name, "title", "needs both en and zh_CN");
        require(lesson.steps() != null && !lesson.steps().isEmpty(), name, "steps", "needs at least one step");
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String at = "steps[" + i + "]";
            require(step.title() != null && step.title().complete(), name, at + ".title", "needs both en and zh_CN");
            require(step.text() != null && step.text().complete(), name, at + ".text", "needs both en and zh_CN");
            require(step.view() != null && !step.view().isBlank(), name, at + ".view", "is missing");
            if (step.simulation() != null) {
                require(SIMULATIONS.contains(step.simulation()), name, at + ".simulation",
                        "must be one of " + SIMULATIONS + ", got " + step.simulation());
            }
            if (step.question() != null) {
                validate(step.question(), name, at + ".question");
            }
        }
    }

    private static void validate(LessonQuestion question, String name, String at) throws LessonFileException {
        require(question.text() != null && question.text().complete(), name, at + ".text", "needs both en and zh_CN");
        LessonAnswer answer = question.answer();
        require(answer != null, name, at + ".answer", "is missing");
        require(QUANTITIES.contains(answer.quantity()), name, at + ".answer.quantity",
                "must be one of " + QUANTITIES.stream().sorted().collect(Collectors.joining(", ")) + ", got " + answer.quantity());
        switch (answer.quantity()) {
            case "optimal_params", "optimal_tokens", "tokens_per_param" ->
                    require(answer.flops() != null, name, at + ".answer.flops", "is needed for " + answer.quantity());
            case "loss" -> require(answer.params() != null && answer.tokens() != null, name, at + ".answer",
                    "loss needs params and tokens");
            default -> require(answer.value() != null, name, at + ".answer.value", "is needed for quantity value");
        }
        require(answer.toleranceLog10() != null || answer.toleranceRelative() != null, name, at + ".answer",
                "needs tolerance_log10 or tolerance_relative");
        require(LessonAnswer.FORMATS.contains(answer.answerFormat()), name, at + ".answer.answer_format",
                "must be one of " + LessonAnswer.FORMATS.stream().sorted().collect(Collectors.joining(", "))
                        + ", got " + answer.answerFormat());
        require(question.hint() == null || question.hint().complete(), name, at + ".hint", "needs both en and zh_CN");
        require(answer.sliderMax() > answer.sliderMin() && (!answer.logScale() || answer.sliderMin() > 0), name,
                at + ".answer", "slider_min must be below slider_max (and above 0 on a log scale)");
    }

    private static void require(boolean ok, String name, String field, String problem) throws LessonFileException {
        if (!ok) {
            throw new LessonFileException(name + ": field " + field + " " + problem);
        }
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
