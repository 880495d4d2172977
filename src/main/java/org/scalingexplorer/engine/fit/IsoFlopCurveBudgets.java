package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Where a fitted law's isoFLOP curves are worth drawing: at each budget of an isoFLOP design (the
 * group column, or at most {@value #MAX_DESIGN_BUDGETS} clusters of FLOPs with 3 or more runs each);
 * for runs spread over many budgets, as read off Hoffmann's Figure 4, at 1 and 3 times each power of
 * ten among them, over the sizes trained within a factor of sqrt(3) of that budget.
 */
public final class IsoFlopCurveBudgets {

    /** More budget clusters than this are not an isoFLOP design but runs spread over budgets. */
    static final int MAX_DESIGN_BUDGETS = 16;
    /** Runs within a factor of sqrt(3) of a round budget count as trained near it. */
    private static final double NEAR_BUDGET_LOG = 0.5 * Math.log(3);

    /** A budget and the range of model sizes trained at or near it. */
    public record CurveBudget(double flops, double minParams, double maxParams) {

        static CurveBudget over(double flops, List<TrainingRun> runs) {
            return new CurveBudget(flops, runs.stream().mapToDouble(TrainingRun::params).min().orElse(Double.NaN),
                    runs.stream().mapToDouble(TrainingRun::params).max().orElse(Double.NaN));
        }

        boolean spansSizes() {
            return maxParams > minParams;
        }
    }

    private IsoFlopCurveBudgets() {
    }

    /** The budgets of {@code runs} worth a curve, smallest first; none with a single model size. */
    public static List<CurveBudget> of(List<TrainingRun> runs) {
        Map<String, List<TrainingRun>> groups = new IsoFlopFitter().groups(runs);
        List<CurveBudget> budgets = new ArrayList<>();
        boolean design = groups.size() <= MAX_DESIGN_BUDGETS && groups.values().stream().allMatch(g -> g.size() >= 3);
        if (design) {
            for (List<TrainingRun> group : groups.values()) {
                // The geometric-mean budget, as Approach 2 takes a group's budget.
                double flops = Math.exp(group.stream().mapToDouble(run -> Math.log(run.flops())).average().orElseThrow());
                budgets.add(CurveBudget.over(flops, group));
            }
        } else {
            double min = runs.stream().mapToDouble(TrainingRun::flops).min().orElseThrow();
            double max = runs.stream().mapToDouble(TrainingRun::flops).max().orElseThrow();
            for (int exponent = (int) Math.floor(Math.log10(min)); exponent <= Math.ceil(Math.log10(max)); exponent++) {
                for (double mantissa : new double[] {1, 3}) {
                    double flops = mantissa * Math.pow(10, exponent);
                    if (flops >= min && flops <= max) {
                        budgets.add(CurveBudget.over(flops, runs.stream()
                                .filter(run -> Math.abs(Math.log(run.flops() / flops)) <= NEAR_BUDGET_LOG).toList()));
                    }
                }
            }
        }
        budgets.removeIf(budget -> !budget.spansSizes());
        budgets.sort(Comparator.comparingDouble(CurveBudget::flops));
        return budgets;
    }
}
