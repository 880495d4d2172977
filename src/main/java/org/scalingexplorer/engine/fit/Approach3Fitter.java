package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Approach 3 of Hoffmann et al. 2022 as science.md section 3 defines it: minimise the Huber
 * objective on log loss ({@link HuberLogLossObjective}, delta = 1e-3) with L-BFGS from every point
 * of a grid of initialisations (by default the 4,500-point grid of the paper) and keep the start
 * with the lowest objective. {@link #withPenalty} swaps the Huber penalty for another
 * {@link ResidualLoss} on the same machinery.
 *
 * <p>The best start is then minimised once more with a tight tolerance (gradient max-norm 1e-10)
 * and the same iteration limits, which moves it only within its basin: the grid decides which
 * optimum, the polish makes its digits reproducible. Starts run in parallel on the common fork-join pool unless
 * {@link #sequential()} is asked for (the bootstrap parallelises across resamples instead).
 */
public final class Approach3Fitter {

    /**
     * Starts whose optima differ by less than this relative objective count as one basin: the
     * stopping test leaves up to about 1e-5 relative spread between starts that reach the same optimum.
     */
    private static final double SAME_BASIN = 1e-4;
    private static final int PROMISING_STARTS = 4;
    /** Gradient max-norm the polish of the best start aims for; it stops earlier only at machine precision. */
    private static final double POLISH_GRADIENT_TOLERANCE = 1e-10;

    private final List<LogSpaceParameters> grid;
    private final ResidualLoss penalty;
    private final LbfgsMinimizer minimizer;
    private final boolean parallel;

    public Approach3Fitter() {
        this(chinchillaGrid(), HuberLoss.chinchilla(), new LbfgsMinimizer(), true);
    }

    private Approach3Fitter(List<LogSpaceParameters> grid, ResidualLoss penalty, LbfgsMinimizer minimizer,
                            boolean parallel) {
        if (grid.isEmpty()) {
            throw new IllegalArgumentException("the grid of initialisations is empty");
        }
        this.grid = List.copyOf(grid);
        this.penalty = penalty;
        this.minimizer = minimizer;
        this.parallel = parallel;
    }

    /**
     * The grid of Hoffmann et al. 2022: alpha, beta in {0, 0.5, ..., 2}, e in {-1, -0.5, ..., 1},
     * a, b in {0, 5, ..., 25}; 5 * 5 * 5 * 6 * 6 = 4,500 points.
     */
    public static List<LogSpaceParameters> chinchillaGrid() {
        List<LogSpaceParameters> grid = new ArrayList<>(4500);
        for (int alpha = 0; alpha <= 4; alpha++) {
            for (int beta = 0; beta <= 4; beta++) {
                for (int e = -2; e <= 2; e++) {
                    for (int a = 0; a <= 5; a++) {
                        for (int b = 0; b <= 5; b++) {
                            grid.add(new LogSpaceParameters(5.0 * a, 5.0 * b, 0.5 * e, 0.5 * alpha, 0.5 * beta));
                        }
                    }
                }
            }
        }
        return grid;
    }

    public Approach3Fitter withGrid(List<LogSpaceParameters> starts) {
        return new Approach3Fitter(starts, penalty, minimizer, parallel);
    }

    public Approach3Fitter withMinimizer(LbfgsMinimizer other) {
        return new Approach3Fitter(grid, penalty, other, parallel);
    }

    public Approach3Fitter sequential() {
        return new Approach3Fitter(grid, penalty, minimizer, false);
    }

    /**
     * The same grid and minimiser with another penalty on the log-loss residuals, e.g.
     * {@link AsymmetricHuberLoss} to fit the lower envelope of the runs.
     */
    public Approach3Fitter withPenalty(ResidualLoss other) {
        return new Approach3Fitter(grid, other, minimizer, parallel);
    }

    public List<LogSpaceParameters> grid() {
        return grid;
    }

    public ResidualLoss penalty() {
        return penalty;
    }

    public Approach3Fit fit(List<TrainingRun> runs) {
        return fit(runs, fraction -> { }, () -> false);
    }

    /**
     * Fits from every grid start. {@code progress} gets the fraction of starts done (from worker
     * threads when parallel); when {@code cancelled} turns true the fit stops with a
     * {@link CancellationException}.
     */
    public Approach3Fit fit(List<TrainingRun> runs, DoubleConsumer progress, BooleanSupplier cancelled) {
        return fitFrom(runs, grid, progress, cancelled);
    }

    /**
     * Refits {@code runs} (a bootstrap resample) starting only from the full-data optimum and its
     * promising grid starts instead of the whole grid: a resample's optimum lies near the
     * full-data one, and the promising starts guard against it having moved to another basin.
     * Always sequential.
     */
    public Approach3Fit refit(List<TrainingRun> runs, Approach3Fit fullData, BooleanSupplier cancelled) {
        List<LogSpaceParameters> starts = new ArrayList<>();
        starts.add(fullData.optimum());
        starts.addAll(fullData.promisingStarts());
        return sequential().fitFrom(runs, starts, fraction -> { }, cancelled);
    }

    private Approach3Fit fitFrom(List<TrainingRun> runs, List<LogSpaceParameters> starts, DoubleConsumer progress,
                                 BooleanSupplier cancelled) {
        if (runs.size() < LogSpaceParameters.SIZE) {
            throw new IllegalArgumentException("Approach 3 fits 5 parameters and needs at least 5 runs, got "
                    + runs.size());
        }
        if (runs.size() > Limits.APPROACH3_RUNS) {
            throw new IllegalArgumentException("Approach 3 fits at most " + Limits.count(Limits.APPROACH3_RUNS)
                    + " runs (every one of its starts evaluates every run), got " + Limits.count(runs.size())
                    + "; fit a subset, or a power law");
        }
        RunSpread.requireForApproach3(runs, RunSpread::runNumber);
        LogLossObjective objective = new LogLossObjective(runs, penalty);
        int total = starts.size();
        int reportEvery = Math.max(1, total / 100);
        AtomicInteger done = new AtomicInteger();
        IntStream indices = IntStream.range(0, total);
        Minimum[] minima = (parallel ? indices.parallel() : indices).mapToObj(i -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("Approach 3 fit cancelled");
            }
            Minimum minimum = minimizer.minimize(objective, starts.get(i).toArray(), cancelled);
            int finished = done.incrementAndGet();
            if (finished % reportEvery == 0 || finished == total) {
                progress.accept(finished / (double) total);
            }
            return minimum;
        }).toArray(Minimum[]::new);

        // Lowest objective wins; ties go to the earlier start so the answer does not depend on threads.
        Integer[] order = IntStream.range(0, total).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> minima[i].value()).thenComparingInt(i -> i));
        Minimum best = minima[order[0]];

        // Same iteration limits as the grid, so a fitter capped for a test or a deadline stays capped.
        LbfgsMinimizer polisher = new LbfgsMinimizer(minimizer.settings().withTolerances(POLISH_GRADIENT_TOLERANCE, 0));
        Minimum polished = polisher.minimize(objective, best.point(), cancelled);
        Minimum chosen = polished.value() <= best.value() ? polished : best;
        boolean converged = best.converged() || polished.converged();
        String status = best.converged() ? "converged (" + best.stopReason() + ")"
                : polished.converged() ? "converged on polishing (" + polished.stopReason() + ")"
                : "did not converge: " + best.stopReason();

        return new Approach3Fit(LogSpaceParameters.of(chosen.point()), chosen.value(), runs.size(), total,
                converged, status, promisingStarts(starts, minima, order));
    }

    /** One start per distinct optimum, best optima first. */
    private static List<LogSpaceParameters> promisingStarts(List<LogSpaceParameters> starts, Minimum[] minima,
                                                            Integer[] order) {
        List<LogSpaceParameters> promising = new ArrayList<>();
        double lastValue = Double.NaN;
        for (int index : order) {
            double value = minima[index].value();
            if (Double.isNaN(lastValue) || value - lastValue > SAME_BASIN * Math.max(Math.abs(lastValue), 1e-12)) {
                promising.add(starts.get(index));
                lastValue = value;
                if (promising.size() == PROMISING_STARTS) {
                    break;
                }
            }
        }
        return promising;
    }
}
