package org.scalingexplorer.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.CurveReader;
import org.scalingexplorer.engine.curves.CurveRoles;
import org.scalingexplorer.engine.io.ColumnMapping;

/**
 * Times reading 1,000,000 checkpoint rows (1,000 runs of 1,000 checkpoints, seven columns, about
 * 70 MB of CSV; the run named by two columns as {@code --column run=model,seed} would) into learning
 * curves, with the progress and cancel hooks a JavaFX Service passes. Target: 1.5 s or less. Prints
 * the median of five reads after two warm-up reads, and the CPU time they took (on a machine shared
 * with other builds the wall clock says more about the load than about the reader); asserts nothing.
 */
public final class CurveImportBenchmark {
    static final int RUNS = 1_000;
    static final int CHECKPOINTS_PER_RUN = 1_000;
    static final double TARGET_SECONDS = 1.5;

    private CurveImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        run();
    }

    public static void run() throws IOException {
        Path file = Files.createTempFile("curves-benchmark", ".csv");
        try {
            write(file);
            ColumnMapping mapping = ColumnMapping.parse(java.util.List.of("run=model,seed"), CurveRoles.ALL);
            AtomicInteger progressCalls = new AtomicInteger();
            for (int i = 0; i < 2; i++) {
                CurveReader.read(file, mapping, null, fraction -> progressCalls.incrementAndGet(), () -> false);
            }
            long[] nanos = new long[5];
            long[] cpuNanos = new long[nanos.length];
            long[] processCpuNanos = new long[nanos.length];
            com.sun.management.OperatingSystemMXBean system =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            CurveImport last = null;
            for (int i = 0; i < nanos.length; i++) {
                long startCpu = threads.getCurrentThreadCpuTime();
                long startProcessCpu = system.getProcessCpuTime();
                long start = System.nanoTime();
                last = CurveReader.read(file, mapping, null, fraction -> progressCalls.incrementAndGet(), () -> false);
                nanos[i] = System.nanoTime() - start;
                cpuNanos[i] = threads.getCurrentThreadCpuTime() - startCpu;
                processCpuNanos[i] = system.getProcessCpuTime() - startProcessCpu;
            }
            Arrays.sort(nanos);
            Arrays.sort(cpuNanos);
            Arrays.sort(processCpuNanos);
            double median = nanos[nanos.length / 2] / 1e9;
            System.out.printf(Locale.ROOT,
                    "CurveImportBenchmark: %,d checkpoint rows (%d runs, %.0f MB CSV) read into curves: median %.3f s, "
                            + "min %.3f s, max %.3f s over %d reads (target <= %.1f s: %s) [%d curves, %d checkpoints, "
                            + "%d progress calls]; CPU time median %.3f s in the reading thread, %.3f s in the "
                            + "process (both reading threads and the garbage collector); load average %.1f%n",
                    last.rowsRead(), last.curves().size(), Files.size(file) / 1e6, median, nanos[0] / 1e9,
                    nanos[nanos.length - 1] / 1e9, nanos.length, TARGET_SECONDS,
                    median <= TARGET_SECONDS ? "met" : "MISSED", last.curves().size(), last.checkpoints(),
                    progressCalls.get(), cpuNanos[cpuNanos.length / 2] / 1e9, processCpuNanos[processCpuNanos.length / 2] / 1e9,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A sweep as a trainer would log it: loss falling as a power of the step, cosine learning rate. */
    static void write(Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("model,seed,step,tokens,loss,lr,total_steps,params\n");
            StringBuilder row = new StringBuilder(96);
            for (int run = 0; run < RUNS; run++) {
                double params = 1e7 * Math.pow(2, run % 10);
                int totalSteps = CHECKPOINTS_PER_RUN * 100;
                for (int k = 1; k <= CHECKPOINTS_PER_RUN; k++) {
                    int step = k * 100;
                    double lr = 3e-4 * 0.5 * (1 + Math.cos(Math.PI * step / totalSteps));
                    double loss = 1.8 + 400 / Math.pow(params, 0.34) + 30 / Math.pow(step, 0.3);
                    row.setLength(0);
                    row.append("model-").append(run % 10).append(',').append(run / 10).append(',').append(step)
                            .append(',').append(step * 1048576L).append(',').append(loss).append(',').append(lr)
                            .append(',').append(totalSteps).append(',').append(params).append('\n');
                    out.append(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
