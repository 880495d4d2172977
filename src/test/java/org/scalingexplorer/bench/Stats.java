package org.scalingexplorer.bench;

import java.util.Arrays;
import java.util.Locale;

/** Median and tail of a set of timings, printed the same way by every benchmark. */
public record Stats(String name, int samples, double medianMs, double p99Ms, double maxMs) {

    public static Stats ofNanos(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(name, sorted.length, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public String line() {
        return String.format(Locale.ROOT, "%-62s n=%4d  median %7.3f ms  p99 %7.3f ms  max %7.3f ms",
                name, samples, medianMs, p99Ms, maxMs);
    }
}
