package org.scalingexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.TestRuns;

/**
 * {@code render --view fit --session S} draws the Fit view as the window shows it after opening S:
 * the user's imported runs and the fit of them, never the bundled sample.
 */
class RenderFitViewTest {

    static Path sessionWithRuns(Path dir, List<double[]> runs, boolean fitted) throws Exception {
        StringBuilder json = new StringBuilder("{\n  \"format_version\": \"1.0\",\n  \"active_law\": \"chinchilla\",\n"
                + "  \"view\": {\"last_view\": \"fit\"},\n  \"imported_runs\": [\n");
        for (int i = 0; i < runs.size(); i++) {
            double[] run = runs.get(i);
            json.append(String.format(Locale.ROOT,
                    "    {\"params\": %.6e, \"tokens\": %.6e, \"flops\": %.6e, \"loss\": %.9f, \"name\": \"run-%d\"}%s%n",
                    run[0], run[1], run[2], run[3], i + 1, i + 1 < runs.size() ? "," : ""));
        }
        json.append("  ],\n  \"fit_results\": [{\"source\": \"my-runs.csv\", \"sample\": false, \"approach\": \"APPROACH_3\","
                + " \"exclude_highest_loss\": 0, \"resamples\": 0, \"objective\": \"LOG_HUBER\","
                + " \"envelope_lambda\": 10, \"compare_objectives\": false, \"fitted\": " + fitted + "}]\n}\n");
        Path file = dir.resolve("mine.slx.json");
        Files.writeString(file, json.toString());
        return file;
    }

    @Test
    void theCsvListsTheTwelveRunsOfTheSession(@TempDir Path dir) throws Exception {
        List<double[]> runs = TestRuns.twelve();
        Path session = sessionWithRuns(dir, runs, true);
        Path csv = dir.resolve("x.csv");
        CliRun result = CliRun.of("render", "--view", "fit", "--session", session.toString(), "--out", csv.toString());
        assertEquals(0, result.exitCode(), result.err());

        Set<String> plotted = new HashSet<>();
        String dataChart = null;
        try (Reader reader = Files.newBufferedReader(csv)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                dataChart = dataChart == null ? row.get("chart") : dataChart;
                if (row.get("chart").equals(dataChart) && row.get("series").equals("Fitted runs")) {
                    plotted.add(key(Double.parseDouble(row.get("x")), Double.parseDouble(row.get("y"))));
                }
            }
        }
        Set<String> expected = new HashSet<>();
        for (double[] run : runs) {
            expected.add(key(run[0], run[3]));
        }
        assertEquals(12, plotted.size(), "the data chart lists every run of the session once");
        assertEquals(expected, plotted, "the runs plotted are the session's, not the Chinchilla sample");
    }

    @Test
    void thePngDrawsTheFitOfTheSessionsRuns(@TempDir Path dir) throws Exception {
        Path session = sessionWithRuns(dir, TestRuns.twelve(), true);
        Path png = dir.resolve("fit.png");
        CliRun result = CliRun.of("render", "--view", "fit", "--session", session.toString(), "--out", png.toString(),
                "--width", "1600", "--height", "1000");
        assertEquals(0, result.exitCode(), result.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        // The extrapolated law in blue and the target in vermillion: the fit was drawn, not only the runs.
        assertTrue(hasColourNear(image, 0x0072B2), "no extrapolated line");
        assertTrue(hasColourNear(image, 0xD55E00), "no target point");
    }

    @Test
    void withoutASessionTheFitViewIsEmptyAsInANewWindow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("empty.csv");
        CliRun result = CliRun.of("render", "--view", "fit", "--out", csv.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(1, Files.readAllLines(csv).size(), "only the header: no runs are loaded in a new window");
    }

    private static String key(double params, double loss) {
        return String.format(Locale.ROOT, "%.5e/%.6f", params, loss);
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
