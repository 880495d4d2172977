package org.scalingexplorer.bench;

import java.util.Arrays;
import java.util.Locale;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.engine.repetition.DataScenario;
import org.scalingexplorer.engine.repetition.DataScenarioCharts;

/**
 * Times what the Data view recomputes per slider step: {@link DataScenarioCharts#compute}, the exact
 * call its view-model makes (200-point effective-token and repetition-loss curves, the constrained
 * and fresh optima, the 40-point optimum-vs-pool curve, the 200-point banana with and without
 * repetition, crossing curves of three pools with their crossings, the offset lines and the mixture).
 * Each step moves the unique-token slider, and every tenth the compute slider, as a drag would.
 * Prints the median and 99th percentile; the target is a median of 4 ms or less. Not a unit test:
 * timing depends on the machine, so nothing here asserts.
 */
public final class DataBenchmark {
    static final int WARM_UP_STEPS = 1_500;
    static final int MEASURED_STEPS = 2_000;
    static final double TARGET_MEDIAN_MILLIS = 4.0;

    private DataBenchmark() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        double checksum = 0;
        for (int i = 0; i < WARM_UP_STEPS; i++) {
            checksum += step(i).optimum().loss();
        }
        long[] nanos = new long[MEASURED_STEPS];
        for (int i = 0; i < MEASURED_STEPS; i++) {
            long start = System.nanoTime();
            DataCharts charts = step(i);
            nanos[i] = System.nanoTime() - start;
            checksum += charts.optimum().loss();
        }
        Arrays.sort(nanos);
        double median = nanos[MEASURED_STEPS / 2] / 1e6;
        double p99 = nanos[(int) Math.ceil(MEASURED_STEPS * 0.99) - 1] / 1e6;
        System.out.printf(Locale.ROOT,
                "DataBenchmark: Data view recompute per slider step over %d steps: median %.3f ms, p99 %.3f ms, "
                        + "max %.3f ms (target median <= %.1f ms: %s) [checksum %.3f]%n",
                MEASURED_STEPS, median, p99, nanos[MEASURED_STEPS - 1] / 1e6, TARGET_MEDIAN_MILLIS,
                median <= TARGET_MEDIAN_MILLIS ? "met" : "MISSED", checksum);
    }

    /** Slider positions sweep 1e9..1e12 unique tokens and 1e20..1e24 FLOPs, log-spaced. */
    private static DataCharts step(int i) {
        double uniqueTokens = Math.pow(10, 9 + 3 * ((i * 37) % 100) / 99.0);
        double flops = Math.pow(10, 20 + 4 * ((i / 10) % 41) / 40.0);
        return DataScenarioCharts.compute(DataScenario.of(flops, uniqueTokens));
    }
}
