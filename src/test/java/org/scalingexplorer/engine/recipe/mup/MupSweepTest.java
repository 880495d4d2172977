package org.scalingexplorer.engine.recipe.mup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeded default sweep, trained once for the class (about 10 s of CPU). What it measures with
 * seed 1 (widths 32 to 256, rates 2^-13 to 2^-4): under SP the best rate falls from 0.0625 at width
 * 32 to 0.0039 at width 256, 16 times; under muP it is 0.0625, 0.0625, 0.03125, 0.03125, one grid
 * step apart. Seeds 1 to 9 gave SP drifts of 8 to 32 and muP spreads of 0 or 1 step, so the
 * thresholds below (SP at least 4 times, two grid steps below its measured minimum; muP within one
 * step) hold with margin and fail if muP's rules or the SP/muP difference are broken.
 */
class MupSweepTest {

    private static MupResult result;
    private static final List<Double> PROGRESS = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void sweep() {
        result = MupSweep.run(MupSweep.defaultGrid(1), PROGRESS::add, () -> false);
    }

    @Test
    void underTheStandardParametrisationTheBestRateFallsAsTheNetworkWidens() {
        assertTrue(result.bestRateDrift(Parametrization.STANDARD) >= 4,
                "SP drift " + result.bestRateDrift(Parametrization.STANDARD) + ": " + result.standard());
        List<WidthCurve> curves = result.standard();
        assertTrue(curves.get(curves.size() - 1).bestLearningRate() < curves.get(0).bestLearningRate());
    }

    @Test
    void underMupTheBestRateStaysWithinOneGridStep() {
        assertTrue(result.bestRateSpreadInSteps(Parametrization.MUP) <= 1, result.mup().toString());
        assertTrue(result.bestRateDrift(Parametrization.MUP) <= 2, result.mup().toString());
    }

    @Test
    void theNarrowestWidthIsTheSameNetworkUnderBoth() {
        assertEquals(result.standard().get(0), result.mup().get(0));
    }

    @Test
    void underMupWiderIsBetterAtTheTunedRate() {
        List<WidthCurve> curves = result.mup();
        for (int i = 1; i < curves.size(); i++) {
            assertTrue(curves.get(i).bestLoss() < curves.get(i - 1).bestLoss(), curves.toString());
        }
    }

    @Test
    void everyRunIsRecordedWithAFiniteLossAndProgressReachesOne() {
        for (Parametrization p : Parametrization.values()) {
            assertEquals(4, result.curves(p).size());
            for (WidthCurve curve : result.curves(p)) {
                assertEquals(10, curve.losses().length);
                for (double loss : curve.losses()) {
                    assertTrue(Double.isFinite(loss) && loss > 0 && loss <= result.divergedLoss());
                }
            }
        }
        assertEquals(80, PROGRESS.size());
        assertEquals(1, PROGRESS.stream().mapToDouble(Double::doubleValue).max().orElse(0), 1e-9);
    }

    @Test
    void theResultDoesNotDependOnTheNumberOfThreads() {
        MupGrid small = new MupGrid(new int[] {16, 48}, new double[] {1e-3, 1e-2, 1e-1}, 3, 30, 8);
        MupResult one = MupSweep.run(small, 1, f -> { }, () -> false);
        MupResult two = MupSweep.run(small, 2, f -> { }, () -> false);
        assertEquals(one.standard(), two.standard());
        assertEquals(one.mup(), two.mup());
    }

    @Test
    void cancellingStopsTheSweep() {
        AtomicInteger checks = new AtomicInteger();
        assertThrows(CancellationException.class, () -> MupSweep.run(MupSweep.defaultGrid(1), f -> { },
                () -> checks.incrementAndGet() > 50));
    }

    @Test
    void aBadGridIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MupGrid(new int[] {64, 32}, MupGrid.geometricRates(1e-3, 2, 8), 1, 10, 8));
        assertTrue(e.getMessage().contains("increasing"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new MupGrid(new int[] {32, 4096}, MupGrid.geometricRates(1e-3, 2, 8), 1, 10, 8));
        assertTrue(e.getMessage().contains("between 8 and 2048"), e.getMessage());
    }
}
