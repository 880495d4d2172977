package org.scalingexplorer.ui.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.ConstantBounds;
import org.scalingexplorer.engine.law.KaplanLaw;

/** The sliders reach exactly as far as the engine lets a session or a lesson set a constant. */
class ConstantRangeTest {

    @Test
    void theSlidersUseTheEngineRanges() {
        for (String key : new String[] {ChinchillaLaw.E, ChinchillaLaw.A, ChinchillaLaw.B, ChinchillaLaw.ALPHA,
                ChinchillaLaw.BETA, KaplanLaw.ALPHA_N, KaplanLaw.ALPHA_D, KaplanLaw.N_C, KaplanLaw.D_C}) {
            ConstantBounds bounds = ConstantBounds.of(key).orElseThrow();
            ConstantRange slider = ConstantRange.forKey(key).orElseThrow();
            assertEquals(new ConstantRange(bounds.min(), bounds.max(), bounds.logScale()), slider, key);
        }
        assertTrue(ConstantRange.forKey(KaplanLaw.ALPHA_C_MIN).isEmpty(), "Kaplan's compute law has no slider");
        assertTrue(ConstantBounds.of(KaplanLaw.ALPHA_C_MIN).isPresent(), "but a session still cannot set it to anything");
    }
}
