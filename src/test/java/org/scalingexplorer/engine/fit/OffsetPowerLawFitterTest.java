package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.TrainingRun;

class OffsetPowerLawFitterTest {

    @Test
    void recoversAPowerLawWithOffsetAgainstEachVariable() {
        double a = 406.4;
        double alpha = 0.34;
        double e = 1.69;
        for (FitVariable variable : FitVariable.values()) {
            List<TrainingRun> runs = new ArrayList<>();
            for (double x = 1e7; x < 1e12; x *= 1.7) {
                double loss = a * Math.pow(x, -alpha) + e;
                runs.add(run(variable, x, loss));
            }
            OffsetPowerLawFit fit = new OffsetPowerLawFitter().fit(runs, variable);
            assertTrue(fit.converged(), fit.status());
            assertEquals(alpha, fit.alpha(), 1e-6, variable.id());
            assertEquals(e, fit.irreducible(), 1e-6, variable.id());
            assertEquals(a, fit.coefficient(), 1e-4 * a, variable.id());
            assertEquals(0, fit.sumOfSquares(), 1e-15);
        }
    }

    @Test
    void holdOutOfExactDataPredictsTheExpensiveRuns() {
        List<TrainingRun> runs = new ArrayList<>();
        for (double flops = 1e18; flops < 1e23; flops *= 1.5) {
            runs.add(run(FitVariable.FLOPS, flops, 2340 * Math.pow(flops, -0.17) + 1.78));
        }
        HoldoutResult result = Holdout.powerLaw(runs, 1e21, new OffsetPowerLawFitter(), FitVariable.FLOPS);
        assertEquals(runs.stream().filter(r -> r.flops() > 1e21).count(), result.nRuns());
        assertEquals(runs.size() - result.nRuns(), result.trainRuns());
        assertTrue(result.maxRelError() < 1e-6, "max relative error " + result.maxRelError());
        assertTrue(result.meanRelError() <= result.maxRelError());
    }

    /** A run whose chosen variable equals x; the other two are set so C = 6ND holds. */
    private static TrainingRun run(FitVariable variable, double x, double loss) {
        return switch (variable) {
            case PARAMS -> TrainingRun.of(x, 2e10, loss);
            case TOKENS -> TrainingRun.of(1e9, x, loss);
            case FLOPS -> TrainingRun.of(1e9, x / 6e9, loss);
        };
    }
}
