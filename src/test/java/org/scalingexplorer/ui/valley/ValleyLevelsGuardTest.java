package org.scalingexplorer.ui.valley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Contour levels and loss ticks stay few whatever the span of losses: a loss of 1e300 once hung the render. */
class ValleyLevelsGuardTest {

    @Test
    void aHugeSpanGivesAFewDecadesAtOnce() {
        double[] levels = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LossValleyViewModel.niceLevels(1.7, 1e300, 10));
        assertTrue(levels.length >= 1 && levels.length <= 10, levels.length + " levels");
        for (double level : levels) {
            assertTrue(level > 1.7 && level < 1e300, "inside: " + level);
        }
    }

    @Test
    void nonFiniteBoundsGiveNoLevels() {
        assertEquals(0, LossValleyViewModel.niceLevels(1.7, Double.POSITIVE_INFINITY, 10).length);
        assertEquals(0, LossValleyViewModel.niceLevels(Double.NaN, 3, 10).length);
    }
}
