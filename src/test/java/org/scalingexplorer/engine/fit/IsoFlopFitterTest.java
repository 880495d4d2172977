package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.ChinchillaOptimum;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

class IsoFlopFitterTest {

    private static final ChinchillaLaw LAW = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);

    /**
     * isoFLOP sweeps of 9 sizes spread symmetrically (in log N) around the law's optimum; with
     * {@code jitter}, budgets alternate by that fraction above and below the nominal one, as
     * figures read off a plot do.
     */
    private static List<TrainingRun> isoFlopRuns(boolean labelled, double jitter) {
        ChinchillaOptimum optimum = ChinchillaOptimum.of(LAW);
        List<TrainingRun> runs = new ArrayList<>();
        for (double flops : new double[] {6e18, 1e19, 3e19, 6e19, 1e20, 3e20, 6e20, 1e21, 3e21}) {
            for (int k = -4; k <= 4; k++) {
                double params = optimum.params(flops) * Math.exp(0.25 * k);
                double runFlops = flops * (1 + (k % 2 == 0 ? jitter : -jitter));
                double tokens = runFlops / (6 * params);
                runs.add(new TrainingRun(params, tokens, runFlops, LAW.loss(params, tokens), Double.NaN,
                        labelled ? String.format("%.0e", flops) : "", ""));
            }
        }
        return runs;
    }

    @Test
    void recoversTheClosedFormExponentsFromIsoFlopProfiles() {
        ChinchillaOptimum optimum = ChinchillaOptimum.of(LAW);
        for (boolean labelled : new boolean[] {true, false}) {
            Approach2Fit fit = new IsoFlopFitter().fit(isoFlopRuns(labelled, labelled ? 0 : 0.03));
            assertEquals(9, fit.profiles().size(), fit.skipped().toString());
            assertEquals(optimum.paramsExponent(), fit.aExponent(), 0.01);
            assertEquals(optimum.tokensExponent(), fit.bExponent(), 0.01);
            assertEquals(1.0, fit.aExponent() + fit.bExponent(), 1e-9, "6 N D = C ties the exponents");
            for (IsoFlopProfile profile : fit.profiles()) {
                assertTrue(profile.vertexInsideRuns());
                // A parabola in log N only approximates the exact profile; jitter moves the vertex further.
                assertEquals(optimum.params(profile.flops()), profile.optimalParams(),
                        (labelled ? 0.02 : 0.10) * profile.optimalParams(), profile.label());
            }
        }
    }

    @Test
    void clustersBudgetsWithinTheTolerance() {
        List<TrainingRun> runs = isoFlopRuns(false, 0.03);
        assertEquals(9, new IsoFlopFitter().groups(runs).size());
        assertEquals(9 * 9, new IsoFlopFitter().groups(runs).values().stream().mapToInt(List::size).sum());
    }

    @Test
    void epochDataGivesAboutHalfAndHalf() {
        // Hoffmann et al. report a = 0.49, b = 0.51 for Approach 2; the extracted points agree roughly.
        Approach2Fit fit = new IsoFlopFitter().fit(RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(), 5));
        assertEquals(0.5, fit.aExponent(), 0.05);
        assertEquals(0.5, fit.bExponent(), 0.05);
    }

    @Test
    void tooFewBudgetsAreRefused() {
        List<TrainingRun> oneBudget = isoFlopRuns(true, 0).subList(0, 9);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new IsoFlopFitter().fit(oneBudget));
        assertTrue(error.getMessage().contains("at least 2 budgets"), error.getMessage());
    }
}
