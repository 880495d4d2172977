package org.scalingexplorer.engine.repetition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

class RepetitionValueTest {

    private static final DataConstrainedLaw LAW = DataConstrainedLaw.MUENNIGHOFF_2023;

    @Test
    void oneEpochIsFreshData() {
        RepetitionValue once = RepetitionValue.of(LAW, 1e11, 1);
        assertEquals(1e11, once.effectiveTokens(), 1e-3);
        assertEquals(1, once.repeatedTokensValue());
        assertEquals(1, once.overallValue(), 1e-15);
        assertEquals(1, once.marginalValue(), 1e-15);
    }

    /**
     * Expected values worked out by hand from D'/U_D = 1 + R_D* (1 - exp(-(epochs - 1)/R_D*)) with
     * R_D* = 15.387756: 3.7256731 at 4 epochs, 15.1674648 at 40.
     */
    @Test
    void fourEpochsAreNearlyAsGoodAsNewAndFortyNearlyWorthless() {
        RepetitionValue four = RepetitionValue.of(LAW, 1e11, RepetitionValue.NEARLY_AS_GOOD_AS_NEW_EPOCHS);
        assertEquals(3.7256731, four.effectiveEpochs(), 1e-7);
        assertEquals(0.9314183, four.overallValue(), 1e-7);
        assertEquals(0.9085577, four.repeatedTokensValue(), 1e-7);
        assertEquals(0.8228674, four.marginalValue(), 1e-7);

        RepetitionValue forty = RepetitionValue.of(LAW, 1e11, RepetitionValue.NEARLY_WORTHLESS_EPOCHS);
        assertEquals(15.1674648, forty.effectiveEpochs(), 1e-7);
        assertEquals(0.3791866, forty.overallValue(), 1e-7);
        assertEquals(0.3632683, forty.repeatedTokensValue(), 1e-7);
        assertEquals(0.0793027, forty.marginalValue(), 1e-7);

        assertTrue(four.overallValue() > 0.9, "4 epochs: over 90% of fresh data");
        assertTrue(forty.marginalValue() < 0.1, "the 40th epoch: under 10% of fresh data");
    }

    @Test
    void marginalValueIsTheSlopeOfEffectiveTokens() {
        double unique = 1e10;
        for (double epochs : new double[] {1.5, 4, 16, 40}) {
            double h = 1e-4;
            double slope = (LAW.effectiveTokens(unique * (epochs + h), unique)
                    - LAW.effectiveTokens(unique * (epochs - h), unique)) / (2 * h * unique);
            assertEquals(RepetitionValue.of(LAW, unique, epochs).marginalValue(), slope, 1e-6, "epochs " + epochs);
        }
    }

    @Test
    void effectiveTokensCurveApproachesItsCeiling() {
        EffectiveTokensCurve curve = EffectiveTokensCurve.of(LAW, 1e10, 100, 200);
        assertEquals(200, curve.size());
        assertEquals(1, curve.epochs()[0]);
        assertEquals(100, curve.epochs()[199], 1e-12);
        assertEquals(1, curve.effectiveEpochs()[0], 1e-12);
        for (int i = 1; i < curve.size(); i++) {
            assertTrue(curve.effectiveTokens()[i] > curve.effectiveTokens()[i - 1], "D' grows at " + i);
            assertTrue(curve.marginalValue()[i] < curve.marginalValue()[i - 1], "each epoch is worth less at " + i);
        }
        // By 1000 epochs exp(-R_D / R_D*) is below 1e-28: D' has reached U_D (1 + R_D*) to double precision.
        EffectiveTokensCurve far = EffectiveTokensCurve.of(LAW, 1e10, 1000, 20);
        double ceiling = 1 + LAW.repeatedTokensDecay();
        assertEquals(ceiling, far.effectiveEpochs()[19], ceiling * 1e-12);
    }

    @Test
    void repeatingCostsLossAgainstFreshTokens() {
        RepetitionLossCurves curves = RepetitionLossCurves.of(LAW, 7e9, 25e9, 100, 200);
        assertEquals(curves.lossFresh()[0], curves.lossRepeated()[0], 1e-12, "one epoch is fresh data");
        for (int i = 1; i < curves.size(); i++) {
            assertTrue(curves.lossRepeated()[i] > curves.lossFresh()[i], "repeats cost loss at " + i);
            assertTrue(curves.lossRepeated()[i] - curves.lossFresh()[i]
                    >= curves.lossRepeated()[i - 1] - curves.lossFresh()[i - 1], "the gap widens at " + i);
        }
    }

    @Test
    void badInputIsRefusedWithItsNameAndValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> RepetitionValue.of(LAW, 1e11, 0.5));
        assertEquals("epochs must be 1.0 or more, got 0.5", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RepetitionValue.of(LAW, 0, 4));
        assertEquals("uniqueTokens must be greater than 0, got 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RepetitionValue.of(LAW, 1e11, Double.NaN));
        assertEquals("epochs must be a finite number, got NaN", e.getMessage());
    }
}
