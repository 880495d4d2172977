package org.scalingexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Lessons panel and presentation mode as a teacher uses them, in Chinese. */
@ExtendWith(ApplicationExtension.class)
class LessonsPanelTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private Lesson lesson(String id) {
        return fixture.models.lessons().lessons().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyLessonStepShowsItsChineseText(FxRobot robot) {
        robot.clickOn("#lessons-toggle");
        for (Lesson lesson : fixture.models.lessons().lessons()) {
            robot.interact(() -> fixture.models.lessons().lessonProperty().set(lesson));
            for (int i = 0; i < lesson.steps().size(); i++) {
                int step = i;
                robot.interact(() -> fixture.models.lessons().goTo(step));
                String shown = robot.lookup("#lesson-text").queryAs(Label.class).getText();
                assertEquals(lesson.steps().get(i).text().in("zh_CN"), shown);
                assertEquals("", fixture.models.lessons().problemProperty().get());
            }
        }
    }

    @Test
    void aQuestionIsCheckedFromTheSliderPosition(FxRobot robot) {
        robot.clickOn("#lessons-toggle");
        robot.interact(() -> fixture.models.lessons().lessonProperty().set(lesson("compute-optimal")));
        Slider answer = robot.lookup("#lesson-answer").queryAs(Slider.class);
        robot.interact(() -> answer.setValue(answer.getMin()));
        robot.clickOn("#lesson-check");
        assertTrue(robot.lookup("#lesson-verdict").queryAs(Label.class).getText().startsWith("不太对"));
        double expected = fixture.models.lessons().expectedAnswerProperty().get();
        robot.interact(() -> answer.setValue(Math.log10(expected)));
        robot.clickOn("#lesson-check");
        assertTrue(robot.lookup("#lesson-verdict").queryAs(Label.class).getText().startsWith("正确"));
    }

    @Test
    void presentationModeStepsWithTheArrowsAndHighlightsThePointer(FxRobot robot) {
        robot.clickOn("#presentation-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        Node window = robot.lookup("#main-window").query();
        assertTrue(window.getStyleClass().contains("presentation"));
        assertTrue(robot.lookup("#lessons-panel").tryQuery().isPresent(), "lessons open with presentation mode");
        assertTrue(robot.lookup("#pointer-highlight").query().isVisible());
        robot.interact(() -> fixture.models.lessons().lessonProperty().set(lesson("kaplan-vs-chinchilla")));
        robot.clickOn("#navigation");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, fixture.models.lessons().stepIndexProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(0, fixture.models.lessons().stepIndexProperty().get());
        robot.clickOn("#presentation-toggle");
        assertTrue(!window.getStyleClass().contains("presentation"));
    }
}
