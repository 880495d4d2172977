package org.scalingexplorer.engine.recipe.mup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Measures where the best learning rate sits at each width, under the standard parametrisation and
 * under muP: every (parametrisation, width, learning rate) of the grid is one real training run of a
 * {@link StudentNetwork} on one seeded {@link TeacherTask}. Runs are independent and go to a pool of
 * one thread per core, widest first so the long runs do not finish last; the result does not depend
 * on how threads interleave, because each run's data and initial weights come from the seed alone.
 */
public final class MupSweep {

    /** A run whose held-out loss ends above that of predicting 0 has learned nothing: it diverged. */
    private static final String THREAD_NAME = "mup-sweep";

    private MupSweep() {
    }

    /**
     * Widths 32 to 256 (doubling) and 10 Adam learning rates 2^-13 to 2^-4 (doubling), 300 steps of 32
     * examples, seed 1: 80 runs, which on two cores take well under the 30 s the view allows
     * (MupBenchmark prints the figure).
     */
    public static MupGrid defaultGrid(long seed) {
        return new MupGrid(new int[] {32, 64, 128, 256}, MupGrid.geometricRates(Math.pow(2, -13), 2, 10), seed,
                300, 32);
    }

    public static MupResult run(MupGrid grid, DoubleConsumer progress, BooleanSupplier cancelled) {
        return run(grid, Runtime.getRuntime().availableProcessors(), progress, cancelled);
    }

    public static MupResult run(MupGrid grid, int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        long start = System.nanoTime();
        int[] widths = grid.widths();
        double[] rates = grid.learningRates();
        TeacherTask task = TeacherTask.create(grid.seed(), MupGrid.INPUTS, MupGrid.TEACHER_UNITS,
                grid.steps() * grid.batch(), MupGrid.EVAL_EXAMPLES);
        double divergedLoss = task.constantPredictorLoss();
        double[][][] losses = new double[2][widths.length][rates.length];
        List<Run> runs = new ArrayList<>();
        for (Parametrization p : Parametrization.values()) {
            for (int w = 0; w < widths.length; w++) {
                for (int r = 0; r < rates.length; r++) {
                    runs.add(new Run(p, w, r, cost(widths[w])));
                }
            }
        }
        runs.sort(Comparator.comparingDouble(Run::cost).reversed());
        double totalCost = runs.stream().mapToDouble(Run::cost).sum();
        DoubleAdder done = new DoubleAdder();
        AtomicBoolean stop = new AtomicBoolean();
        BooleanSupplier stopped = () -> stop.get() || cancelled.getAsBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(threads, job -> {
            Thread thread = new Thread(job, THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Run run : runs) {
                futures.add(pool.submit(() -> {
                    StudentNetwork student = new StudentNetwork(run.parametrization, MupGrid.INPUTS,
                            widths[run.width], grid.baseWidth(), studentSeed(grid.seed(), widths[run.width]));
                    double loss = student.train(task, grid.steps(), grid.batch(), rates[run.rate], stopped);
                    losses[run.parametrization.ordinal()][run.width][run.rate] = loss;
                    done.add(run.cost);
                    progress.accept(Math.min(1, done.sum() / totalCost));
                }));
            }
            for (Future<?> future : futures) {
                await(future, stop);
            }
        } finally {
            pool.shutdownNow();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("muP sweep cancelled");
        }
        List<WidthCurve> standard = curves(losses[Parametrization.STANDARD.ordinal()], widths, rates, divergedLoss);
        List<WidthCurve> mup = curves(losses[Parametrization.MUP.ordinal()], widths, rates, divergedLoss);
        return new MupResult(grid, standard, mup, divergedLoss, (System.nanoTime() - start) / 1e9);
    }

    private static void await(Future<?> future, AtomicBoolean stop) {
        try {
            future.get();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("muP sweep interrupted");
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof CancellationException cancel) {
                throw cancel;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("muP run failed: " + e.getCause(), e.getCause());
        }
    }

    private static List<WidthCurve> curves(double[][] losses, int[] widths, double[] rates, double divergedLoss) {
        List<WidthCurve> curves = new ArrayList<>();
        for (int w = 0; w < widths.length; w++) {
            double[] values = new double[rates.length];
            boolean[] diverged = new boolean[rates.length];
            for (int r = 0; r < rates.length; r++) {
                double loss = losses[w][r];
                diverged[r] = !(loss < divergedLoss);
                values[r] = diverged[r] ? divergedLoss : loss;
            }
            curves.add(new WidthCurve(widths[w], rates, values, diverged));
        }
        return curves;
    }

    /** One student's initial draws: the same for every learning rate and both parametrisations of a width. */
    static long studentSeed(long seed, int width) {
        return seed * 0x9E3779B97F4A7C15L + width;
    }

    /** Multiply-adds of one run, up to a constant: three width x width products per example. */
    private static double cost(int width) {
        return 3.0 * width * width + 4.0 * MupGrid.INPUTS * width;
    }

    private record Run(Parametrization parametrization, int width, int rate, double cost) {
    }
}
