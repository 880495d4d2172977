package org.scalingexplorer.engine.repetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

class OffsetTest {

    private static final DataConstrainedLaw LAW = DataConstrainedLaw.MUENNIGHOFF_2023;

    @Test
    void testDistributionsGiveParallelLinesWithTheirOffsets() {
        ParallelLines lines = ParallelLines.of(LAW, DataScenario.ILLUSTRATIVE_TEST_SETS, 1e7, 1e12, 50);
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i + 1 < 50; i++) {
                assertEquals(-LAW.alpha(), lines.logLogSlope(k, i), 1e-9, "slope of line " + k);
            }
            double gap = Math.log(lines.loss().get(k)[17]) - Math.log(lines.loss().get(0)[17]);
            assertEquals(DataScenario.ILLUSTRATIVE_TEST_SETS.get(k).logOffset(), gap, 1e-12);
        }
    }

    @Test
    void mixtureOffsetIsUShapedWithTheClosedFormMinimum() {
        MixtureOffset mixture = new MixtureOffset(0.0, 0.05, 0.03);
        assertEquals(0.8411309, mixture.bestWeight(), 1e-7);
        MixtureOffset.MixtureCurve curve = mixture.curve(101, 0.25);
        assertEquals(0.05, curve.offset()[0], 1e-15, "all second source");
        assertEquals(0.0, curve.offset()[100], 1e-15, "all first source");
        int lowest = 0;
        for (int i = 1; i < 101; i++) {
            if (curve.offset()[i] < curve.offset()[lowest]) {
                lowest = i;
            }
        }
        assertEquals(84, lowest);
        assertTrue(curve.bestOffset() < 0, "the best mixture beats both pure sources");
        assertEquals(0.25, curve.chosenWeight());
        assertEquals(mixture.offset(0.25), curve.chosenOffset(), 1e-15);
        assertTrue(curve.chosenOffset() > curve.bestOffset());
        for (int i = 1; i + 1 < 101; i++) {
            double secondDifference = curve.offset()[i - 1] - 2 * curve.offset()[i] + curve.offset()[i + 1];
            assertTrue(secondDifference > 0, "convex at " + i);
        }
    }

    @Test
    void badMixturesAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> new MixtureOffset(0, 0.05, 0));
        assertTrue(e.getMessage().startsWith("diversityBonus"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new MixtureOffset(0, 0.05, 0.03).offset(1.5));
        assertTrue(e.getMessage().contains("weight") && e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParallelLines.of(LAW, List.of(), 1e7, 1e12, 10));
    }
}
