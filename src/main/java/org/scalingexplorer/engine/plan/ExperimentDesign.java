package org.scalingexplorer.engine.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.Require;

/**
 * The runs a scaling study trains, before any loss is known: explicit sizes per budget, or
 * isoFLOP sweeps around a guessed optimum.
 */
public record ExperimentDesign(List<PlannedRun> runs) {

    /**
     * The rule of thumb of science.md section 3 (about 20 tokens per parameter). The default sweeps
     * centre on it rather than on the true law's optimum, because a real study does not know the
     * truth it is trying to measure.
     */
    public static final double GUESSED_TOKENS_PER_PARAM = 20;
    /** Default factor either side of the guessed optimum: sizes from N/4 to 4N bracket laws whose
     * optimum lies anywhere from about 1.25 to 320 tokens per parameter. */
    public static final double DEFAULT_SPREAD = 4;

    public ExperimentDesign {
        runs = List.copyOf(runs);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one run");
        }
    }

    /** Given sizes at each budget (FLOPs to parameter counts). */
    public static ExperimentDesign of(Map<Double, List<Double>> sizesByBudget) {
        List<PlannedRun> runs = new ArrayList<>();
        sizesByBudget.forEach((flops, sizes) -> {
            Require.positive("budget", flops);
            sizes.forEach(params -> runs.add(PlannedRun.atBudget(flops, params)));
        });
        return new ExperimentDesign(runs);
    }

    /**
     * {@code perBudget} sizes at each budget, log-spaced from N_guess/spread to N_guess*spread, where
     * N_guess puts {@link #GUESSED_TOKENS_PER_PARAM} tokens on each parameter: an isoFLOP sweep.
     */
    public static ExperimentDesign isoFlop(List<Double> budgets, int perBudget, double spread) {
        if (budgets.isEmpty()) {
            throw new IllegalArgumentException("a study needs at least one budget");
        }
        if (perBudget < 1) {
            throw new IllegalArgumentException("runs per budget must be at least 1, got " + perBudget);
        }
        Require.atLeast("spread", spread, 1);
        List<PlannedRun> runs = new ArrayList<>();
        for (double flops : budgets) {
            Require.positive("budget", flops);
            double guess = Math.sqrt(flops / (6 * GUESSED_TOKENS_PER_PARAM));
            for (int i = 0; i < perBudget; i++) {
                double position = perBudget == 1 ? 0 : -1 + 2.0 * i / (perBudget - 1);
                runs.add(PlannedRun.atBudget(flops, guess * Math.pow(spread, position)));
            }
        }
        return new ExperimentDesign(runs);
    }

    /** {@code count} budgets log-spaced from {@code minFlops} to {@code maxFlops}, then {@link #isoFlop}. */
    public static ExperimentDesign budgetRange(double minFlops, double maxFlops, int count, int perBudget,
                                               double spread) {
        Require.positive("smallest budget", minFlops);
        Require.atLeast("largest budget", maxFlops, minFlops);
        if (count < 1) {
            throw new IllegalArgumentException("budget count must be at least 1, got " + count);
        }
        List<Double> budgets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double fraction = count == 1 ? 0 : i / (double) (count - 1);
            budgets.add(minFlops * Math.pow(maxFlops / minFlops, fraction));
        }
        return isoFlop(budgets, perBudget, spread);
    }

    public int size() {
        return runs.size();
    }

    /** The largest budget of any planned run. */
    public double largestFlops() {
        return runs.stream().mapToDouble(PlannedRun::flops).max().orElseThrow();
    }
}
