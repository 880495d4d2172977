package org.scalingexplorer.engine.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Marching squares on fields whose contours are known exactly. */
class SurfaceContourTest {

    private static final class Grid {
        final double[] xs;
        final double[] ys;
        final double[] values;
        final MarchingSquares tracer;

        Grid(int columns, int rows, double from, double to, DoubleBinaryOperator field) {
            xs = new double[columns];
            ys = new double[rows];
            values = new double[columns * rows];
            for (int c = 0; c < columns; c++) {
                xs[c] = from + (to - from) * c / (columns - 1);
            }
            for (int r = 0; r < rows; r++) {
                ys[r] = from + (to - from) * r / (rows - 1);
                for (int c = 0; c < columns; c++) {
                    values[r * columns + c] = field.applyAsDouble(xs[c], ys[r]);
                }
            }
            tracer = new MarchingSquares(columns, rows);
        }

        List<ContourLine> trace(double level) {
            return tracer.trace(values, xs, ys, level);
        }
    }

    @Test
    void circleOfAParaboloidIsOneClosedRing() {
        Grid grid = new Grid(101, 101, -2, 2, (x, y) -> x * x + y * y);
        List<ContourLine> lines = grid.trace(1);
        assertEquals(1, lines.size());
        ContourLine ring = lines.get(0);
        assertTrue(ring.closed());
        int last = ring.size() - 1;
        assertEquals(ring.log10Params()[0], ring.log10Params()[last]);
        assertEquals(ring.log10Tokens()[0], ring.log10Tokens()[last]);
        // A 0.04-wide cell interpolates x^2 linearly: the crossing is off the circle by at most h^2/8/(2r).
        for (int i = 0; i < ring.size(); i++) {
            double radius = Math.hypot(ring.log10Params()[i], ring.log10Tokens()[i]);
            assertEquals(1, radius, 2e-4);
        }
        assertEquals(Math.PI, Math.abs(area(ring)), Math.PI * 0.005);
        // 4 crossings per row the circle spans, about: a ring, not a few scattered segments.
        assertTrue(ring.size() > 150, "ring has " + ring.size() + " points");
    }

    @Test
    void planeGivesAStraightLineAtTheExactLevel() {
        Grid grid = new Grid(41, 31, -2, 2, (x, y) -> x);
        List<ContourLine> lines = grid.trace(0.33);
        assertEquals(1, lines.size());
        ContourLine line = lines.get(0);
        assertFalse(line.closed());
        assertEquals(31, line.size());
        for (int i = 0; i < line.size(); i++) {
            assertEquals(0.33, line.log10Params()[i], 1e-12);
        }
        double ends = Math.abs(line.log10Tokens()[0] - line.log10Tokens()[line.size() - 1]);
        assertEquals(4, ends, 1e-12);
    }

    @Test
    void saddleSplitsIntoTwoBranches() {
        Grid grid = new Grid(41, 41, -1, 1, (x, y) -> x * y);
        List<ContourLine> lines = grid.trace(0.2);
        assertEquals(2, lines.size());
        for (ContourLine branch : lines) {
            assertFalse(branch.closed());
            for (int i = 0; i < branch.size(); i++) {
                assertEquals(0.2, branch.log10Params()[i] * branch.log10Tokens()[i], 2e-3);
            }
        }
    }

    @Test
    void saddleCellKeepsTheBranchesApart() {
        // 40 points over -1..1 put the origin in the middle of a cell whose corners alternate in sign:
        // just above 0 the centre (0) is below the level, so the two branches must not join through it.
        Grid grid = new Grid(40, 40, -1, 1, (x, y) -> x * y);
        List<ContourLine> lines = grid.trace(1e-4);
        assertEquals(2, lines.size());
        for (ContourLine branch : lines) {
            double sign = Math.signum(branch.log10Params()[0]);
            for (int i = 0; i < branch.size(); i++) {
                assertEquals(sign, Math.signum(branch.log10Params()[i]), "branch stays in its quadrant");
                assertEquals(sign, Math.signum(branch.log10Tokens()[i]), "branch stays in its quadrant");
            }
        }
        // Just below 0 the centre is above the level: now the branches in the other two quadrants stay apart.
        List<ContourLine> below = grid.trace(-1e-4);
        assertEquals(2, below.size());
        for (ContourLine branch : below) {
            double sign = Math.signum(branch.log10Params()[0]);
            for (int i = 0; i < branch.size(); i++) {
                assertEquals(sign, Math.signum(branch.log10Params()[i]));
                assertEquals(-sign, Math.signum(branch.log10Tokens()[i]));
            }
        }
    }

    @Test
    void twoHillsGiveTwoLoops() {
        Grid grid = new Grid(121, 121, -2, 2, (x, y) ->
                Math.exp(-4 * ((x - 1) * (x - 1) + y * y)) + Math.exp(-4 * ((x + 1) * (x + 1) + y * y)));
        List<ContourLine> lines = grid.trace(0.5);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).closed() && lines.get(1).closed());
        // exp(-4 r^2) = 0.5 at r^2 = ln2 / 4; the other hill adds almost nothing there.
        double expectedArea = Math.PI * Math.log(2) / 4;
        for (ContourLine loop : lines) {
            assertEquals(expectedArea, Math.abs(area(loop)), expectedArea * 0.01);
        }
    }

    @Test
    void levelOutsideTheRangeGivesNothingAndBuffersAreReusable() {
        Grid grid = new Grid(51, 51, -2, 2, (x, y) -> x * x + y * y);
        assertTrue(grid.trace(100).isEmpty());
        assertTrue(grid.trace(-1).isEmpty());
        // Tracing many levels in a row must not leak links from one level into the next.
        for (int round = 0; round < 3; round++) {
            for (double level : new double[] {0.5, 1, 2, 3}) {
                List<ContourLine> lines = grid.trace(level);
                assertEquals(1, lines.size(), "level " + level);
                assertTrue(lines.get(0).closed());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> grid.trace(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> grid.tracer.trace(new double[3], grid.xs, grid.ys, 1));
    }

    private static double area(ContourLine line) {
        double sum = 0;
        for (int i = 0; i + 1 < line.size(); i++) {
            sum += line.log10Params()[i] * line.log10Tokens()[i + 1] - line.log10Params()[i + 1] * line.log10Tokens()[i];
        }
        return sum / 2;
    }
}
