package org.scalingexplorer.engine.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

class LossSurfaceTest {

    private static final ScalingLaw CHINCHILLA = LawPreset.CHINCHILLA_2022.law();

    @Test
    void recomputedValuesAreTheLawAtEachGridPoint() {
        LossSurface surface = new LossSurface(160, 160);
        for (LawPreset preset : LawPreset.values()) {
            surface.recompute(preset.law(), SurfaceWindow.DEFAULT);
            for (int column = 0; column < 160; column += 17) {
                for (int row = 0; row < 160; row += 13) {
                    double params = Math.pow(10, 7 + 6.0 * column / 159);
                    double tokens = Math.pow(10, 9 + 5.0 * row / 159);
                    assertEquals(preset.law().loss(params, tokens), surface.loss(column, row), 1e-9,
                            preset.id() + " at " + column + ", " + row);
                }
            }
            assertEquals(13, surface.log10Params()[159], 0);
            assertEquals(14, surface.log10Tokens()[159], 0);
        }
    }

    @Test
    void recomputeOverwritesTheSameArrays() {
        LossSurface surface = new LossSurface(130, 120);
        surface.recompute(CHINCHILLA, SurfaceWindow.DEFAULT);
        double[] losses = surface.losses();
        double[] log10Params = surface.log10Params();
        double before = surface.loss(40, 50);
        surface.recompute(LawPreset.EPOCH_2024.law(), new SurfaceWindow(8, 12, 10, 13));
        assertSame(losses, surface.losses());
        assertSame(log10Params, surface.log10Params());
        assertNotEquals(before, surface.loss(40, 50));
        assertEquals(8, surface.log10Params()[0], 0);
        assertEquals(LawPreset.EPOCH_2024.law().loss(1e8, 1e10), surface.loss(0, 0), 1e-12);
    }

    @Test
    void extremesOfAMonotoneLawSitInOppositeCorners() {
        LossSurface surface = new LossSurface(140, 125);
        surface.recompute(CHINCHILLA, SurfaceWindow.DEFAULT);
        assertEquals(CHINCHILLA.loss(1e7, 1e9), surface.maxLoss(), 1e-12);
        assertEquals(CHINCHILLA.loss(1e13, 1e14), surface.minLoss(), 1e-12);
        float[] normalized = new float[140 * 125];
        surface.writeNormalizedLoss(normalized);
        assertEquals(1f, normalized[0]);
        assertEquals(0f, normalized[normalized.length - 1]);
    }

    @Test
    void meshPointsAndFacesDescribeTheGrid() {
        LossSurface surface = new LossSurface(120, 121);
        surface.recompute(CHINCHILLA, SurfaceWindow.DEFAULT);
        float[] points = new float[3 * 120 * 121];
        surface.writeMeshPoints(points);
        int index = surface.index(7, 9);
        assertEquals((float) surface.log10Params()[7], points[3 * index]);
        assertEquals((float) surface.log10Tokens()[9], points[3 * index + 1]);
        assertEquals((float) surface.loss(7, 9), points[3 * index + 2]);

        int[] faces = surface.meshFaces();
        assertEquals(119 * 120 * 2 * 6, faces.length);
        for (int i = 0; i < faces.length; i += 2) {
            assertTrue(faces[i] >= 0 && faces[i] < 120 * 121);
            assertEquals(faces[i], faces[i + 1], "texture index is the point index");
        }
        assertThrows(IllegalArgumentException.class, () -> surface.writeMeshPoints(new float[10]));
    }

    @Test
    void contoursLieOnTheirLossLevel() {
        LossSurface surface = new LossSurface(160, 160);
        surface.recompute(CHINCHILLA, SurfaceWindow.DEFAULT);
        double[] levels = surface.evenLevels(10);
        List<IsoLossContour> contours = surface.contours(levels);
        assertEquals(10, contours.size());
        for (IsoLossContour contour : contours) {
            assertFalse(contour.lines().isEmpty(), "level " + contour.loss());
            for (ContourLine line : contour.lines()) {
                for (int i = 0; i < line.size(); i++) {
                    double loss = CHINCHILLA.loss(Math.pow(10, line.log10Params()[i]), Math.pow(10, line.log10Tokens()[i]));
                    assertEquals(contour.loss(), loss, 1e-3, "level " + contour.loss());
                    assertTrue(SurfaceWindow.DEFAULT.contains(line.log10Params()[i], line.log10Tokens()[i]));
                }
            }
        }
    }

    @Test
    void contourPassesThroughAKnownPoint() {
        // 161 columns over 7..13 put a column at log10 N = 10 exactly; the iso-loss line through
        // (1e10 params, 1e11 tokens) must cross that column at log10 D = 11.
        ChinchillaLaw law = (ChinchillaLaw) CHINCHILLA;
        LossSurface surface = new LossSurface(161, 151);
        surface.recompute(law, SurfaceWindow.DEFAULT);
        double level = law.loss(1e10, 1e11);
        List<ContourLine> lines = surface.contours(level).get(0).lines();
        assertEquals(1, lines.size());
        ContourLine line = lines.get(0);
        boolean found = false;
        for (int i = 0; i < line.size(); i++) {
            if (Math.abs(line.log10Params()[i] - 10) < 1e-12) {
                assertEquals(11, line.log10Tokens()[i], 1e-3);
                found = true;
            }
        }
        assertTrue(found, "the contour crosses log10 N = 10");
        // Further along, a smaller model needs more data for the same loss: the line runs downhill.
        assertTrue(line.log10Tokens()[0] > line.log10Tokens()[line.size() - 1]
                == line.log10Params()[0] < line.log10Params()[line.size() - 1]);
    }

    @Test
    void nothingBeforeTheFirstRecompute() {
        LossSurface surface = new LossSurface(10, 10);
        assertThrows(IllegalStateException.class, surface::minLoss);
        assertThrows(IllegalStateException.class, () -> surface.contours(2.0));
        assertThrows(IllegalArgumentException.class, () -> new LossSurface(1, 10));
        assertThrows(IllegalArgumentException.class, () -> new SurfaceWindow(9, 8, 9, 14));
    }
}
