package org.scalingexplorer.bench;

import java.util.Arrays;
import java.util.List;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.allocation.IsoFlopSweep;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.surface.IsoLossContour;
import org.scalingexplorer.engine.surface.LossSurface;
import org.scalingexplorer.engine.surface.SurfaceWindow;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.valley.LossValleyViewModel;

/**
 * Prints median and p99 wall time of what the loss-valley and isoFLOP views recompute per slider
 * change. A harness, not a test: it asserts nothing, because timings on a shared two-core machine
 * are no basis for pass or fail. Targets: surface with contours <= 8 ms median, isoFLOP set <= 2 ms.
 */
public final class ValleyBenchmark {

    private static final int SURFACE_SIZE = 160;
    private static final int CONTOUR_LEVELS = 10;
    private static final int ISOFLOP_BUDGETS = 12;
    /** Keeps results reachable so the JIT cannot drop the work. */
    private static double sink;

    private ValleyBenchmark() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        List<ScalingLaw> laws = List.of(LawPreset.CHINCHILLA_2022.law(), LawPreset.EPOCH_2024.law(),
                LawPreset.KAPLAN_2020.law());
        LossSurface surface = new LossSurface(SURFACE_SIZE, SURFACE_SIZE);
        // A slider drag changes a constant every frame: cycle through slightly different laws.
        ScalingLaw[] dragged = new ScalingLaw[16];
        for (int i = 0; i < dragged.length; i++) {
            ScalingLaw base = laws.get(i % laws.size());
            String key = base.constants().get(0).key();
            dragged[i] = base.withConstant(key, base.constant(key) * (1 + 0.001 * i));
        }

        Runnable surfaceStep = new Runnable() {
            int i;

            @Override
            public void run() {
                surface.recompute(dragged[i++ % dragged.length], SurfaceWindow.DEFAULT);
                List<IsoLossContour> contours = surface.contours(surface.evenLevels(CONTOUR_LEVELS));
                sink += contours.get(CONTOUR_LEVELS / 2).pointCount() + surface.minLoss();
            }
        };
        Runnable isoFlopStep = new Runnable() {
            int i;

            @Override
            public void run() {
                IsoFlopSweep sweep = IsoFlopSweep.of(dragged[i++ % dragged.length],
                        IsoFlopSweep.logSpacedBudgets(1e18, 1e24, ISOFLOP_BUDGETS), IsoFlopProfile.DEFAULT_POINTS);
                sink += sweep.paramsFit().exponent();
            }
        };

        // The loss-valley view-model's whole step for one slider change: surface, log heights, contours at
        // round losses, the compute-optimal path (Brent minimum per sample) and three isoFLOP lines.
        ScenarioModel scenario = new ScenarioModel();
        LossValleyViewModel valley = new LossValleyViewModel(scenario);
        Runnable viewModelStep = new Runnable() {
            int i;

            @Override
            public void run() {
                scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.30 + 0.0005 * (i++ % 160));
                sink += valley.frame().minLoss();
            }
        };

        System.out.println("ValleyBenchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + ")");
        report("surface " + SURFACE_SIZE + "x" + SURFACE_SIZE + " + " + CONTOUR_LEVELS + " contours", 8,
                time(surfaceStep, 300, 600));
        report(ISOFLOP_BUDGETS + " isoFLOP profiles x " + IsoFlopProfile.DEFAULT_POINTS + " points + minima + fit", 2,
                time(isoFlopStep, 1000, 2000));
        report("valley view-model step: " + LossValleyViewModel.GRID_SIZE + "x" + LossValleyViewModel.GRID_SIZE
                + " + contours, path, 3 isoFLOP", 8, time(viewModelStep, 300, 600));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long[] time(Runnable step, int warmup, int measured) {
        for (int i = 0; i < warmup; i++) {
            step.run();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            step.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void report(String what, double targetMillis, long[] sortedNanos) {
        double median = sortedNanos[sortedNanos.length / 2] / 1e6;
        double p99 = sortedNanos[(int) Math.ceil(sortedNanos.length * 0.99) - 1] / 1e6;
        System.out.printf("%-58s median %7.3f ms   p99 %7.3f ms   (target median <= %.0f ms: %s)%n", what, median, p99,
                targetMillis, median <= targetMillis ? "met" : "MISSED");
    }
}
