package org.scalingexplorer.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
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
    void aQuestionStartsBlankGivesAHintWhenWrongAndTheValueOnlyOnShowAnswer(FxRobot robot) {
        robot.clickOn("#lessons-toggle");
        robot.interact(() -> fixture.models.lessons().lessonProperty().set(lesson("compute-optimal")));
        Label value = robot.lookup("#lesson-answer-value").queryAs(Label.class);
        Label verdict = robot.lookup("#lesson-verdict").queryAs(Label.class);
        Label hint = robot.lookup("#lesson-hint").queryAs(Label.class);
        Button reveal = robot.lookup("#lesson-reveal").queryAs(Button.class);
        assertEquals("—", value.getText(), "no answer is set when the question opens");
        assertTrue(reveal.isDisabled(), "the answer is not offered before a first try");

        Slider answer = robot.lookup("#lesson-answer").queryAs(Slider.class);
        robot.interact(() -> answer.setValue(answer.getMin() + 0.3));
        robot.clickOn("#lesson-check");
        assertTrue(verdict.getText().startsWith("不太对"), verdict.getText());
        assertTrue(verdict.getText().contains("偏小"), verdict.getText());
        assertFalse(verdict.getText().matches(".*\\d.*"), "a wrong answer shows no number: " + verdict.getText());
        assertTrue(hint.isVisible() && !hint.getText().isBlank());

        robot.clickOn("#lesson-reveal");
        double expected = fixture.models.lessons().question().shownAnswerProperty().get();
        assertTrue(verdict.getText().contains(org.scalingexplorer.ui.chart.QuantityFormat.count(expected)),
                verdict.getText());
    }

    @Test
    void aTypedAnswerIsCheckedWithEnter(FxRobot robot) {
        robot.clickOn("#lessons-toggle");
        robot.interact(() -> fixture.models.lessons().lessonProperty().set(lesson("compute-optimal")));
        ExplorerWindowFixture.type(robot, "#lesson-answer-typed", "9e9");
        Label verdict = robot.lookup("#lesson-verdict").queryAs(Label.class);
        assertTrue(verdict.getText().startsWith("正确"), verdict.getText());
        Slider answer = robot.lookup("#lesson-answer").queryAs(Slider.class);
        assertEquals(Math.log10(9e9), answer.getValue(), 1e-6, "the slider shows the typed answer");
        ExplorerWindowFixture.type(robot, "#lesson-answer-typed", "很多");
        assertTrue(robot.lookup("#lesson-answer-typed").queryAs(TextField.class).getPseudoClassStates()
                .contains(javafx.css.PseudoClass.getPseudoClass("danger")), "nonsense is marked");
    }

    @Test
    void everyLessonTitleFitsTheChooserAtProjectorSize(FxRobot robot) {
        robot.interact(() -> {
            robot.window(0).setWidth(1280);
            robot.window(0).setHeight(800);
        });
        robot.clickOn("#lessons-toggle");
        // English titles are the longer ones ("The compute-optimal model" was cut on the button).
        for (Language language : new Language[] {Language.ENGLISH, Language.SIMPLIFIED_CHINESE}) {
            robot.interact(() -> fixture.settings.languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            @SuppressWarnings("unchecked")
            // The chooser of the content now on show, not one of a content the language switch replaced.
            ComboBox<Lesson> shownChooser = robot.lookup("#lesson-chooser")
                    .match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                            && n.getScene().getWindow().isShowing()).queryAs(ComboBox.class);
            for (Lesson lesson : fixture.models.lessons().lessons()) {
                robot.interact(() -> shownChooser.setValue(lesson));
                WaitForAsyncUtils.waitForFxEvents();
                ListCell<?> button = shownChooser.getButtonCell();
                Text shown = (Text) button.lookup(".text");
                String title = lesson.title().in(language == Language.ENGLISH ? "en" : "zh_CN");
                assertEquals(title.replace(" ", ""), shown.getText().replace("\n", "").replace(" ", ""),
                        "cut: " + shown.getText());
                assertTrue(button.getWidth() <= shownChooser.getWidth(), "cell wider than the chooser");
            }
        }
        @SuppressWarnings("unchecked")
        ComboBox<Lesson> chooser = robot.lookup("#lesson-chooser").queryAs(ComboBox.class);
        robot.clickOn("#lesson-chooser");
        WaitForAsyncUtils.waitForFxEvents();
        for (Node cell : robot.lookup(".combo-box-popup .list-cell").queryAll()) {
            ListCell<?> listCell = (ListCell<?>) cell;
            if (listCell.getItem() == null) {
                continue;
            }
            Text shown = (Text) listCell.lookup(".text");
            assertEquals(listCell.getText(), shown.getText().replace("\n", ""), "cut in the list: " + shown.getText());
            assertTrue(listCell.getWidth() <= chooser.getWidth() + 1, "list wider than the panel: cell " + listCell.getWidth() + ", chooser " + chooser.getWidth());
        }
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void presentationModeStepsWithTheArrowsAndHighlightsThePointer(FxRobot robot) {
        robot.clickOn("#presentation-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        // The class sits on the content's root, where app.css applies (not on #main-window above it).
        assertTrue(robot.lookup(".presentation").tryQuery().isPresent());
        assertTrue(robot.lookup("#lessons-panel").tryQuery().isPresent(), "lessons open with presentation mode");
        assertTrue(robot.lookup("#pointer-highlight").query().isVisible());
        robot.interact(() -> fixture.models.lessons().lessonProperty().set(lesson("kaplan-vs-chinchilla")));
        robot.clickOn("#navigation");
        robot.type(KeyCode.RIGHT);
        assertEquals(1, fixture.models.lessons().stepIndexProperty().get());
        robot.type(KeyCode.LEFT);
        assertEquals(0, fixture.models.lessons().stepIndexProperty().get());
        robot.clickOn("#presentation-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".presentation").tryQuery().isPresent());
    }
}
