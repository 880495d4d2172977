package org.scalingexplorer.engine.repetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

class QualityQuantityCurvesTest {

    private static final DataConstrainedLaw LAW = DataConstrainedLaw.MUENNIGHOFF_2023;

    /**
     * Build the crossing in on purpose: give the small pool exactly the quality advantage it loses to
     * repetition at 1e23 FLOPs, measured against a pool so large it is never repeated. The curves must
     * then cross at 1e23, with the small clean pool ahead below it and the large one ahead above.
     */
    @Test
    void curvesCrossWhereTheQualityAdvantageIsUsedUp() {
        double crossingFlops = 1e23;
        double smallPoolTokens = 25e9;
        ComputeBudget budget = ComputeBudget.ofFlops(crossingFlops);
        double repetitionPenalty = DataConstrainedAllocator.allocate(LAW, budget, smallPoolTokens).loss()
                - DataConstrainedAllocator.allocateFresh(LAW, budget).loss();
        DataPool clean = new DataPool("clean", smallPoolTokens, -repetitionPenalty);
        DataPool large = new DataPool("large", 1e15, 0);

        QualityQuantityCurves curves = QualityQuantityCurves.of(LAW, List.of(clean, large), 1e19, 1e26, 36);

        assertEquals(1, curves.crossings().size(), curves.crossings().toString());
        PoolCrossing crossing = curves.crossings().get(0);
        assertEquals(Math.log10(crossingFlops), Math.log10(crossing.flops()), 1e-6);
        assertEquals("clean", crossing.betterBelow().name());
        assertEquals("large", crossing.betterAbove().name());
        assertTrue(curves.curveOf("clean").loss()[0] < curves.curveOf("large").loss()[0]);
        assertTrue(curves.curveOf("clean").loss()[35] > curves.curveOf("large").loss()[35]);
    }

    @Test
    void poolsOfEqualSizeNeverCross() {
        QualityQuantityCurves curves = QualityQuantityCurves.of(LAW,
                List.of(new DataPool("better", 1e11, -0.05), new DataPool("worse", 1e11, 0)), 1e19, 1e26, 20);
        assertTrue(curves.crossings().isEmpty());
        for (int i = 0; i < curves.flops().length; i++) {
            assertEquals(0.05, curves.curveOf("worse").loss()[i] - curves.curveOf("better").loss()[i], 1e-9);
        }
    }

    @Test
    void illustrativePoolsCrossInOrderOfSize() {
        QualityQuantityCurves curves = QualityQuantityCurves.of(LAW, DataScenario.ILLUSTRATIVE_POOLS, 1e19, 1e26, 36);
        assertEquals(3, curves.crossings().size(), curves.crossings().toString());
        for (PoolCrossing crossing : curves.crossings()) {
            assertTrue(crossing.betterBelow().uniqueTokens() < crossing.betterAbove().uniqueTokens(),
                    "the smaller, cleaner pool wins at small budgets: " + crossing);
            double first = QualityQuantityCurves.optimalLoss(LAW, crossing.betterBelow(), crossing.flops());
            double second = QualityQuantityCurves.optimalLoss(LAW, crossing.betterAbove(), crossing.flops());
            assertEquals(first, second, 1e-7, "equal loss at " + crossing.flops());
        }
    }

    @Test
    void aQualityOffsetThatMakesETooSmallIsRefused() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> QualityQuantityCurves.of(LAW, List.of(new DataPool("magic", 1e10, -5)), 1e19, 1e26, 10));
        assertTrue(e.getMessage().contains("qualityOffset") && e.getMessage().contains("-5.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new DataPool("empty", 0, 0));
        assertTrue(e.getMessage().contains("uniqueTokens") && e.getMessage().contains("0.0"), e.getMessage());
    }
}
