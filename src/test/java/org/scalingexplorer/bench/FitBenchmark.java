package org.scalingexplorer.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
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
import org.scalingexplorer.engine.fit.RunSelection;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Prints the cost of fitting (not a test: nothing here asserts a time). On the Epoch AI sample data
 * without its 5 highest-loss runs: the full 4,500-start Approach 3 fit on all cores and on one
 * thread (target: at most 2 s on 2 cores), 1,000 bootstrap resamples (target: at most 60 s), and,
 * when scipy is importable, the same objective and grid with scipy's L-BFGS-B
 * ({@code bench/scipy_fit.py}) for a ratio of times and the difference of the optima.
 */
public final class FitBenchmark {

    private static final int WARM_FITS = 3;
    private static final int RESAMPLES = 1000;
    private static final double BUDGET_FLOPS = 5.76e23;
    private static final Path SCIPY_SCRIPT = Path.of("bench", "scipy_fit.py");

    private FitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws IOException, InterruptedException {
        List<TrainingRun> runs = RunSelection.withoutHighestLoss(SampleData.chinchillaEpoch(),
                SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "FitBenchmark: %d runs, %d cores, Java %s%n", runs.size(), cores,
                System.getProperty("java.version"));

        Approach3Fitter fitter = new Approach3Fitter();
        long start = System.nanoTime();
        Approach3Fit fit = fitter.fit(runs);
        double coldSeconds = seconds(start);
        double[] warm = new double[WARM_FITS];
        for (int i = 0; i < WARM_FITS; i++) {
            start = System.nanoTime();
            fitter.fit(runs);
            warm[i] = seconds(start);
        }
        double parallelSeconds = median(warm);
        start = System.nanoTime();
        fitter.sequential().fit(runs);
        double sequentialSeconds = seconds(start);
        System.out.printf(Locale.ROOT, "  Approach 3, 4,500 starts, %d threads: first %.2f s, median of %d more %.2f s "
                + "(target <= 2 s on 2 cores)%n", cores, coldSeconds, WARM_FITS, parallelSeconds);
        System.out.printf(Locale.ROOT, "  Approach 3, 4,500 starts, 1 thread: %.2f s%n", sequentialSeconds);
        System.out.printf(Locale.ROOT, "  optimum: E %.4f  A %.2f  B %.1f  alpha %.4f  beta %.4f  objective %.13g  %s%n",
                fit.irreducible(), fit.paramsCoefficient(), fit.tokensCoefficient(), fit.alpha(), fit.beta(),
                fit.objective(), fit.status());
        System.out.println("  data/README.md (scipy L-BFGS-B): E 1.817  A 477  B 2140  alpha 0.3473  beta 0.3672");

        start = System.nanoTime();
        BootstrapResult bootstrap = Bootstrap.percentileIntervals(runs, RESAMPLES, 1,
                Bootstrap.approach3(fitter, fit, BUDGET_FLOPS), fraction -> { }, () -> false);
        double bootstrapSeconds = seconds(start);
        System.out.printf(Locale.ROOT, "  bootstrap, %d resamples (optimum + %d promising starts each): %.2f s "
                        + "(target <= 60 s); failed %d, unconverged %d%n", RESAMPLES, fit.promisingStarts().size(),
                bootstrapSeconds, bootstrap.failedResamples(), bootstrap.unconvergedResamples());
        bootstrap.ci95().forEach((name, interval) -> System.out.printf(Locale.ROOT, "    %-17s [%.5g, %.5g]%n", name,
                interval.low(), interval.high()));

        compareWithScipy(fit, sequentialSeconds, parallelSeconds);
    }

    private static void compareWithScipy(Approach3Fit fit, double javaSequentialSeconds, double javaParallelSeconds)
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
            System.out.printf(Locale.ROOT, "  scipy L-BFGS-B, same grid, 1 thread: %.2f s; optimum E %.4f  A %.2f  B %.1f"
                            + "  alpha %.4f  beta %.4f  objective %.13g%n", scipySeconds, result.get("E").asDouble(),
                    result.get("A").asDouble(), result.get("B").asDouble(), result.get("alpha").asDouble(),
                    result.get("beta").asDouble(), scipyObjective);
            System.out.printf(Locale.ROOT, "  time scipy / Java: %.1fx (1 thread each), %.1fx (Java on all cores)%n",
                    scipySeconds / javaSequentialSeconds, scipySeconds / javaParallelSeconds);
            System.out.printf(Locale.ROOT, "  objective Java - scipy: %.3g (relative %.3g)%n",
                    fit.objective() - scipyObjective, (fit.objective() - scipyObjective) / scipyObjective);
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
