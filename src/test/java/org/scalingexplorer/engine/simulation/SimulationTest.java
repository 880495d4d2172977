package org.scalingexplorer.engine.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SimulationTest {

    private static final int[] SIZES = {4, 16, 64, 256, 1024, 4096};

    @Test
    void meanEstimationFallsWithSlopeMinusOne() {
        SimulatedCurve curve = MeanEstimationSimulation.run(7, SIZES, 400, 2.0);
        assertEquals(-1.0, curve.fittedSlope(), 0.1);
        // sigma^2 / n at n = 4 with sigma = 2 is 1.
        assertEquals(1.0, curve.error()[0], 0.25);
    }

    @Test
    void nearestNeighbourDistanceFallsLikeMinusOneOverD() {
        assertEquals(-1.0, NearestNeighbourSimulation.run(3, 1, SIZES, 300).fittedSlope(), 0.12);
        assertEquals(-0.5, NearestNeighbourSimulation.run(3, 2, SIZES, 300).fittedSlope(), 0.08);
        assertEquals(-0.25, NearestNeighbourSimulation.run(3, 4, SIZES, 300).fittedSlope(), 0.07);
    }

    @Test
    void theSameSeedGivesTheSameCurve() {
        assertArrayEquals(MeanEstimationSimulation.run(11, SIZES, 50, 1).error(),
                MeanEstimationSimulation.run(11, SIZES, 50, 1).error());
    }

    @Test
    void badSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> NearestNeighbourSimulation.run(1, 0, SIZES, 10));
        assertThrows(IllegalArgumentException.class, () -> MeanEstimationSimulation.run(1, new int[] {0}, 10, 1));
    }
}
