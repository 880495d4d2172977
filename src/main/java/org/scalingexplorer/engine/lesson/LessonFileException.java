package org.scalingexplorer.engine.lesson;

/** A lesson file that cannot be used; the message names the file, and the line and field where known. */
public final class LessonFileException extends Exception {
    public LessonFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public LessonFileException(String message) {
        super(message);
    }
}
