package org.scalingexplorer.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverfittingBoundTest {

    @Test
    void kaplansConditionAtABillionParameters() {
        // 5e3 * (1e9)^0.74 = 2.29e10 tokens.
        assertEquals(2.2855e10, OverfittingBound.minTokens(1e9), 0.001e10);
        assertEquals(1e9, OverfittingBound.maxParams(OverfittingBound.minTokens(1e9)), 1);
        assertTrue(OverfittingBound.avoidsOverfitting(1e9, 3e10));
        assertFalse(OverfittingBound.avoidsOverfitting(1e9, 1e10));
        assertEquals(2, OverfittingBound.margin(1e9, 2 * OverfittingBound.minTokens(1e9)), 1e-12);
    }

    @Test
    void eightTimesTheParametersNeedAboutFiveTimesTheData() {
        double ratio = OverfittingBound.minTokens(8e9) / OverfittingBound.minTokens(1e9);
        assertEquals(4.66, ratio, 0.01);
    }

    @Test
    void aNonPositiveSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> OverfittingBound.minTokens(0));
        assertThrows(IllegalArgumentException.class, () -> OverfittingBound.maxParams(-1));
    }
}
