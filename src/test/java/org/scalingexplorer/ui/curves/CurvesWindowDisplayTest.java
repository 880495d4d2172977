package org.scalingexplorer.ui.curves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.await;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.shell.ThemeChoice;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Curves view with the demo curves in the real window at a projector's 1280 x 800, English and
 * Chinese, light and dark: every tab written to target/screenshots for a person to look at, and no
 * text of the view cut short with an ellipsis. Runs under Xvfb.
 */
@Tag("display")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "no DISPLAY: the real-window test needs a display (run under xvfb-run)")
@ExtendWith(ApplicationExtension.class)
class CurvesWindowDisplayTest {

    private ExplorerWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void removePrefs() {
        if (fixture != null) {
            fixture.removePrefs();
        }
    }

    @Test
    void everyTabFitsAProjectorInBothLanguagesAndThemes(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Language language : Language.values()) {
            for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
                robot.interact(() -> {
                    fixture.settings.languageProperty().set(language);
                    fixture.settings.themeProperty().set(theme);
                });
                ExplorerWindowFixture.openView(robot, "curves");
                CurvesViewModel curves = fixture.models.viewModel(CurvesModule.MODULE);
                if (curves.source() == null) {
                    robot.interact(curves::loadDemo);
                }
                await(() -> curves.status() == CurvesViewModel.Status.LOADED && curves.scheduleLaw().result() != null
                        && !onFx(() -> curves.scheduleLaw().runningProperty().get()));
                assertEquals(1280, onFx(() -> stage.getScene().getWidth()), 1, "the window is a projector's width");
                TabPane tabs = robot.lookup("#curves-tabs").queryAs(TabPane.class);
                for (int tab = 0; tab < tabs.getTabs().size(); tab++) {
                    int index = tab;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
                    WaitForAsyncUtils.waitForFxEvents();
                    String name = "curves-" + language.locale().toLanguageTag().toLowerCase(Locale.ROOT).replace("und", "en")
                            + "-" + theme.name().toLowerCase(Locale.ROOT) + "-" + index;
                    Image shot = robot.capture(robot.lookup("#main-window").queryParent()).getImage();
                    Path file = Path.of("target", "screenshots", name + ".png");
                    Files.createDirectories(file.getParent());
                    ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
                    cut.addAll(onFx(() -> cutTexts(robot.lookup("#curves-view").query(), name)));
                }
            }
        }
        assertEquals(List.of(), cut, "text cut short");
    }

    /** The schedule-law lesson beside the view, as a class sees it on a projector: each step written out. */
    @Test
    void theScheduleLessonBesideTheViewFitsAProjector(FxRobot robot) throws Exception {
        robot.interact(() -> ((javafx.scene.control.ButtonBase) robot.lookup("#lessons-toggle").query()).fire());
        var lessons = fixture.models.lessons();
        robot.interact(() -> lessons.lessonProperty().set(lessons.lessons().stream()
                .filter(lesson -> lesson.id().equals("schedule-law")).findFirst().orElseThrow()));
        CurvesViewModel curves = fixture.models.viewModel(CurvesModule.MODULE);
        List<String> cut = new ArrayList<>();
        for (int step = 0; step < lessons.stepCount(); step++) {
            int index = step;
            robot.interact(() -> lessons.goTo(index));
            await(() -> curves.status() == CurvesViewModel.Status.LOADED && curves.scheduleLaw().result() != null
                    && !onFx(() -> curves.scheduleLaw().runningProperty().get()));
            WaitForAsyncUtils.sleep(500, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("", onFx(() -> lessons.problemProperty().get()));
            Image shot = robot.capture(robot.lookup("#main-window").queryParent()).getImage();
            Path file = Path.of("target", "screenshots", "lesson-schedule-law-en-" + (index + 1) + ".png");
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
            cut.addAll(onFx(() -> cutTexts(robot.lookup("#main-window").query(), file.getFileName().toString())));
        }
        assertEquals(List.of(), cut, "text cut short");
    }

    /** Visible texts that end in an ellipsis, or that run past the right edge of the window. */
    private List<String> cutTexts(Node view, String where) {
        List<String> cut = new ArrayList<>();
        double width = stage.getScene().getWidth();
        for (Text text : texts(view, new ArrayList<>())) {
            Node node = text;
            if (node.getScene() == null || !showing(node)) {
                continue;
            }
            String shown = text.getText();
            Bounds bounds = node.localToScene(node.getBoundsInLocal());
            // A label's own text may end in "…" ("Open curves…"); cut short, it differs from the label's text.
            boolean shortened = text.getParent() instanceof javafx.scene.control.Labeled labeled
                    ? labeled.getText() != null && !labeled.getText().equals(shown)
                            && shown.endsWith(labeled.getEllipsisString())
                    : shown != null && (shown.endsWith("...") || shown.endsWith("…"));
            if (shown != null && !shown.isBlank() && (shortened || bounds.getMaxX() > width + 1)) {
                cut.add(where + ": \"" + shown + "\"" + (bounds.getMaxX() > width + 1 ? " ends at x = "
                        + Math.round(bounds.getMaxX()) : ""));
            }
        }
        return cut;
    }

    /** Every Text below {@code node}, the labels' and cells' own included (a type selector would miss those). */
    private static List<Text> texts(Node node, List<Text> found) {
        if (node instanceof Text text) {
            found.add(text);
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                texts(child, found);
            }
        }
        return found;
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
