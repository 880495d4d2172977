package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presentation mode reaches the controls, not only the charts (the large type stopped at the charts: the
 * class sat outside app.css's reach), and leaving it puts back exactly what was there.
 */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    private Stage stage;
    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void largeTypeReachesSidebarMenusAndLessonsAndEscRestoresEverything(FxRobot robot) {
        robot.interact(() -> stage.setWidth(1280));
        robot.interact(() -> stage.setHeight(800));
        ExplorerWindowFixture.openView(robot, "power-laws");
        Before before = ExplorerWindowFixture.onFx(this::now);
        assertFalse(before.lessons());

        robot.interact(() -> fixture.window.presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        Before presenting = ExplorerWindowFixture.onFx(this::now);
        assertTrue(presenting.sidebarFontSize() >= 19, "sidebar type " + presenting.sidebarFontSize());
        assertTrue(presenting.menuFontSize() >= 19, "menu type " + presenting.menuFontSize());
        assertTrue(presenting.lessons(), "presentation opens the lessons");
        assertEquals(Color.BLACK, presenting.chartBackground());
        assertEquals(ThemeChoice.DARK.userAgentStylesheet(), presenting.userAgentStylesheet());
        assertTrue(presenting.sheets().contains(SceneFonts.PRESENTATION_SHEET));

        robot.interact(() -> fixture.window.presentationProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, ExplorerWindowFixture.onFx(this::now), "leaving presentation restores the window");
    }

    record Before(boolean lessons, double sidebarFontSize, double menuFontSize, Color chartBackground,
                  String userAgentStylesheet, java.util.List<String> sheets) {
    }

    private Before now() {
        stage.getScene().getRoot().applyCss();
        stage.getScene().getRoot().layout();
        Labeled cell = (Labeled) stage.getScene().getRoot().lookup("#navigation .list-cell");
        Labeled menu = (Labeled) stage.getScene().getRoot().lookup(".menu-bar .label");
        return new Before(fixture.window.lessonsShownProperty().get(), cell.getFont().getSize(),
                menu.getFont().getSize(), (Color) fixture.window.currentView().charts().get(0).getBackgroundPaint(),
                Application.getUserAgentStylesheet(), java.util.List.copyOf(stage.getScene().getStylesheets()));
    }
}
