package org.scalingexplorer.ui.valley;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.shape.TriangleMesh;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ViridisColorMap;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The loss valley on a real display (CI: Xvfb with -Dprism.forceGPU=true, which lets JavaFX use Mesa's
 * software OpenGL and so draw 3D). Snapshots are taken of the node, not of the screen, so other windows
 * on a shared display cannot spoil them. Skipped, not passed, where there is no display.
 */
@Tag("display")
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+",
        disabledReason = "no DISPLAY: the 3D test needs a display (run under xvfb-run)")
@ExtendWith(ApplicationExtension.class)
class LossValleyDisplayTest {

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

    /** Pixels of a shaded viridis colour, counted separately for the low and the high end of the map. */
    record ViridisPixels(int all, int lowEnd, int highEnd) {
    }

    static ViridisPixels countViridis(Image image) {
        int[][] palette = new int[128][];
        for (int i = 0; i < palette.length; i++) {
            int rgb = ViridisColorMap.rgb(i / (palette.length - 1.0));
            palette[i] = new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
        }
        PixelReader pixels = image.getPixelReader();
        int all = 0;
        int low = 0;
        int high = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int argb = pixels.getArgb(x, y);
                double r = (argb >> 16) & 0xFF;
                double g = (argb >> 8) & 0xFF;
                double b = argb & 0xFF;
                // Lighting scales the texture's colour: find the palette entry c and shade k with p ~ k c.
                for (int i = 0; i < palette.length; i++) {
                    int[] c = palette[i];
                    double k = (r * c[0] + g * c[1] + b * c[2]) / (double) (c[0] * c[0] + c[1] * c[1] + c[2] * c[2]);
                    if (k < 0.45 || k > 1.4) {
                        continue;
                    }
                    double dr = r - Math.min(255, k * c[0]);
                    double dg = g - Math.min(255, k * c[1]);
                    double db = b - Math.min(255, k * c[2]);
                    if (dr * dr + dg * dg + db * db < 14 * 14) {
                        all++;
                        if (i < palette.length / 5) {
                            low++;
                        } else if (i > palette.length * 4 / 5) {
                            high++;
                        }
                        break;
                    }
                }
            }
        }
        return new ViridisPixels(all, low, high);
    }

    /**
     * Selects the view through the sidebar's selection model rather than a screen click: on a display
     * shared with other windows a click could land in someone else's.
     */
    private static void openTheView(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "loss-valley");
    }

    private static void save(Image image, String name) throws Exception {
        Path file = Path.of("target", "screenshots", name);
        Files.createDirectories(file.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    @Test
    void theViewDrawsTheSurfaceIn3dAndADragMovesTheSameMesh(FxRobot robot) throws Exception {
        openTheView(robot);
        boolean scene3d = Platform.isSupported(ConditionalFeature.SCENE3D);
        System.out.println("LossValleyDisplayTest: SCENE3D supported = " + scene3d);
        if (!scene3d) {
            // JavaFX refused 3D on this display even with forceGPU: the map must stand in, with its notice.
            assertTrue(robot.lookup("#valley-fallback").query().isVisible());
            assertTrue(robot.lookup("#valley-fallback-notice").query().isVisible());
            return;
        }
        assertTrue(robot.lookup("#valley-fallback").tryQuery().isEmpty(), "no fallback where 3D works");
        ValleySurface3D surface = robot.lookup("#valley-3d").queryAs(ValleySurface3D.class);
        Image[] shot = new Image[1];
        robot.interact(() -> shot[0] = surface.snapshot(null, null));
        save(shot[0], "loss-valley-3d.png");
        ViridisPixels viridis = countViridis(shot[0]);
        int total = (int) (shot[0].getWidth() * shot[0].getHeight());
        assertTrue(viridis.all() > total / 10, "viridis pixels " + viridis + " of " + total);
        assertTrue(viridis.lowEnd() > 500 && viridis.highEnd() > 500, "both ends of the colour map: " + viridis);
        assertFalse(surface.axisLabels().isEmpty());
        for (String budget : new String[] {"C = 10¹⁹ FLOPs", "C = 10²¹ FLOPs", "C = 10²³ FLOPs"}) {
            assertTrue(surface.axisLabels().stream().anyMatch(l -> l.getText().equals(budget) && l.isVisible()),
                    "each isoFLOP line names its budget: " + budget);
        }

        TriangleMesh mesh = surface.mesh();
        int[] faces = mesh.getFaces().toArray(null);
        float[] before = mesh.getPoints().toArray(null);
        robot.interact(() -> fixture.models.scenario().setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(mesh, surface.mesh());
        assertArrayEquals(faces, mesh.getFaces().toArray(null), "the topology stays");
        float[] after = mesh.getPoints().toArray(null);
        assertEquals(before.length, after.length);
        assertFalse(java.util.Arrays.equals(before, after), "the points moved with the law");
        robot.interact(() -> shot[0] = surface.snapshot(null, null));
        save(shot[0], "loss-valley-3d-alpha-0.6.png");
        assertTrue(countViridis(shot[0]).all() > total / 10);
    }

    @Test
    void theMapOptionShowsTheHeatmapWithoutTheNotice(FxRobot robot) {
        openTheView(robot);
        if (!Platform.isSupported(ConditionalFeature.SCENE3D)) {
            return;
        }
        robot.interact(() -> robot.lookup("#valley-map-toggle").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Node map = robot.lookup("#valley-map").query();
        assertTrue(map.isVisible());
        assertTrue(robot.lookup("#valley-fallback-notice").tryQuery().isEmpty(), "3D works: nothing to explain");
        Image[] shot = new Image[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        assertTrue(countViridis(shot[0]).all() > 10000);
    }

    @Test
    void theThreeDimensionalViewExportsItsSnapshotAsPng(FxRobot robot) throws Exception {
        openTheView(robot);
        LossValleyView view = robot.lookup("#loss-valley-view").queryAs(LossValleyView.class);
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<org.scalingexplorer.ui.chart.SnapshotCell>> cell =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> cell.set(view.snapshotCell()));
        org.junit.jupiter.api.Assertions.assertTrue(cell.get().isPresent(), "the 3D surface is on screen");
        var figure = new org.scalingexplorer.ui.view.ViewFigure(java.util.List.of(cell.get().get()), 1);
        var request = new org.scalingexplorer.ui.export.ExportRequest(figure,
                org.scalingexplorer.ui.chart.ChartStyle.LIGHT, 800, 600, 2, "", "");
        Path png = Path.of("target", "screenshots", "loss-valley-3d-export.png");
        Files.createDirectories(png.getParent());
        org.scalingexplorer.ui.export.FigureExporter.export(request, org.scalingexplorer.ui.export.ExportFormat.PNG, png);
        java.awt.image.BufferedImage written = ImageIO.read(png.toFile());
        org.junit.jupiter.api.Assertions.assertEquals(1600, written.getWidth());
        ViridisPixels pixels = countViridis(SwingFXUtils.toFXImage(written, null));
        org.junit.jupiter.api.Assertions.assertTrue(pixels.all() > 10_000, "viridis pixels in the exported PNG: " + pixels);
    }
}
