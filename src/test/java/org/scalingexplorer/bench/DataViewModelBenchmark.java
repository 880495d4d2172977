package org.scalingexplorer.bench;

import org.scalingexplorer.ui.control.QuantityModel;
import org.scalingexplorer.ui.data.DataViewModel;

/**
 * The Data view's per-step recompute as a drag delivers it: a slider position set on the view-model,
 * through its listeners to the published charts. {@link DataBenchmark} times the engine call alone;
 * the gap between the two is the view-model's own cost. No window and no chart drawing. Alternates
 * the unique-token and compute sliders over their whole ranges; prints median and p99, asserts nothing.
 */
public final class DataViewModelBenchmark {
    private static final int WARM_UP_STEPS = 1_000;
    private static final int MEASURED_STEPS = 2_000;

    private DataViewModelBenchmark() {
    }

    public static void main(String[] args) {
        run();
    }

    public static void run() {
        DataViewModel viewModel = new DataViewModel();
        QuantityModel uniqueTokens = viewModel.quantity(DataViewModel.UNIQUE_TOKENS);
        QuantityModel flops = viewModel.quantity(DataViewModel.FLOPS);
        double checksum = 0;
        for (int i = 0; i < WARM_UP_STEPS; i++) {
            step(uniqueTokens, flops, i);
            checksum += viewModel.charts().optimum().loss();
        }
        long[] nanos = new long[MEASURED_STEPS];
        for (int i = 0; i < MEASURED_STEPS; i++) {
            long start = System.nanoTime();
            step(uniqueTokens, flops, i);
            nanos[i] = System.nanoTime() - start;
            checksum += viewModel.charts().optimum().loss();
        }
        System.out.println("Data view-model, slider step to published charts (" + MEASURED_STEPS + " steps, checksum "
                + String.format(java.util.Locale.ROOT, "%.3f", checksum) + "):");
        System.out.println("  " + Stats.ofNanos("slider position set -> DataCharts published", nanos).line());
    }

    /** Every step moves U_D across its range as a drag would; every tenth also moves C. */
    private static void step(QuantityModel uniqueTokens, QuantityModel flops, int i) {
        var pool = uniqueTokens.range();
        uniqueTokens.sliderPositionProperty().set(pool.sliderMin()
                + (pool.sliderMax() - pool.sliderMin()) * ((i * 37) % 100) / 99.0);
        if (i % 10 == 0) {
            var budget = flops.range();
            flops.sliderPositionProperty().set(budget.sliderMin()
                    + (budget.sliderMax() - budget.sliderMin()) * ((i / 10) % 41) / 40.0);
        }
    }
}
