package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;

class AsymmetricHuberLossTest {

    private static final List<TrainingRun> RUNS = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(), 5);

    private static final double[][] POINTS = {
        {6.169, 7.670, 0.5973, 0.3473, 0.3672},
        {6.0, 7.5, 0.6, 0.34, 0.37},
        {10, 15, 0, 0.5, 0.5},
        {3.2, 11.7, -0.3, 0.12, 0.61},
    };

    @Test
    void runsBelowTheCurveCostLambdaTimesMore() {
        AsymmetricHuberLoss loss = new AsymmetricHuberLoss(1e-3, 10);
        HuberLoss huber = new HuberLoss(1e-3);
        for (double r : new double[] {5e-4, 0.02, 0.3}) {
            // r > 0: the prediction is above the observed loss, the run lies below the curve.
            assertEquals(10 * huber.value(r), loss.value(r), 1e-15);
            assertEquals(10 * huber.slope(r), loss.slope(r), 1e-15);
            assertEquals(huber.value(-r), loss.value(-r), 1e-15);
            assertEquals(huber.slope(-r), loss.slope(-r), 1e-15);
        }
        assertEquals(0, loss.slope(0));
        assertThrows(IllegalArgumentException.class, () -> new AsymmetricHuberLoss(1e-3, 0.5));
    }

    @Test
    void analyticGradientMatchesCentralDifferences() {
        for (double lambda : new double[] {1, 10, 100}) {
            for (double delta : new double[] {1e-3, 0.05}) {
                LogLossObjective objective = new LogLossObjective(RUNS, new AsymmetricHuberLoss(delta, lambda));
                for (double[] point : POINTS) {
                    double[] gradient = new double[5];
                    objective.valueAndGradient(point, gradient);
                    for (int k = 0; k < 5; k++) {
                        double h = 1e-6 * Math.max(1, Math.abs(point[k]));
                        double[] up = point.clone();
                        double[] down = point.clone();
                        up[k] += h;
                        down[k] -= h;
                        double numeric = (objective.value(up) - objective.value(down)) / (2 * h);
                        double scale = Math.max(Math.abs(numeric), 1e-3 * objective.value(point) + 1e-12);
                        assertEquals(numeric, gradient[k], 1e-5 * scale + 1e-10, "component " + k + " at lambda "
                                + lambda + ", delta " + delta + ", point " + Arrays.toString(point));
                    }
                }
            }
        }
    }

    @Test
    void lambdaOneIsTheHuberObjective() {
        LogLossObjective asymmetric = new LogLossObjective(RUNS, new AsymmetricHuberLoss(1e-3, 1));
        HuberLogLossObjective huber = new HuberLogLossObjective(RUNS, 1e-3);
        for (double[] point : POINTS) {
            assertEquals(huber.value(point), asymmetric.value(point), 1e-15 * huber.value(point));
        }
    }

    @Test
    void theFitterUsesThePenaltyItIsGiven() {
        // Only the runs below the fitted curve change their weight, so the lower-envelope fit must put
        // fewer runs below its curve than the Huber fit of the same runs.
        Approach3Fitter huberFitter = new Approach3Fitter();
        Approach3Fit huber = huberFitter.fit(RUNS);
        Approach3Fit envelope = huberFitter.withPenalty(AsymmetricHuberLoss.chinchilla(10)).refit(RUNS, huber, () -> false);
        long belowHuber = RUNS.stream().filter(r -> r.loss() < huber.predictLoss(r.params(), r.tokens())).count();
        long belowEnvelope = RUNS.stream().filter(r -> r.loss() < envelope.predictLoss(r.params(), r.tokens())).count();
        assertEquals(AsymmetricHuberLoss.ID, huberFitter.withPenalty(AsymmetricHuberLoss.chinchilla(10)).penalty().id());
        org.junit.jupiter.api.Assertions.assertTrue(belowEnvelope < belowHuber / 2,
                belowEnvelope + " runs below the envelope fit, " + belowHuber + " below the Huber fit");
    }
}
