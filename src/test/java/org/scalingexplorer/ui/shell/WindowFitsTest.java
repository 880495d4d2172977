package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every view fits a 1280 px projector, presenting or not, lessons open, in both languages: the window's
 * content may not need more width than the screen has. IsoFLOP presenting needed 1,560 px and was cut
 * on both sides (an open side drawer counted in the view's minimum, so it never collapsed).
 */
@ExtendWith(ApplicationExtension.class)
class WindowFitsTest {
    private static final double SCREEN_WIDTH = 1280;
    private Stage stage;
    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        robotSafeLeavePresentation();
        fixture.removePrefs();
    }

    private void robotSafeLeavePresentation() {
        ExplorerWindowFixture.runOnFx(() -> fixture.window.presentationProperty().set(false));
    }

    @Test
    void everyViewFitsA1280PixelScreenPresentingOrNotInBothLanguages(FxRobot robot) {
        robot.interact(() -> stage.setWidth(SCREEN_WIDTH));
        robot.interact(() -> stage.setHeight(800));
        List<String> tooWide = new ArrayList<>();
        for (Language language : Language.values()) {
            robot.interact(() -> fixture.settings.languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            for (boolean presenting : new boolean[] {false, true}) {
                robot.interact(() -> fixture.window.presentationProperty().set(presenting));
                robot.interact(() -> fixture.window.lessonsShownProperty().set(true));
                WaitForAsyncUtils.waitForFxEvents();
                for (String view : ViewRegistry.ids()) {
                    ExplorerWindowFixture.openView(robot, view);
                    double needed = ExplorerWindowFixture.onFx(() -> {
                        Parent root = stage.getScene().getRoot();
                        root.applyCss();
                        root.layout();
                        return ((Region) root).minWidth(-1);
                    });
                    if (needed > SCREEN_WIDTH) {
                        tooWide.add(view + " " + language + (presenting ? " presenting" : "") + ": " + Math.round(needed) + " px");
                    }
                }
            }
            robot.interact(() -> fixture.window.presentationProperty().set(false));
        }
        assertEquals(List.of(), tooWide, "views wider than a 1280 px screen");
    }
}
