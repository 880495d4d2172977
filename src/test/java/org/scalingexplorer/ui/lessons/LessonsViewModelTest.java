package org.scalingexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.engine.lesson.LessonStep;
import org.scalingexplorer.ui.lessons.LessonQuestionModel.Miss;
import org.scalingexplorer.ui.lessons.LessonQuestionModel.Verdict;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.valley.LossValleyModule;
import org.scalingexplorer.ui.valley.LossValleyViewModel;
import org.scalingexplorer.ui.valley.ValleyFrame;

/** Lessons without any view: every bundled step applies, questions check answers. */
class LessonsViewModelTest {

    private final ExplorerModels models = new ExplorerModels();
    private final LessonsViewModel lessons = models.lessons();

    private Lesson lesson(String id) {
        return lessons.lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyStepOfEveryBundledLessonAppliesWithoutAProblem() {
        assertTrue(lessons.lessons().size() >= 5);
        for (Lesson lesson : lessons.lessons()) {
            lessons.lessonProperty().set(lesson);
            for (int i = 0; i < lesson.steps().size(); i++) {
                lessons.goTo(i);
                LessonStep step = lessons.stepProperty().get();
                assertEquals("", lessons.problemProperty().get(), lesson.id() + " step " + (i + 1));
                assertEquals(step.view(), lessons.requestedViewProperty().get());
                assertFalse(step.text().in("en").isBlank());
                assertFalse(step.text().in("zh_CN").isBlank());
                if (step.law() != null) {
                    assertEquals(LawPreset.fromId(step.law()), models.scenario().activePreset());
                }
            }
        }
    }

    @Test
    void aStepSetsTheConstantsItNames() {
        lessons.lessonProperty().set(lesson("log-log-straight"));
        lessons.goTo(2);
        assertEquals(0.5, models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertEquals(0.0, models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.E));
    }

    @Test
    void theValleyLessonLocksTheAxesSoRaisingEShowsALift() {
        LossValleyViewModel valley = models.viewModel(LossValleyModule.MODULE);
        Lesson lesson = lesson("loss-valley");
        int lift = -1;
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).constants().containsKey(LawPreset.CHINCHILLA_2022.id())) {
                lift = i;
            }
        }
        assertTrue(lift > 0, "the valley lesson has a step that changes E");
        lessons.lessonProperty().set(lesson);
        // Straight to the lift, as a teacher jumping ahead would: the lock still holds the old floor.
        lessons.goTo(lift);
        assertTrue(valley.lockAxesProperty().get(), "the lesson turns the lock on");
        assertEquals(2.5, models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.E));
        ValleyFrame frame = valley.frame();
        double floor = frame.lossScale().height(frame.minLoss());
        assertTrue(floor > 0.15, "the valley floor stands " + floor + " of the box above the bottom");
        lessons.goTo(lift - 1);
        assertEquals(0, valley.frame().lossScale().height(valley.frame().minLoss()), 1e-6,
                "a step back lowers E and the floor returns to the bottom of the locked axis");
    }

    @Test
    void aQuestionStartsWithNoAnswerAndCannotBeCheckedBeforeOne() {
        for (Lesson lesson : lessons.lessons()) {
            lessons.lessonProperty().set(lesson);
            for (int i = 0; i < lesson.steps().size(); i++) {
                lessons.goTo(i);
                LessonQuestionModel question = lessons.question();
                assertNull(question.answerProperty().get(), lesson.id() + " step " + (i + 1) + " starts answered");
                assertEquals(Verdict.NOT_CHECKED, question.check());
                assertTrue(Double.isNaN(question.shownAnswerProperty().get()));
                assertFalse(question.canRevealProperty().get());
            }
        }
    }

    @Test
    void aWrongAnswerGivesAHintAndTheDirectionButNotTheValue() {
        lessons.lessonProperty().set(lesson("compute-optimal"));
        LessonQuestionModel question = lessons.question();
        question.moveSlider(Math.log10(5e9));
        assertEquals(5e9, question.answerProperty().get(), 1);
        assertEquals(Verdict.WRONG, question.check(), "5e9 is far from the Epoch optimum");
        assertEquals(Miss.TOO_LOW, question.missProperty().get());
        assertTrue(Double.isNaN(question.shownAnswerProperty().get()), "a wrong answer does not reveal the value");
        assertTrue(question.canRevealProperty().get());
        question.reveal();
        double expected = question.shownAnswerProperty().get();
        assertTrue(expected > 8e9 && expected < 1e10, "Epoch N_opt at 1e22: " + expected);
        question.moveSlider(Math.log10(expected * 1.1));
        assertEquals(Verdict.NOT_CHECKED, question.verdictProperty().get(), "moving resets the verdict");
        assertEquals(Verdict.RIGHT, question.check());
    }

    @Test
    void aTypedAnswerIsCheckedAndNonsenseIsRefused() {
        lessons.lessonProperty().set(lesson("compute-optimal"));
        LessonQuestionModel question = lessons.question();
        assertFalse(question.submitTyped("ten billion"));
        assertTrue(question.invalidTypedProperty().get());
        assertNull(question.answerProperty().get());
        assertFalse(question.submitTyped("-5e9"), "a log-scale answer must be positive");
        assertTrue(question.submitTyped("9B"));
        assertEquals(9e9, question.answerProperty().get(), 1);
        assertEquals(Math.log10(9e9), question.sliderPositionProperty().get(), 1e-9, "the slider follows the typed value");
        assertEquals(Verdict.RIGHT, question.check());
        assertEquals(question.shownAnswerProperty().get(), 9e9, 1e9, "a right answer shows the law's value");
        assertTrue(question.submitTyped("5e13"));
        assertEquals(Verdict.WRONG, question.check());
        assertEquals(Miss.TOO_HIGH, question.missProperty().get());
        assertEquals(12, question.sliderPositionProperty().get(), 1e-9, "beyond the track the slider stops at its end");
    }

    @Test
    void everyBundledQuestionHasItsOwnHintInBothLanguages() {
        for (Lesson lesson : lessons.lessons()) {
            for (LessonStep step : lesson.steps()) {
                if (step.question() != null) {
                    assertNotNull(step.question().hint(), lesson.id() + ": " + step.title().in("en"));
                    assertFalse(step.question().hint().in("zh_CN").equals(step.question().hint().in("en")));
                }
            }
        }
    }

    @Test
    void simulationsRunForTheStepsThatAskForThem() {
        lessons.lessonProperty().set(lesson("log-log-straight"));
        assertEquals(1, lessons.simulationProperty().get().size());
        assertEquals(-1.0, lessons.simulationProperty().get().get(0).curve().fittedSlope(), 0.15);
        lessons.next();
        assertEquals(3, lessons.simulationProperty().get().size());
        lessons.next();
        assertTrue(lessons.simulationProperty().get().isEmpty());
    }

    @Test
    void aStepNamingAnUnknownViewOrSettingIsRefusedWhenTheFolderIsOpened(@TempDir Path dir) throws Exception {
        models.viewSettings().register("test.budget_flops", new SimpleDoubleProperty());
        String lesson = """
                {"format_version": 1, "id": "bad", "title": {"en": "Bad", "zh_CN": "坏"},
                 "steps": [
                   {"title": {"en": "a", "zh_CN": "甲"}, "text": {"en": "a", "zh_CN": "甲"}, "view": "nowhere"},
                   {"title": {"en": "b", "zh_CN": "乙"}, "text": {"en": "b", "zh_CN": "乙"}, "view": "power-laws",
                    "settings": {"test.budget_flops": 1e22, "test.missing": 1}}]}
                """;
        Path file = dir.resolve("bad.json");
        Files.writeString(file, lesson);
        int before = lessons.lessons().size();
        assertFalse(lessons.addFolder(dir));
        assertEquals(file + ": line 3, field steps[0].view: is not a view of this app: nowhere", lessons.problemProperty().get());
        Files.writeString(file, lesson.replace("\"nowhere\"", "\"power-laws\""));
        assertFalse(lessons.addFolder(dir));
        assertEquals(file + ": line 5, field steps[1].settings.test.missing: is not a setting of this app",
                lessons.problemProperty().get());
        Files.writeString(file, lesson.replace("\"nowhere\"", "\"power-laws\"").replace(", \"test.missing\": 1", ""));
        assertTrue(lessons.addFolder(dir), lessons.problemProperty().get());
        assertEquals(before + 1, lessons.lessons().size());
        lessons.next();
        assertEquals(1e22, models.viewSettings().get("test.budget_flops"));
    }

    @Test
    void aBrokenTeacherFileIsReportedAndNothingIsAdded(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"format_version\": 1, \"id\": ");
        int before = lessons.lessons().size();
        assertFalse(lessons.addFolder(dir));
        assertTrue(lessons.problemProperty().get().contains("broken.json"), lessons.problemProperty().get());
        assertEquals(before, lessons.lessons().size());
    }
}
