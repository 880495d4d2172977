package org.scalingexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.scalingexplorer.engine.fit.Approach3Fit;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.fit.Bootstrap;
import org.scalingexplorer.engine.fit.BootstrapResult;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FixedCoordinates;
import org.scalingexplorer.engine.fit.FormBootstrap;
import org.scalingexplorer.engine.fit.FormFit;
import org.scalingexplorer.engine.fit.FormFitter;
import org.scalingexplorer.engine.fit.HuberLoss;
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Prints the cost of fitting (not a test: nothing here asserts a time), side by side in one run, on
 * the Epoch AI sample without its 5 highest-loss runs: Approach 3 by the fast search (exponent scan,
 * linear coefficients solved, a few starts refined; target at most 50 ms after warm-up on one
 * thread), by the full 4,500-start grid (one thread and all cores), and by SciPy's L-BFGS-B on the
 * same grid ({@code src/test/python/scipy_fit.py}, when scipy is importable), with the three optima; then 1,000
 * bootstrap resamples of the pipeline (Newton refits from the optimum; target at most 0.5 s on two
 * cores) and of the Fit view's Approach 3 bootstrap. Wall and CPU time are both printed because the
 * machine may be shared: CPU time is what the work itself costs.
 */
public final class FitBenchmark {

    private static final int WARM_UP = 30;
    private static final int TIMED = 20;
    private static final int RESAMPLES = 1000;
    private static final double BUDGET_FLOPS = 5.76e23;
    private static final Path SCIPY_SCRIPT = Path.of("src", "test", "python", "scipy_fit.py");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private FitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws IOException, InterruptedException {
        List<TrainingRun> runs = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(),
                SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "FitBenchmark: %d runs, %d cores, Java %s, load average %.1f%n", runs.size(), cores,
                System.getProperty("java.version"), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        FormFitter fast = new FormFitter(ChinchillaForm.FREE, HuberLoss.chinchilla(),
                FixedCoordinates.none(ChinchillaForm.FREE), FormFitter.Search.FAST).sequential();
        long start = System.nanoTime();
        FormFit fastFit = fast.fit(runs);
        double coldSeconds = seconds(start);
        for (int i = 0; i < WARM_UP; i++) {
            fast.fit(runs);
        }
        double[] wall = new double[TIMED];
        double[] cpu = new double[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            start = System.nanoTime();
            fastFit = fast.fit(runs);
            wall[i] = seconds(start);
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        }
        System.out.printf(Locale.ROOT, "  Approach 3, fast search, 1 thread: first %.0f ms; after warm-up median %.1f ms "
                        + "(min %.1f, CPU median %.1f ms) (target <= 50 ms); %d starts refined%n", 1e3 * coldSeconds,
                1e3 * median(wall), 1e3 * Arrays.stream(wall).min().orElseThrow(), 1e3 * median(cpu), fastFit.starts());

        FormFitter grid = fast.withSearch(FormFitter.Search.FULL_GRID);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        start = System.nanoTime();
        FormFit gridFit = grid.fit(runs);
        double gridSequential = seconds(start);
        double gridCpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        FormFitter parallelGrid = new FormFitter(ChinchillaForm.FREE, HuberLoss.chinchilla(),
                FixedCoordinates.none(ChinchillaForm.FREE), FormFitter.Search.FULL_GRID);
        start = System.nanoTime();
        parallelGrid.fit(runs);
        double gridParallel = seconds(start);
        System.out.printf(Locale.ROOT, "  Approach 3, full grid, 4,500 starts: 1 thread %.2f s (CPU %.2f s), %d threads %.2f s%n",
                gridSequential, gridCpu, cores, gridParallel);
        System.out.printf(Locale.ROOT, "    fast optimum: E %.4f  A %.2f  B %.1f  alpha %.4f  beta %.4f  objective %.13g%n",
                fastFit.constant("E"), fastFit.constant("A"), fastFit.constant("B"), fastFit.constant("alpha"),
                fastFit.constant("beta"), fastFit.objective());
        System.out.printf(Locale.ROOT, "    grid optimum: E %.4f  A %.2f  B %.1f  alpha %.4f  beta %.4f  objective %.13g "
                        + "(fast - grid: %.2g)%n", gridFit.constant("E"), gridFit.constant("A"), gridFit.constant("B"),
                gridFit.constant("alpha"), gridFit.constant("beta"), gridFit.objective(),
                fastFit.objective() - gridFit.objective());
        System.out.printf(Locale.ROOT, "    time full grid / fast: %.0fx on 1 thread%n", gridSequential / median(wall));
        System.out.println("    data/README.md (scipy L-BFGS-B): E 1.817  A 477  B 2140  alpha 0.3473  beta 0.3672");

        bootstraps(runs, fastFit, cores);
        compareWithScipy(fastFit, median(wall), gridSequential);
    }

