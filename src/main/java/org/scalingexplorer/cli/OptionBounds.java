package org.scalingexplorer.cli;

import java.util.List;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.PhysicalRange;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.plan.NextRunAdvisor;

/**
 * The bounds of the command line's size-like options, each declared once (from {@link Limits}) and
 * checked before any work starts: a count past its bound is refused in one line that names the
 * option and its range, instead of running out of memory or time.
 */
final class OptionBounds {

    /**
     * An integer option's range. {@code zeroMeansNone}: 0 is accepted too and means "none" (no
     * bootstrap, a single study), below {@code min} otherwise.
     */
    record Bound(String option, long min, long max, boolean zeroMeansNone) {

        long check(long value) {
            if ((zeroMeansNone && value == 0) || (value >= min && value <= max)) {
                return value;
            }
            throw new IllegalArgumentException(option + " must be " + (zeroMeansNone ? "0 (none) or " : "")
                    + "between " + Limits.count(min) + " and " + Limits.count(max) + " (the limit), got " + Limits.count(value));
        }

        int check(int value) {
            return (int) check((long) value);
        }
    }

    static final Bound BOOTSTRAP = new Bound("--bootstrap", 2, Limits.BOOTSTRAP_RESAMPLES, true);
    static final Bound RESAMPLES = new Bound("--resamples", NextRunAdvisor.MIN_RESAMPLES, Limits.BOOTSTRAP_RESAMPLES, false);
    static final Bound EXCLUDE_HIGHEST_LOSS = new Bound("--exclude-highest-loss", 0, Limits.RUN_FILE_ROWS, false);
    static final Bound ISOFLOP_BUDGETS = new Bound("--flops", 1, Limits.BUDGETS, false);
    static final Bound STUDY_BUDGETS = new Bound("--budgets", 1, Limits.BUDGETS, false);
    static final Bound BUDGET_COUNT = new Bound("--budget-count", 1, Limits.BUDGETS, false);
    static final Bound PER_BUDGET = new Bound("--per-budget", 1, Limits.SIZES_PER_BUDGET, false);
    static final Bound REPEAT = new Bound("--repeat", 2, Limits.STUDY_REPETITIONS, true);
    static final Bound COUNT = new Bound("--count", 1, Limits.LISTED_ROWS, false);
    static final Bound VOCAB = new Bound("--vocab", 0, 10_000_000, false);
    static final Bound WIDTH = new Bound("--width", 200, 10_000, false);
    static final Bound HEIGHT = new Bound("--height", 150, 10_000, false);
    static final Bound TIME_LIMIT = new Bound("--time-limit", 1, Limits.MAX_TIME_LIMIT_SECONDS, false);

    private OptionBounds() {
    }

    /** Characters of a title or caption: a line or two on a figure. */
    static final int TEXT_CHARS = 1_000;

    /** A title or caption, at most {@link #TEXT_CHARS} characters. */
    static String text(String option, String value) {
        if (value != null && value.length() > TEXT_CHARS) {
            throw new IllegalArgumentException(option + " must be at most " + Limits.count(TEXT_CHARS) + " characters, got "
                    + Limits.count(value.length()));
        }
        return value;
    }

    /** A training budget option, within the budgets the engine takes (1e10 to 1e32 FLOPs). */
    static double budget(String option, double flops) {
        if (!(flops >= ComputeBudget.MIN_FLOPS && flops <= ComputeBudget.MAX_FLOPS)) {
            throw new IllegalArgumentException(option + " must be between " + PhysicalRange.format(ComputeBudget.MIN_FLOPS)
                    + " and " + PhysicalRange.format(ComputeBudget.MAX_FLOPS) + " FLOPs, got " + PhysicalRange.format(flops));
        }
        return flops;
    }

    /** A list of budgets: at most {@code bound} of them, each a budget. */
    static List<Double> budgets(Bound bound, List<Double> flops) {
        bound.check(flops.size());
        for (double value : flops) {
            budget(bound.option(), value);
        }
        return flops;
    }

    /** A physical quantity option ({@code --params}, {@code --unique}) within its range, named by the option. */
    static double physical(String option, PhysicalRange range, double value) {
        return range.named(option).require(value);
    }

    /**
     * Refuses work whose size is the product of several options and the data: {@code runs} runs
     * refitted {@code refits} times.
     */
    static void checkRunRefits(int runs, long refits, String options) {
        long work = runs * refits;
        if (work > Limits.RUN_REFITS) {
            throw new IllegalArgumentException(options + " with " + Limits.count(runs) + " runs asks for "
                    + Limits.count(work) + " run-refits, more than the " + Limits.count(Limits.RUN_REFITS)
                    + " a command does (runs x refits); ask for fewer");
        }
    }
}
