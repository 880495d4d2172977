package org.scalingexplorer.engine.lesson;

/**
 * A question a step asks, answered on the lesson's answer slider or by typing a value.
 *
 * @param hint shown after a wrong answer, before the student asks to see the answer (optional: a
 *             file without one gets the app's general hint)
 */
public record LessonQuestion(LocalizedText text, LessonAnswer answer, LocalizedText hint) {
}
