package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;

class HuberLogLossObjectiveTest {

    private static final List<TrainingRun> RUNS = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(), 5);

    /** Points near the optimum (residuals on both sides of delta), grid corners and a far-off point. */
    private static final double[][] POINTS = {
        {6.169, 7.670, 0.5973, 0.3473, 0.3672},
        {6.0, 7.5, 0.6, 0.34, 0.37},
        {0, 0, -1, 0, 0},
        {25, 25, 1, 2, 2},
        {10, 15, 0, 0.5, 0.5},
        {3.2, 11.7, -0.3, 0.12, 0.61},
    };

    @Test
    void analyticGradientMatchesCentralDifferences() {
        for (double delta : new double[] {1e-3, 0.05, 10}) {
            HuberLogLossObjective objective = new HuberLogLossObjective(RUNS, delta);
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
                    assertEquals(numeric, gradient[k], 1e-5 * scale + 1e-10,
                            "d/d" + new String[] {"a", "b", "e", "alpha", "beta"}[k] + " at delta " + delta + ", point "
                                    + java.util.Arrays.toString(point));
                }
            }
        }
    }

    @Test
    void valueIsTheSumOfHuberTermsOfLogResiduals() {
        double delta = 1e-3;
        double[] point = POINTS[1];
        double expected = 0;
        for (TrainingRun run : RUNS) {
            double predicted = Math.exp(point[2]) + Math.exp(point[0]) / Math.pow(run.params(), point[3])
                    + Math.exp(point[1]) / Math.pow(run.tokens(), point[4]);
            double r = Math.log(predicted) - Math.log(run.loss());
            expected += Math.abs(r) <= delta ? 0.5 * r * r : delta * (Math.abs(r) - 0.5 * delta);
        }
        assertEquals(expected, new HuberLogLossObjective(RUNS, delta).value(point), 1e-12 * expected);
    }
}
