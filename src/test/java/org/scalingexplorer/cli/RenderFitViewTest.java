package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** render --view fit draws the Chinchilla sample fitted by Approach 3 (a few seconds: the full grid and 100 resamples). */
class RenderFitViewTest {

    @Test
    void renderDrawsTheFitView(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("fit.png");
        CliRun result = CliRun.of("render", "--view", "fit", "--out", png.toString(), "--width", "1600", "--height", "1000");
        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        // The extrapolated line and its band in blue, the target in vermillion, excluded runs in grey.
        assertTrue(hasColourNear(image, 0x0072B2), "no extrapolated line");
        assertTrue(hasColourNear(image, 0xD55E00), "no target point");
        assertTrue(hasColourNear(image, 0x8C959F), "no excluded runs");
    }

    private static boolean hasColourNear(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                if (Math.abs(((p >> 16) & 0xFF) - ((rgb >> 16) & 0xFF)) < 12
                        && Math.abs(((p >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 12
                        && Math.abs((p & 0xFF) - (rgb & 0xFF)) < 12) {
                    return true;
                }
            }
        }
        return false;
    }
}
