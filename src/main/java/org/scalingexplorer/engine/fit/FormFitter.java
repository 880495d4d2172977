package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Fits one {@link LawForm} by minimising its objective with L-BFGS from a set of starts and
 * polishing the best (gradient max-norm 1e-10), as {@link Approach3Fitter} does for the Chinchilla
 * form. Two searches: {@link Search#FULL_GRID} starts from every point of the form's grid (the 4,500
 * of Hoffmann et al. 2022 for Chinchilla); {@link Search#FAST} starts only from the few points the
 * form's scan finds ({@link LawForm#promisingStarts}), which reaches the same or a lower objective on
 * every data set tested (FastFitTest) at a small fraction of the cost (FitBenchmark).
 */
public final class FormFitter {

    /** Which starts to refine. */
    public enum Search { FULL_GRID, FAST }

    private static final double POLISH_GRADIENT_TOLERANCE = 1e-10;
    /**
     * Gradient max-norm at which an L-BFGS refit of a resample stops (forms without a Hessian): the
     * relative-decrease test stops too early on objectives far below 1, and 1e-7 gives the same
     * percentiles as polishing to 1e-10 (to 1e-7 on the Chinchilla sample) at half the cost.
     */
    private static final double REFIT_GRADIENT_TOLERANCE = 1e-7;
    private static final int REFIT_ITERATIONS = 200;
    /** How many of the full grid's best minima are polished (the fast search polishes every start it has). */
    private static final int GRID_POLISHED = 4;

    private final LawForm form;
    private final ResidualLoss penalty;
    private final FixedCoordinates fixed;
    private final Search search;
    private final LbfgsMinimizer minimizer;
    private final boolean parallel;

    public FormFitter(LawForm form, ResidualLoss penalty, FixedCoordinates fixed, Search search) {
        this(form, penalty, fixed, search, new LbfgsMinimizer(), true);
    }

    private FormFitter(LawForm form, ResidualLoss penalty, FixedCoordinates fixed, Search search,
                       LbfgsMinimizer minimizer, boolean parallel) {
        this.form = form;
        this.penalty = penalty;
        this.fixed = fixed;
        this.search = search;
        this.minimizer = minimizer;
        this.parallel = parallel;
    }

    /** The fast search with the Huber objective of Hoffmann et al. 2022 and nothing fixed. */
    public static FormFitter fast(LawForm form) {
        return new FormFitter(form, HuberLoss.chinchilla(), FixedCoordinates.none(form), Search.FAST);
    }

    /** The same fitter on one thread (bootstraps parallelise across resamples instead). */
    public FormFitter sequential() {
        return new FormFitter(form, penalty, fixed, search, minimizer, false);
    }

    public FormFitter withSearch(Search other) {
        return new FormFitter(form, penalty, fixed, other, minimizer, parallel);
    }

    public LawForm form() {
        return form;
    }

    public ResidualLoss penalty() {
        return penalty;
    }

    public FixedCoordinates fixed() {
        return fixed;
    }

    public FormFit fit(List<TrainingRun> runs) {
        return fit(runs, fraction -> { }, () -> false);
    }

    /**
     * Fits {@code runs}; {@code progress} gets the fraction of starts done, and the fit stops with a
     * {@link CancellationException} soon after {@code cancelled} turns true.
     */
    public FormFit fit(List<TrainingRun> runs, DoubleConsumer progress, BooleanSupplier cancelled) {
        requireEnoughRuns(runs);
        FormObjective objective = form.objective(runs, penalty);
        boolean grid = search == Search.FULL_GRID || !form.hasFastSearch(fixed);
        List<double[]> starts = grid ? form.grid(fixed) : form.promisingStarts(runs, penalty, fixed);
        if (starts.isEmpty()) {
            grid = true;
            starts = form.grid(fixed);
        }
        return fitFrom(runs, objective, starts, grid ? GRID_POLISHED : starts.size(), progress, cancelled);
    }

    /**
     * Refits {@code runs} (a bootstrap resample) from {@code from}'s optimum alone, on this thread: a
     * resample's optimum lies next to the full fit's. Forms with a Hessian use Newton's method (about
     * 15 evaluations where L-BFGS needs 80 on the Huber objective's kinks), others L-BFGS to a
     * gradient of 1e-7.
     */
    public FormFit refit(List<TrainingRun> runs, FormFit from, BooleanSupplier cancelled) {
        FormObjective objective = form.objective(runs, penalty);
        if (fixed.freeCount() == 0) {
            return new FormFit(form, from.point(), objective.value(from.point()), runs.size(), 0, true,
                    "every constant fixed", fixed);
        }
        double[] start = fixed.free(from.point());
        Minimum minimum = objective.hasHessian()
                ? new NewtonMinimizer(POLISH_GRADIENT_TOLERANCE, REFIT_ITERATIONS)
                        .minimize(fixed.restrictWithHessian(objective), start, cancelled)
                : new LbfgsMinimizer(minimizer.settings().withTolerances(REFIT_GRADIENT_TOLERANCE, 0))
                        .minimize(fixed.restrict(objective), start, cancelled);
        double[] point = fixed.full(minimum.point(), new double[form.coordinates().size()]);
        return new FormFit(form, point, minimum.value(), runs.size(), 1, minimum.converged(), minimum.stopReason(),
                fixed);
    }

    /** Fits from the given full points only (each with the fixed coordinates applied). */
    public FormFit fitFrom(List<TrainingRun> runs, List<double[]> starts, BooleanSupplier cancelled) {
        requireEnoughRuns(runs);
        return fitFrom(runs, form.objective(runs, penalty), starts, starts.size(), f -> { }, cancelled);
    }

    private void requireEnoughRuns(List<TrainingRun> runs) {
        int free = fixed.freeCount();
        if (runs.size() < Math.max(free, 1)) {
            throw new IllegalArgumentException("form " + form.id() + " fits " + free + " constants and needs at least "
                    + free + " runs, got " + runs.size());
        }
        boolean grid = search == Search.FULL_GRID || !form.hasFastSearch(fixed);
        int limit = grid ? Limits.APPROACH3_RUNS : Limits.FIT_RUNS;
        if (runs.size() > limit) {
            throw new IllegalArgumentException("form " + form.id() + " fits at most " + Limits.count(limit) + " runs with "
                    + (grid ? "the full grid of starts" : "the fast search") + ", got " + Limits.count(runs.size())
                    + "; fit a subset");
        }
        if (!fixed.any()) {
            // Data that cannot pin the constants down is refused, naming the runs, rather than fitted.
            if (form instanceof PowerLawForm power) {
                RunSpread.requireForPowerLaw(runs, power.variable(), RunSpread::runNumber);
            } else {
                RunSpread.requireForApproach3(runs, RunSpread::runNumber);
            }
        }
    }

    private FormFit fitFrom(List<TrainingRun> runs, FormObjective objective, List<double[]> starts, int polishCount,
                            DoubleConsumer progress, BooleanSupplier cancelled) {
        if (fixed.freeCount() == 0) {
            double[] point = fixed.apply(starts.get(0));
            double value = objective.value(point);
            progress.accept(1.0);
            return new FormFit(form, point, value, runs.size(), 0, true, "every constant fixed", fixed);
        }
        DifferentiableFunction free = fixed.restrict(objective);
        int total = starts.size();
        int reportEvery = Math.max(1, total / 100);
        AtomicInteger done = new AtomicInteger();
        IntStream indices = IntStream.range(0, total);
        Minimum[] minima = (parallel && total > 1 ? indices.parallel() : indices).mapToObj(i -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("fit of " + form.id() + " cancelled");
            }
            Minimum minimum;
            try {
                minimum = minimizer.minimize(free, fixed.free(fixed.apply(starts.get(i))), cancelled);
            } catch (IllegalArgumentException notFiniteAtStart) {
                minimum = null;
            }
            int finished = done.incrementAndGet();
            if (finished % reportEvery == 0 || finished == total) {
                progress.accept(finished / (double) total);
            }
            return minimum;
        }).toArray(Minimum[]::new);

        // Lowest objective first; ties go to the earlier start so the answer does not depend on threads.
        Integer[] order = IntStream.range(0, total).filter(i -> minima[i] != null).boxed().toArray(Integer[]::new);
        java.util.Arrays.sort(order, java.util.Comparator.<Integer>comparingDouble(i -> minima[i].value())
                .thenComparingInt(i -> i));
        if (order.length == 0) {
            throw new ArithmeticException("form " + form.id() + ": the objective is not finite at any of "
                    + total + " starts");
        }
        // The minimiser's own stopping test is loose on objectives far below 1, so unpolished values
        // rank basins only roughly: the best few are polished and compared polished.
        int polished = Math.min(order.length, polishCount);
        FormFit best = null;
        ArithmeticException overflow = null;
        for (int rank = 0; rank < order.length && (rank < polished || best == null); rank++) {
            Minimum minimum = minima[order[rank]];
            Minimum chosen = polish(objective, free, minimum, cancelled);
            boolean converged = minimum.converged() || chosen != minimum;
            String status = minimum.converged() ? "converged (" + minimum.stopReason() + ")"
                    : chosen.converged() ? "converged on polishing (" + chosen.stopReason() + ")"
                    : "did not converge: " + minimum.stopReason();
            double[] point = fixed.full(chosen.point(), new double[form.coordinates().size()]);
            try {
                // An optimum whose constants overflow (a coordinate run off along a flat direction)
                // cannot be reported; the next best finite one is.
                FormFit fit = new FormFit(form, point, chosen.value(), runs.size(), total, converged, status, fixed);
                if (best == null || fit.objective() < best.objective()) {
                    best = fit;
                }
            } catch (ArithmeticException e) {
                if (overflow == null) {
                    overflow = e;
                }
            }
        }
        if (best == null) {
            throw overflow;
        }
        return best;
    }

    /**
     * Polishes a minimum to a gradient of 1e-10: Newton where the form has a Hessian, then L-BFGS with
     * the tight tolerance (which carries on where Newton's damping stalls along a nearly flat
     * direction, such as a floor E sliding towards 0). Returns the lowest of the three points.
     */
    private Minimum polish(FormObjective objective, DifferentiableFunction free, Minimum minimum,
                           BooleanSupplier cancelled) {
        Minimum best = minimum;
        if (objective.hasHessian()) {
            Minimum newton = new NewtonMinimizer(POLISH_GRADIENT_TOLERANCE, REFIT_ITERATIONS)
                    .minimize(fixed.restrictWithHessian(objective), minimum.point(), cancelled);
            if (newton.value() <= best.value()) {
                best = newton;
            }
        }
        LbfgsMinimizer polisher = new LbfgsMinimizer(minimizer.settings().withTolerances(POLISH_GRADIENT_TOLERANCE, 0));
        Minimum lbfgs = polisher.minimize(free, best.point(), cancelled);
        return lbfgs.value() <= best.value() ? lbfgs : best;
    }

    /** Every start of the form's full grid, for comparisons (FastFitTest, FitBenchmark). */
    public List<double[]> gridStarts() {
        return new ArrayList<>(form.grid(fixed));
    }
}
