package org.scalingexplorer.bench;

import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * Prints median and p99 of what the IsoFLOP view-model recomputes per slider step: 12 bananas of
 * 400 points, their minima, the fits through them and the published rule at each budget, for the
 * active law alone and with the comparison law beside it. A harness, not a test: it asserts nothing.
 * Target: median <= 2 ms for the active law's 12 curves. ValleyBenchmark times the engine part alone.
 */
public final class IsoFlopViewBenchmark {

    private static final int BUDGETS = 12;
    private static final int WARMUP = 500;
    private static final int MEASURED = 1500;
    private static double sink;

    private IsoFlopViewBenchmark() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        System.out.println("IsoFlopViewBenchmark (" + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.version") + ")");
        report(time(null), "active law only");
        report(time(LawPreset.KAPLAN_2020), "active law + Kaplan comparison");
        if (sink == 42) {
            System.out.println();
        }
    }

    /** Each step moves Chinchilla's alpha as a slider drag does, and the view-model recomputes once. */
    private static long[] time(LawPreset comparison) {
        ScenarioModel scenario = new ScenarioModel();
        IsoFlopViewModel viewModel = new IsoFlopViewModel(scenario);
        viewModel.budgetCountProperty().set(BUDGETS);
        viewModel.log10MinFlopsProperty().set(18);
        viewModel.log10MaxFlopsProperty().set(24);
        viewModel.comparisonProperty().set(comparison);
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            double alpha = 0.30 + 0.001 * (i % 80);
            long start = System.nanoTime();
            scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, alpha);
            sink += viewModel.figure().active().sweep().paramsFit().exponent();
            long elapsed = System.nanoTime() - start;
            if (i >= WARMUP) {
                nanos[i - WARMUP] = elapsed;
            }
        }
        return nanos;
    }

    private static void report(long[] nanos, String what) {
        Stats stats = Stats.ofNanos("isoFLOP view-model step, " + BUDGETS + " x 400 points, " + what, nanos);
        System.out.println(stats.line() + (stats.medianMs() <= 2 ? "  (target median <= 2 ms: met)"
                : "  (target median <= 2 ms: MISSED)"));
    }
}
