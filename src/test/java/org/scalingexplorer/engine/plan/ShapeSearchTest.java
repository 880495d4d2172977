package org.scalingexplorer.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShapeSearchTest {

    @Test
    void everyShapeIsWithinTenPercentAndFollowsTheRules() {
        for (double target : new double[] {1.2e8, 1e9, 7e9, 6.5e10, 1.75e11, 1e12}) {
            List<TransformerShape> shapes = ShapeSearch.closest(target, 32_000, 0.10, 50);
            assertFalse(shapes.isEmpty(), "no shape for " + target);
            double previous = 0;
            for (TransformerShape shape : shapes) {
                double distance = shape.relativeDistance(target);
                assertTrue(distance <= 0.10, shape + " is " + distance + " from " + target);
                assertTrue(distance >= previous, "not sorted by closeness at " + shape);
                previous = distance;
                assertEquals(0, shape.width() % 64, shape.toString());
                assertTrue(shape.headSize() == 64 || shape.headSize() == 128, shape.toString());
                assertEquals(shape.width(), shape.heads() * shape.headSize(), shape.toString());
                assertTrue(shape.aspectRatio() >= 32 && shape.aspectRatio() <= 256, shape.toString());
                assertEquals(12.0 * shape.layers() * shape.width() * (double) shape.width(), shape.nonEmbeddingParams());
                assertEquals(32_000.0 * shape.width(), shape.embeddingParams());
            }
        }
    }

    @Test
    void sevenBillionFindsShapesWithinAFractionOfAPercent() {
        List<TransformerShape> shapes = ShapeSearch.closest(7e9, 32_000, 0.10, 10);
        assertEquals(10, shapes.size());
        assertTrue(shapes.get(0).relativeDistance(7e9) < 1e-3, shapes.get(0).toString());
    }

    @Test
    void aTargetTooSmallForTheAspectRulesHasNoShape() {
        // The smallest allowed shape, one layer of width 64, already has 12 * 64^2 = 49,152 parameters.
        assertTrue(ShapeSearch.closest(1e3, 32_000, 0.10, 10).isEmpty());
    }
}
