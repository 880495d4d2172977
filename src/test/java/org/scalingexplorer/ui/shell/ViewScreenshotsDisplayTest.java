package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every registered view in the real window, light and dark, each written to target/screenshots for a
 * person to look at; a view that draws nothing (one colour or two) fails. Runs under Xvfb.
 */
@Tag("display")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "no DISPLAY: the real-window test needs a display (run under xvfb-run)")
@ExtendWith(ApplicationExtension.class)
class ViewScreenshotsDisplayTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        if (fixture != null) {
            fixture.removePrefs();
        }
    }

    @Test
    void everyViewDrawsInBothThemes(FxRobot robot) throws Exception {
        for (ThemeChoice theme : new ThemeChoice[] {ThemeChoice.LIGHT, ThemeChoice.DARK}) {
            robot.interact(() -> fixture.settings.themeProperty().set(theme));
            for (ViewModule<?> module : ViewRegistry.MODULES) {
                ExplorerWindowFixture.openView(robot, module.id());
                WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                Image shot = robot.capture(robot.lookup("#main-window").queryParent()).getImage();
                Path file = Path.of("target", "screenshots", module.id() + "-" + theme.name().toLowerCase() + ".png");
                Files.createDirectories(file.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
                assertTrue(colours(shot) > 50, module.id() + " in " + theme + " draws (almost) nothing: " + file);
            }
        }
    }

    private static int colours(Image shot) {
        Set<Integer> seen = new HashSet<>();
        PixelReader pixels = shot.getPixelReader();
        for (int y = 0; y < shot.getHeight(); y += 3) {
            for (int x = 0; x < shot.getWidth(); x += 3) {
                seen.add(pixels.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
