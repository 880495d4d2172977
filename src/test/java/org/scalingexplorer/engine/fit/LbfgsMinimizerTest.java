package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class LbfgsMinimizerTest {

    /** Rosenbrock's banana, minimum 0 at (1, 1): a curved valley that defeats plain gradient descent. */
    private static final DifferentiableFunction ROSENBROCK = (x, g) -> {
        double a = 1 - x[0];
        double b = x[1] - x[0] * x[0];
        g[0] = -2 * a - 400 * x[0] * b;
        g[1] = 200 * b;
        return a * a + 100 * b * b;
    };

    private static final LbfgsMinimizer TIGHT = new LbfgsMinimizer(LbfgsMinimizer.SCIPY_DEFAULTS.withTolerances(1e-9, 0));

    @Test
    void findsTheMinimumOfRosenbrock() {
        Minimum minimum = TIGHT.minimize(ROSENBROCK, new double[] {-1.2, 1});
        assertTrue(minimum.converged(), minimum.stopReason());
        assertEquals(1, minimum.point()[0], 1e-6);
        assertEquals(1, minimum.point()[1], 1e-6);
        assertTrue(minimum.iterations() < 100, "took " + minimum.iterations() + " iterations");
    }

    @Test
    void solvesAnIllConditionedQuadraticInTwentyDimensions() {
        int n = 20;
        DifferentiableFunction quadratic = (x, g) -> {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double scale = Math.pow(10, 4.0 * i / (n - 1)); // condition number 1e4
                double d = x[i] - i;
                g[i] = scale * d;
                sum += 0.5 * scale * d * d;
            }
            return sum;
        };
        Minimum minimum = TIGHT.minimize(quadratic, new double[n]);
        assertTrue(minimum.converged(), minimum.stopReason());
        for (int i = 0; i < n; i++) {
            assertEquals(i, minimum.point()[i], 1e-6);
        }
    }

    @Test
    void everyIterationLowersTheValue() {
        // The line search accepts only steps with sufficient decrease, so more iterations never end higher.
        double previous = Double.POSITIVE_INFINITY;
        for (int iterations = 1; iterations <= 30; iterations++) {
            Minimum minimum = new LbfgsMinimizer(LbfgsMinimizer.SCIPY_DEFAULTS.withMaxIterations(iterations))
                    .minimize(ROSENBROCK, new double[] {-1.2, 1});
            assertTrue(minimum.value() < previous, "value did not fall at iteration " + iterations);
            previous = minimum.value();
            if (minimum.converged()) {
                break;
            }
        }
    }

    @Test
    void anIterationCapIsReportedAsNotConvergedWithAFinitePoint() {
        Minimum minimum = new LbfgsMinimizer(LbfgsMinimizer.SCIPY_DEFAULTS.withMaxIterations(3))
                .minimize(ROSENBROCK, new double[] {-1.2, 1});
        assertFalse(minimum.converged());
        assertTrue(minimum.stopReason().contains("without converging"), minimum.stopReason());
        assertTrue(Double.isFinite(minimum.value()));
        assertTrue(Double.isFinite(minimum.point()[0]) && Double.isFinite(minimum.point()[1]));
    }

    @Test
    void aFunctionThatOverflowsFarAwayIsStillMinimised() {
        // exp(x) - 2x is infinite beyond x ~ 709; the first steps overshoot there and must back off.
        DifferentiableFunction steep = (x, g) -> {
            g[0] = Math.exp(x[0]) - 2;
            return Math.exp(x[0]) - 2 * x[0];
        };
        Minimum minimum = TIGHT.minimize(steep, new double[] {-800});
        assertTrue(minimum.converged(), minimum.stopReason());
        assertEquals(Math.log(2), minimum.point()[0], 1e-6);
    }

    @Test
    void cancellingStopsTheMinimiser() {
        assertThrows(CancellationException.class, () -> TIGHT.minimize(ROSENBROCK, new double[] {-1.2, 1}, () -> true));
    }
}
