package org.scalingexplorer.engine.lesson;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A guided lesson: a title and steps, read from a JSON file a teacher can write without Java. */
public record Lesson(
        @JsonProperty("format_version") int formatVersion,
        String id,
        LocalizedText title,
        List<LessonStep> steps,
        @JsonIgnore String source) {

    public static final int FORMAT_VERSION = 1;

    Lesson withSource(String newSource) {
        return new Lesson(formatVersion, id, title, steps, newSource);
    }
}
