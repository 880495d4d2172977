package org.scalingexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.engine.recipe.mup.MupSweep;
import org.scalingexplorer.engine.recipe.mup.Parametrization;
import org.scalingexplorer.engine.recipe.mup.WidthCurve;

/**
 * Prints the cost of the live muP sweep (not a test: nothing here asserts a time). The default grid,
 * 4 widths x 10 learning rates x 2 parametrisations = 80 training runs, on all cores (target: at most
 * 30 s on two cores), with the process CPU time and the load average beside the wall time, since
 * other work on a shared machine stretches the wall time; and the best learning rate per width.
 */
public final class MupBenchmark {

    private MupBenchmark() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        int cores = Runtime.getRuntime().availableProcessors();
        var os = ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = processCpuNanos();
        MupResult result = MupSweep.run(MupSweep.defaultGrid(1), f -> { }, () -> false);
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf(Locale.ROOT, "MupBenchmark: default grid (%d runs), %d cores: wall %.1f s, process CPU %.1f s"
                        + " (%.1f s of CPU per core), load average %.1f%n",
                2 * result.standard().size() * result.grid().learningRates().length, cores, result.seconds(),
                cpuSeconds, cpuSeconds / cores, os.getSystemLoadAverage());
        for (Parametrization p : Parametrization.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-3s best rate by width:", p.id()));
            for (WidthCurve curve : result.curves(p)) {
                line.append(String.format(Locale.ROOT, " %d: %.4g (loss %.4f)", curve.width(), curve.bestLearningRate(),
                        curve.bestLoss()));
            }
            line.append(String.format(Locale.ROOT, "; narrowest / widest %.3g", result.bestRateDrift(p)));
            System.out.println(line);
        }
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
