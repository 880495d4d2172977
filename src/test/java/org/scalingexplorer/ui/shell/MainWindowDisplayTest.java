package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.LawPalette;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The real window on a real display (CI: Xvfb, with -Dprism.forceGPU=true). Skipped, not passed,
 * where there is no display.
 */
@Tag("display")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "no DISPLAY: the real-window test needs a display (run under xvfb-run)")
@ExtendWith(ApplicationExtension.class)
class MainWindowDisplayTest {

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
    void theWindowDrawsItsCharts(FxRobot robot) throws Exception {
        Image shot = robot.capture(robot.lookup("#main-window").queryParent()).getImage();
        Path file = Path.of("target", "screenshots", "main-window.png");
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", file.toFile());
        PixelReader pixels = shot.getPixelReader();
        // Kaplan's orange as the light theme draws it: darkened to 3:1 on white (E69F00 -> C48700).
        java.awt.Color kaplan = ChartStyle.LIGHT.ink(LawPalette.colorOf(LawPreset.KAPLAN_2020));
        long blue = 0;
        long orange = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                int r = (argb >> 16) & 0xFF;
                int g = (argb >> 8) & 0xFF;
                int b = argb & 0xFF;
                if (b > 150 && r < 60 && g > 80 && g < 140) {
                    blue++;
                }
                if (Math.abs(r - kaplan.getRed()) < 25 && Math.abs(g - kaplan.getGreen()) < 25 && b < 40) {
                    orange++;
                }
            }
        }
        assertTrue(blue > 300, "Chinchilla-blue pixels on screen: " + blue);
        assertTrue(orange > 300, "Kaplan-orange pixels on screen: " + orange);
    }
}
