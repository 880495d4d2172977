package org.scalingexplorer.engine.lesson;

/** A question a step asks, answered by moving the lesson's answer slider. */
public record LessonQuestion(LocalizedText text, LessonAnswer answer) {
}