    private static void bootstraps(List<TrainingRun> runs, FormFit fastFit, int cores) {
        FormFitter fitter = new FormFitter(ChinchillaForm.FREE, HuberLoss.chinchilla(),
                FixedCoordinates.none(ChinchillaForm.FREE), FormFitter.Search.FAST);
        FormBootstrap.run(fitter, fastFit, runs, List.of(), 200, 7, f -> { }, () -> false);
        double[] wall = new double[3];
        FormBootstrap.Samples samples = null;
        long cpuStart = processCpu();
        for (int i = 0; i < wall.length; i++) {
            long start = System.nanoTime();
            samples = FormBootstrap.run(fitter, fastFit, runs, List.of(), RESAMPLES, i + 1, f -> { }, () -> false);
            wall[i] = seconds(start);
        }
        double cpu = (processCpu() - cpuStart) / 1e9 / wall.length;
        System.out.printf(Locale.ROOT, "  pipeline bootstrap, %d resamples, %d cores (Newton refit from the optimum): median of "
                        + "%d %.2f s, CPU %.2f s (target <= 0.5 s on two cores); failed %d; alpha [%.4f, %.4f], "
                        + "beta [%.4f, %.4f], E [%.3f, %.3f]%n", RESAMPLES, cores, wall.length, median(wall), cpu,
                samples.failed(), samples.interval("alpha").low(), samples.interval("alpha").high(),
                samples.interval("beta").low(), samples.interval("beta").high(), samples.interval("E").low(),
                samples.interval("E").high());

        Approach3Fitter viewFitter = new Approach3Fitter();
        Approach3Fit viewFit = viewFitter.fit(runs);
        long start = System.nanoTime();
        BootstrapResult view = Bootstrap.percentileIntervals(runs, RESAMPLES, 1,
                Bootstrap.approach3(viewFitter, viewFit, BUDGET_FLOPS), f -> { }, () -> false);
        System.out.printf(Locale.ROOT, "  Fit view's Approach 3 bootstrap, %d resamples (optimum + %d promising starts, "
                        + "L-BFGS): %.2f s; alpha [%.4f, %.4f]%n", RESAMPLES, viewFit.promisingStarts().size(), seconds(start),
                view.interval(Bootstrap.ALPHA).low(), view.interval(Bootstrap.ALPHA).high());
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void compareWithScipy(FormFit fast, double fastSeconds, double gridSeconds)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(SCIPY_SCRIPT)) {
            System.out.println("  scipy: skipped, " + SCIPY_SCRIPT.toAbsolutePath() + " not found (run from the project directory)");
            return;
        }
        Process probe = new ProcessBuilder("python3", "-c", "import scipy").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        if (!probe.waitFor(60, TimeUnit.SECONDS) || probe.exitValue() != 0) {
            System.out.println("  scipy: skipped, `python3 -c \"import scipy\"` failed");
            return;
        }
        Path csv = Files.createTempFile("chinchilla-epoch", ".csv");
        try (InputStream in = FitBenchmark.class.getResourceAsStream(SampleData.CHINCHILLA_EPOCH_RESOURCE)) {
            Files.copy(in, csv, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Process scipy = new ProcessBuilder("python3", SCIPY_SCRIPT.toString(), csv.toString(),
                    "--exclude-highest-loss", String.valueOf(SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED))
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String output = new String(scipy.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!scipy.waitFor(30, TimeUnit.MINUTES) || scipy.exitValue() != 0) {
                System.out.println("  scipy: script failed; output: " + output.strip());
                return;
            }
            JsonNode result = new ObjectMapper().readTree(output);
            double scipySeconds = result.get("seconds").asDouble();
            double scipyObjective = result.get("objective").asDouble();
            System.out.printf(Locale.ROOT, "  scipy L-BFGS-B, same 4,500-start grid, 1 thread: %.2f s; optimum E %.4f  A %.2f  "
                            + "B %.1f  alpha %.4f  beta %.4f  objective %.13g%n", scipySeconds, result.get("E").asDouble(),
                    result.get("A").asDouble(), result.get("B").asDouble(), result.get("alpha").asDouble(),
                    result.get("beta").asDouble(), scipyObjective);
            System.out.printf(Locale.ROOT, "    time scipy / Java full grid: %.1fx, scipy / Java fast: %.0fx (1 thread each); "
                            + "objective fast - scipy: %.2g (relative %.2g)%n", scipySeconds / gridSeconds,
                    scipySeconds / fastSeconds, fast.objective() - scipyObjective,
                    (fast.objective() - scipyObjective) / scipyObjective);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
