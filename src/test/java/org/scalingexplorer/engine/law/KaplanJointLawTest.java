package org.scalingexplorer.engine.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Kaplan's joint law, L(N, D) = [(N_c/N)^(alpha_N/alpha_D) + D_c/D]^alpha_D, over the sliders' whole reach. */
class KaplanJointLawTest {

    @Test
    void thePublishedLawGivesTheDirectFormula() {
        KaplanLaw law = (KaplanLaw) LawPreset.KAPLAN_2020.law();
        for (double params : new double[] {1e6, 1e9, 1e12}) {
            for (double tokens : new double[] {1e8, 1e10, 1e13}) {
                double direct = Math.pow(Math.pow(8.8e13 / params, 0.076 / 0.095) + 5.4e13 / tokens, 0.095);
                assertEquals(direct, law.loss(params, tokens), 1e-12 * direct, params + ", " + tokens);
            }
        }
    }

    @Test
    void aSteepRatioOfExponentsNoLongerOverflows() {
        // alpha_N / alpha_D = 30: (N_c/N)^30 is 1e300 at N = 1e6 and N_c = 1e16, past a double at smaller N.
        KaplanLaw law = new KaplanLaw(0.3, 0.01, 1e16, 1e10, 0.05, 3.1e8);
        double loss = law.loss(1e5, 1e10);
        assertTrue(Double.isFinite(loss), "loss " + loss);
        // Only the params part counts there: (N_c/N)^alpha_N = 1e11^0.3.
        assertEquals(Math.pow(1e11, 0.3), loss, 1e-9 * loss);
        assertEquals(law.lossOfParams(1e5), loss, 1e-9 * loss);
    }
}
