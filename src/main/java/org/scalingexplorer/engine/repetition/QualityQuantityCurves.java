package org.scalingexplorer.engine.repetition;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;

/**
 * Quality against quantity ("crossing curves", science.md sections 1 and 5): for each pool, the loss
 * of the compute-optimal data-constrained allocation against compute. A small clean pool wins while
 * the budget reads it only a few times; once the budget forces many epochs its repeats lose value
 * and a larger, rougher pool overtakes it. The budgets where two curves cross are found by Brent's
 * method in log10 C between grid points whose loss difference changes sign.
 */
public record QualityQuantityCurves(double[] flops, List<PoolCurve> curves, List<PoolCrossing> crossings) {

    /** One pool's curve: element i belongs to {@code flops[i]}. */
    public record PoolCurve(DataPool pool, double[] params, double[] epochs, double[] loss) {
    }

    private static final double LOG10_FLOPS_ACCURACY = 1e-9;
    private static final int MAX_SOLVER_EVALUATIONS = 100;

    public static QualityQuantityCurves of(DataConstrainedLaw law, List<DataPool> pools,
                                           double fromFlops, double toFlops, int points) {
        if (pools == null || pools.isEmpty()) {
            throw new IllegalArgumentException("pools must name at least one pool");
        }
        double[] flops = Grid.logSpaced(Require.positive("fromFlops", fromFlops),
                Require.positive("toFlops", toFlops), points);
        List<PoolCurve> curves = new ArrayList<>(pools.size());
        for (DataPool pool : pools) {
            DataConstrainedLaw poolLaw = pool.lawFor(law);
            double[] params = new double[points];
            double[] epochs = new double[points];
            double[] loss = new double[points];
            for (int i = 0; i < points; i++) {
                DataConstrainedAllocation best = DataConstrainedAllocator.allocate(poolLaw,
                        ComputeBudget.ofFlops(flops[i]), pool.uniqueTokens());
                params[i] = best.params();
                epochs[i] = best.epochs();
                loss[i] = best.loss();
            }
            curves.add(new PoolCurve(pool, params, epochs, loss));
        }
        List<PoolCrossing> crossings = new ArrayList<>();
        for (int a = 0; a < curves.size(); a++) {
            for (int b = a + 1; b < curves.size(); b++) {
                crossings.addAll(crossingsOf(law, flops, curves.get(a), curves.get(b)));
            }
        }
        return new QualityQuantityCurves(flops, List.copyOf(curves), List.copyOf(crossings));
    }

    /** The compute-optimal loss of one pool at one budget. */
    public static double optimalLoss(DataConstrainedLaw law, DataPool pool, double flops) {
        return DataConstrainedAllocator.allocate(pool.lawFor(law), ComputeBudget.ofFlops(flops),
                pool.uniqueTokens()).loss();
    }

    private static List<PoolCrossing> crossingsOf(DataConstrainedLaw law, double[] flops, PoolCurve first,
                                                  PoolCurve second) {
        List<PoolCrossing> found = new ArrayList<>();
        DataPool a = first.pool();
        DataPool b = second.pool();
        for (int i = 0; i + 1 < flops.length; i++) {
            double before = first.loss()[i] - second.loss()[i];
            double after = first.loss()[i + 1] - second.loss()[i + 1];
            // A crossing exactly on a grid point belongs to the interval it ends, so it counts once.
            boolean crosses = (before < 0 && after >= 0) || (before > 0 && after <= 0);
            if (!crosses) {
                continue;
            }
            double log10Flops = new BrentSolver(LOG10_FLOPS_ACCURACY).solve(MAX_SOLVER_EVALUATIONS,
                    x -> optimalLoss(law, a, Math.pow(10, x)) - optimalLoss(law, b, Math.pow(10, x)),
                    Math.log10(flops[i]), Math.log10(flops[i + 1]));
            double at = Math.pow(10, log10Flops);
            boolean firstBetterBelow = before < 0;
            found.add(new PoolCrossing(firstBetterBelow ? a : b, firstBetterBelow ? b : a, at,
                    optimalLoss(law, a, at)));
        }
        return found;
    }

    public PoolCurve curveOf(String poolName) {
        return curves.stream().filter(c -> c.pool().name().equals(poolName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no pool named " + poolName));
    }
}
