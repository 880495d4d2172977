package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Whether runs spread enough for a fit to determine its law, and if not, which runs show it. A fit
 * of runs that all share one model size, one token count or one budget, or that repeat a handful of
 * points, "converges" to constants the data never constrained; these checks refuse such data with
 * a message that says what is missing and names the runs, instead of a silent number.
 */
public final class RunSpread {

    /** Budgets within this fraction of each other count as one, as Approach 2 groups them. */
    static final double SAME_BUDGET = IsoFlopFitter.DEFAULT_FLOPS_TOLERANCE;
    /** Sizes this close (relatively) are one size: a rounding, not a second point. */
    private static final double SAME_VALUE = 1e-9;
    private static final int NAMED_RUNS = 3;

    private RunSpread() {
    }

    /**
     * Refuses runs Approach 3 cannot fit: fewer than 5 distinct (N, D) points, one model size, one
     * token count, or every run at one budget (then N and D move together and the two terms cannot
     * be told apart). {@code label} names run {@code i} ("line 12", "run 13").
     */
    public static void requireForApproach3(List<TrainingRun> runs, IntFunction<String> label) {
        requireDistinctPoints(runs, 5, label, "Approach 3 fits 5 constants");
        requireVaried(runs, label, Axis.PARAMS, "how loss falls with N (A and alpha)");
        requireVaried(runs, label, Axis.TOKENS, "how loss falls with D (B and beta)");
        requireVaried(runs, label, Axis.FLOPS, "the N term from the D term: at one budget N and D move together");
    }

    /** Refuses runs a power law with offset against {@code variable} cannot fit: fewer than 3 distinct values. */
    public static void requireForPowerLaw(List<TrainingRun> runs, FitVariable variable, IntFunction<String> label) {
        Axis axis = switch (variable) {
            case PARAMS -> Axis.PARAMS;
            case TOKENS -> Axis.TOKENS;
            case FLOPS -> Axis.FLOPS;
        };
        int distinct = distinctCount(runs, axis);
        if (distinct < 3) {
            throw new IllegalArgumentException("the runs cannot determine the law: a power law with offset fits 3 "
                    + "constants and needs 3 or more distinct values of " + axis.name + ", got " + distinct + " among "
                    + runs.size() + " runs (" + names(indicesAll(runs.size()), label) + ")");
        }
    }

    /** The default label: "run 13" for index 12. */
    public static String runNumber(int index) {
        return "run " + (index + 1);
    }

    private enum Axis {
        PARAMS("params", SAME_VALUE), TOKENS("tokens", SAME_VALUE), FLOPS("flops", SAME_BUDGET);

        final String name;
        final double tolerance;

        Axis(String name, double tolerance) {
            this.name = name;
            this.tolerance = tolerance;
        }

        double of(TrainingRun run) {
            return switch (this) {
                case PARAMS -> run.params();
                case TOKENS -> run.tokens();
                case FLOPS -> run.flops();
            };
        }
    }

    private static void requireVaried(List<TrainingRun> runs, IntFunction<String> label, Axis axis, String what) {
        if (runs.isEmpty() || distinctCount(runs, axis) > 1) {
            return;
        }
        String value = org.scalingexplorer.engine.PhysicalRange.format(axis.of(runs.get(0)));
        String same = axis == Axis.FLOPS ? "are at one budget (" + value + " FLOPs, within "
                + Math.round(100 * SAME_BUDGET) + "%)" : "have " + axis.name + " = " + value;
        throw new IllegalArgumentException("the runs cannot determine the law: all " + runs.size() + " runs " + same
                + " (" + names(indicesAll(runs.size()), label) + "), so nothing in them shows " + what
                + "; add runs that differ in " + axis.name);
    }

    private static void requireDistinctPoints(List<TrainingRun> runs, int needed, IntFunction<String> label, String why) {
        List<Integer> firsts = new ArrayList<>();
        List<Integer> repeats = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            TrainingRun run = runs.get(i);
            boolean seen = false;
            for (int first : firsts) {
                if (same(run.params(), runs.get(first).params(), SAME_VALUE)
                        && same(run.tokens(), runs.get(first).tokens(), SAME_VALUE)) {
                    seen = true;
                    break;
                }
            }
            if (seen) {
                repeats.add(i);
            } else {
                firsts.add(i);
                if (firsts.size() >= needed) {
                    return;
                }
            }
        }
        throw new IllegalArgumentException("the runs cannot determine the law: " + why + " and needs " + needed
                + " or more distinct (params, tokens) points, got " + firsts.size() + " among " + runs.size()
                + " runs" + (repeats.isEmpty() ? "" : "; " + names(repeats, label) + " repeat" + (repeats.size() == 1 ? "s" : "")
                + " an earlier point"));
    }

    private static int distinctCount(List<TrainingRun> runs, Axis axis) {
        double[] values = runs.stream().mapToDouble(axis::of).sorted().toArray();
        int distinct = values.length == 0 ? 0 : 1;
        double groupStart = values.length == 0 ? 0 : values[0];
        for (double value : values) {
            if (!same(value, groupStart, axis.tolerance)) {
                distinct++;
                groupStart = value;
            }
        }
        return distinct;
    }

    private static boolean same(double a, double b, double relative) {
        return Math.abs(a - b) <= relative * Math.max(Math.abs(a), Math.abs(b));
    }

    private static List<Integer> indicesAll(int size) {
        List<Integer> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(i);
        }
        return all;
    }

    /** "line 2, line 3, line 4 and 37 more". */
    private static String names(List<Integer> indices, IntFunction<String> label) {
        StringBuilder text = new StringBuilder();
        int shown = Math.min(NAMED_RUNS, indices.size());
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(i == indices.size() - 1 ? " and " : ", ");
            }
            text.append(label.apply(indices.get(i)));
        }
        if (indices.size() > shown) {
            text.append(" and ").append(indices.size() - shown).append(" more");
        }
        return text.toString();
    }
}
