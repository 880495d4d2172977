package org.scalingexplorer.engine.compute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets on the 1-2-5 ladder, as the isoFLOP slider offers them. */
class BudgetLadderTest {

    @Test
    void aBudgetSnapsToTheNearestRungInLogSpace() {
        assertEquals(26, BudgetLadder.snapLog10(Math.log10(9.69e25)), 0, "9.69e25 is 1e26 to a reader");
        assertEquals(Math.log10(2e21), BudgetLadder.snapLog10(21.2), 0);
        assertEquals(Math.log10(5e21), BudgetLadder.snapLog10(21.6), 0);
        assertEquals(21, BudgetLadder.snapLog10(21.1), 0);
        assertEquals(22, BudgetLadder.snapLog10(21.9), 0);
        assertEquals(5e20, BudgetLadder.snap(3.3e20), 0);
        assertEquals(2e20, BudgetLadder.snap(3.1e20), 0);
        assertEquals(1e15, BudgetLadder.snap(1.2e15), 0);
    }

    @Test
    void rungsAreTheExactDecimals() {
        assertEquals(List.of(1e20, 2e20, 5e20, 1e21, 2e21), BudgetLadder.rungs(1e20, 2e21));
        assertEquals(List.of(2e20, 5e20), BudgetLadder.rungs(Math.pow(10, Math.log10(2e20)), 9e20),
                "an end that is a rung after a trip through log10 still counts");
    }

    @Test
    void stepsGoFromRungToRung() {
        assertEquals(Math.log10(2e21), BudgetLadder.stepLog10(21, 1), 0);
        assertEquals(Math.log10(5e21), BudgetLadder.stepLog10(21, 2), 0);
        assertEquals(22, BudgetLadder.stepLog10(21, 3), 0);
        assertEquals(Math.log10(5e20), BudgetLadder.stepLog10(21, -1), 0);
    }

    @Test
    void pickSpreadsTheCountAlongTheLadderWithBothEnds() {
        assertArrayEquals(new double[] {1e18, 1e19, 1e20, 1e21, 1e22, 1e23, 1e24}, BudgetLadder.pick(1e18, 1e24, 7));
        assertArrayEquals(new double[] {1e20, 2e20, 5e20}, BudgetLadder.pick(1e20, 5e20, 9), "all, when fewer");
        double[] twelve = BudgetLadder.pick(1e15, 1e27, 12);
        assertEquals(12, twelve.length);
        assertEquals(1e15, twelve[0]);
        assertEquals(1e27, twelve[11]);
        for (double flops : twelve) {
            assertEquals(flops, BudgetLadder.snap(flops), 0, flops + " is on the ladder");
        }
        assertThrows(IllegalArgumentException.class, () -> BudgetLadder.pick(1e20, 1e21, 1));
        assertThrows(IllegalArgumentException.class, () -> BudgetLadder.snapLog10(Double.NaN));
    }
}
