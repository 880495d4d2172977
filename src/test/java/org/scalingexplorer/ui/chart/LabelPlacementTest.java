package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Labels beside markers, in screen coordinates: off the curves, off each other, inside the plot. */
class LabelPlacementTest {
    private static final Rectangle2D PLOT = new Rectangle2D.Double(50, 20, 600, 400);

    @Test
    void aLabelThatWouldSitOnACurveIsMovedOffIt() {
        LabelPlacement placement = new LabelPlacement(PLOT, 3, 160);
        // A horizontal curve just under the marker, where the preferred spot (below) would put the label.
        placement.addPolyline(new double[] {60, 640}, new double[] {215, 215});
        LabelPlacement.Placement placed = placement.place(new LabelPlacement.Request(300, 200, 4.5, 40, 16));
        Rectangle2D below = new Rectangle2D.Double(300 - 20, 200 + 4.5 + 3, 40, 16);
        assertTrue(below.intersectsLine(60, 215, 640, 215), "the test's curve does cross the preferred spot");
        assertTrue(placed.free());
        assertFalse(placed.box().intersectsLine(60, 215, 640, 215), placed.box().toString());
        assertTrue(placed.box().getMaxY() <= 200, "moved above the marker: " + placed.box());
    }

    @Test
    void aFreeSpotIsTheNearestBelowTheMarker() {
        LabelPlacement placement = new LabelPlacement(PLOT, 3, 160);
        LabelPlacement.Placement placed = placement.place(new LabelPlacement.Request(300, 200, 4.5, 40, 16));
        assertTrue(placed.free());
        assertFalse(placed.leader());
        assertTrue(Math.abs(placed.box().getCenterX() - 300) < 1e-9 && Math.abs(placed.box().getMinY() - 207.5) < 1e-9,
                placed.box().toString());
    }

    @Test
    void labelsCloseTogetherNeverOverlap() {
        LabelPlacement placement = new LabelPlacement(PLOT, 3, 160);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // Twelve markers 6 px apart: every label wants the same spot.
            boxes.add(placement.place(new LabelPlacement.Request(300 + 6 * i, 200 + 3 * i, 4.5, 44, 16)).box());
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertFalse(boxes.get(i).intersects(boxes.get(j)), i + " " + boxes.get(i) + " and " + j + " " + boxes.get(j));
            }
        }
    }

    @Test
    void labelsAtTheEdgesStayInsideThePlot() {
        LabelPlacement placement = new LabelPlacement(PLOT, 3, 160);
        double[][] corners = {{52, 22}, {648, 22}, {52, 418}, {648, 418}, {350, 419}, {51, 200}};
        for (double[] corner : corners) {
            Rectangle2D box = placement.place(new LabelPlacement.Request(corner[0], corner[1], 4.5, 50, 18)).box();
            assertTrue(PLOT.contains(box), corner[0] + "," + corner[1] + " -> " + box);
        }
    }

    @Test
    void bananasLikeTheIsoFlopViewsGetLabelsCrossingNoCurve() {
        // Twelve parabolas in screen space, each minimum a marker, minima joined by a line, as the view draws them.
        LabelPlacement placement = new LabelPlacement(PLOT, 3, 160);
        List<double[][]> curves = new ArrayList<>();
        double[] minX = new double[12];
        double[] minY = new double[12];
        for (int b = 0; b < 12; b++) {
            minX[b] = 120 + 42 * b;
            minY[b] = 120 + 240 * (1 - Math.exp(-b / 4.0));
            double[] xs = new double[200];
            double[] ys = new double[200];
            for (int i = 0; i < 200; i++) {
                xs[i] = minX[b] - 110 + 220 * i / 199.0;
                ys[i] = minY[b] + 0.012 * (xs[i] - minX[b]) * (xs[i] - minX[b]);
            }
            curves.add(new double[][] {xs, ys});
            placement.addPolyline(xs, ys);
            placement.addObstacle(new Rectangle2D.Double(minX[b] - 4.5, minY[b] - 4.5, 9, 9));
        }
        curves.add(new double[][] {minX, minY});
        placement.addPolyline(minX, minY);
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            LabelPlacement.Placement placed = placement.place(new LabelPlacement.Request(minX[b], minY[b], 4.5, 36, 16));
            assertTrue(placed.free(), "budget " + b + " found a free spot");
            boxes.add(placed.box());
        }
        for (Rectangle2D box : boxes) {
            assertTrue(PLOT.contains(box));
            for (double[][] curve : curves) {
                for (int i = 1; i < curve[0].length; i++) {
                    assertFalse(box.intersectsLine(curve[0][i - 1], curve[1][i - 1], curve[0][i], curve[1][i]),
                            box + " crosses a curve");
                }
            }
        }
    }

    @Test
    void whenNothingIsFreeTheLeastCrossedSpotIsTakenAndSaidSo() {
        LabelPlacement placement = new LabelPlacement(new Rectangle2D.Double(0, 0, 200, 200), 3, 40);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            placement.addPolyline(new double[] {random.nextDouble() * 200, random.nextDouble() * 200},
                    new double[] {random.nextDouble() * 200, random.nextDouble() * 200});
        }
        LabelPlacement.Placement placed = placement.place(new LabelPlacement.Request(100, 100, 4, 40, 16));
        assertFalse(placed.free());
        assertTrue(new Rectangle2D.Double(0, 0, 200, 200).contains(placed.box()));
    }
}
