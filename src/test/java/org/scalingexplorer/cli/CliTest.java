package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.ui.chart.ChartContrast;
import org.scalingexplorer.ui.chart.ChartStyle;

class CliTest {

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ExplorerCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void allocateJsonHasTheDocumentedKeysAndSpendsTheBudget() throws Exception {
        Result result = run("allocate", "--law", "chinchilla", "--flops", "5.76e23", "--json");
        assertEquals(0, result.exitCode(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("law", "flops", "params", "tokens", "tokens_per_param", "loss"), keys);
        assertEquals("chinchilla", json.get("law").asText());
        double params = json.get("params").asDouble();
        double tokens = json.get("tokens").asDouble();
        assertEquals(5.76e23, 6 * params * tokens, 1e-6 * 5.76e23);
        assertEquals(tokens / params, json.get("tokens_per_param").asDouble(), 1e-9);
    }

    @Test
    void badArgumentsGiveOneLineOnStderrAndExitTwo() {
        for (String[] args : new String[][] {
            {"allocate", "--flops", "1e40"},
            {"allocate", "--flops", "abc"},
            {"allocate", "--law", "gpt4", "--flops", "1e20"},
            {"allocate"},
            {"render", "--view", "nowhere", "--out", "x.png"},
        }) {
            Result result = run(args);
            assertEquals(ExplorerCommand.BAD_ARGUMENT, result.exitCode(), String.join(" ", args));
            assertEquals(1, result.err().strip().lines().count(), "one line for " + String.join(" ", args) + ": " + result.err());
            assertTrue(result.err().startsWith("error: "), result.err());
            assertEquals("", result.out());
        }
        assertTrue(run("allocate", "--flops", "1e40").err().contains("--flops must be between 1e10 and 1e32 FLOPs, got 1e40"));
    }

    @Test
    void renderWritesAPngThatIsNotBlank(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("power-laws.png");
        Result result = run("render", "--view", "power-laws", "--out", png.toString(),
                "--width", "800", "--height", "500", "--scale", "2");
        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        int background = image.getRGB(0, 0);
        Set<Integer> colours = new HashSet<>();
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    drawn++;
                }
            }
        }
        long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertTrue(drawn > sampled / 50, "only " + drawn + " of " + sampled + " sampled pixels differ from the background");
        assertTrue(colours.size() > 50, "only " + colours.size() + " colours");
        // The three law colours (Okabe-Ito blue, orange, green, as the light theme draws them) are all on the image.
        assertTrue(hasColourNear(image, onLight(0x0072B2)) && hasColourNear(image, onLight(0xE69F00))
                && hasColourNear(image, onLight(0x009E73)));
    }

    @Test
    void renderDrawsTheDataView(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("data.png");
        Result result = run("render", "--view", "data", "--out", png.toString(), "--width", "1600", "--height", "1000");
        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        // Repeated data is drawn in vermillion, fresh data in blue, the pools in blue, orange and green.
        assertTrue(hasColourNear(image, onLight(0xD55E00)) && hasColourNear(image, onLight(0x0072B2))
                && hasColourNear(image, onLight(0xE69F00)));
    }

    /** A palette colour as the light theme draws it: darkened where it is under 3:1 on white (orange). */
    private static int onLight(int rgb) {
        ChartStyle light = ChartStyle.LIGHT;
        return ChartContrast.readable(new java.awt.Color(rgb), light.plotBackground(), light.minContrast()).getRGB()
                & 0xFFFFFF;
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
