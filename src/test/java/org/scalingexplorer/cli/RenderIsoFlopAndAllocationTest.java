package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code render --view isoflop|allocation} writes a PNG with charts and tables on it, in both languages. */
class RenderIsoFlopAndAllocationTest {

    @ParameterizedTest
    @CsvSource({"isoflop, en, light", "allocation, en, light", "isoflop, zh_CN, dark", "allocation, zh_CN, dark"})
    void renderWritesANonBlankPng(String view, String language, String theme, @TempDir Path dir) throws Exception {
        Path png = dir.resolve(view + ".png");
        CliRun run = CliRun.of("render", "--view", view, "--out", png.toString(), "--width", "1200", "--height", "800",
                "--lang", language, "--theme", theme);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("wrote "), run.out());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(800, image.getHeight());
        int background = image.getRGB(0, 0);
        Set<Integer> colours = new HashSet<>();
        long drawn = 0;
        // Each quarter of the figure (two charts, then charts or tables) has something on it.
        long[] drawnPerQuarter = new long[4];
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    drawn++;
                    drawnPerQuarter[(y < image.getHeight() / 2 ? 0 : 2) + (x < image.getWidth() / 2 ? 0 : 1)]++;
                }
            }
        }
        long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(drawn > sampled / 50, "only " + drawn + " of " + sampled + " sampled pixels differ from the background");
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours");
        for (int quarter = 0; quarter < 4; quarter++) {
            assertTrue(drawnPerQuarter[quarter] > sampled / 400, "quarter " + quarter + " is blank");
        }
    }
}
