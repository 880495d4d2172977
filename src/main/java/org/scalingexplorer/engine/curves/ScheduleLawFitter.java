package org.scalingexplorer.engine.curves;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Fits the schedule law {@code L = L0 + A S1^-alpha - C S2} (Tissue et al. 2024) to one or more
 * curves by least squares on the loss. For a fixed alpha the law is linear in (L0, A, C), which a QR
 * solve gives exactly; alpha itself is found by a scan of 120 log-spaced values in [0.01, 3] and a
 * Brent refinement around the best (variable projection). When no curve anneals (every S2 is 0)
 * C cannot be told apart from nothing and is fixed at 0.
 */
public final class ScheduleLawFitter {

    private static final double MIN_ALPHA = 0.01;
    private static final double MAX_ALPHA = 3.0;
    private static final int SCAN = 120;

    private final double decayFactor;

    public ScheduleLawFitter() {
        this(ScheduleAreas.DEFAULT_DECAY_FACTOR);
    }

    public ScheduleLawFitter(double decayFactor) {
        this.decayFactor = decayFactor;
    }

    public ScheduleLawFit fit(List<ScheduleCurve> curves) {
        List<double[]> rows = new ArrayList<>();
        for (ScheduleCurve curve : curves) {
            if (curve.size() == 0) {
                continue;
            }
            ScheduleAreas areas = ScheduleAreas.of(curve.schedule(), curve.steps(), decayFactor);
            for (int i = 0; i < curve.size(); i++) {
                rows.add(new double[] {areas.forward()[i], areas.annealing()[i], curve.losses()[i]});
            }
        }
        if (rows.size() < 4) {
            throw new IllegalArgumentException("the schedule law has 4 constants and needs at least 4 checkpoints "
                    + "after warmup, got " + rows.size());
        }
        double[] forward = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] annealing = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] losses = rows.stream().mapToDouble(r -> r[2]).toArray();
        boolean anneals = false;
        for (double area : annealing) {
            anneals |= area != 0;
        }
        boolean withAnnealing = anneals;

        double bestAlpha = MIN_ALPHA;
        double bestCost = Double.POSITIVE_INFINITY;
        double logMin = Math.log(MIN_ALPHA);
        double logStep = (Math.log(MAX_ALPHA) - logMin) / (SCAN - 1);
        for (int k = 0; k < SCAN; k++) {
            double alpha = Math.exp(logMin + k * logStep);
            double cost = solve(alpha, forward, annealing, losses, withAnnealing).cost;
            if (cost < bestCost) {
                bestCost = cost;
                bestAlpha = alpha;
            }
        }
        double low = Math.max(MIN_ALPHA, bestAlpha * Math.exp(-logStep));
        double high = Math.min(MAX_ALPHA, bestAlpha * Math.exp(logStep));
        UnivariatePointValuePair refined = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500),
                new UnivariateObjectiveFunction(alpha -> solve(alpha, forward, annealing, losses, withAnnealing).cost),
                GoalType.MINIMIZE, new SearchInterval(low, high, bestAlpha));
        double alpha = refined.getValue() <= bestCost ? refined.getPoint() : bestAlpha;
        Solution solution = solve(alpha, forward, annealing, losses, withAnnealing);
        ScheduleLaw law = new ScheduleLaw(solution.l0, solution.a, alpha, solution.c, decayFactor);
        double squares = 0;
        double maxError = 0;
        for (int i = 0; i < losses.length; i++) {
            double error = law.loss(forward[i], annealing[i]) - losses[i];
            squares += error * error;
            maxError = Math.max(maxError, Math.abs(error));
        }
        return new ScheduleLawFit(law, Math.sqrt(squares / losses.length), maxError, losses.length,
                (int) curves.stream().filter(c -> c.size() > 0).count());
    }

    private record Solution(double l0, double a, double c, double cost) {
    }

    /** The least-squares (L0, A, C) for one alpha, and the sum of squared errors. */
    private static Solution solve(double alpha, double[] forward, double[] annealing, double[] losses,
                                  boolean withAnnealing) {
        int n = losses.length;
        int columns = withAnnealing ? 3 : 2;
        double[][] design = new double[n][columns];
        for (int i = 0; i < n; i++) {
            design[i][0] = 1;
            design[i][1] = Math.pow(forward[i], -alpha);
            if (withAnnealing) {
                design[i][2] = -annealing[i];
            }
        }
        RealVector target = new ArrayRealVector(losses, false);
        try {
            RealVector x = new QRDecomposition(new Array2DRowRealMatrix(design, false), 1e-12).getSolver().solve(target);
            RealVector residual = new Array2DRowRealMatrix(design, false).operate(x).subtract(target);
            return new Solution(x.getEntry(0), x.getEntry(1), withAnnealing ? x.getEntry(2) : 0,
                    residual.dotProduct(residual));
        } catch (org.apache.commons.math3.linear.SingularMatrixException e) {
            return new Solution(Double.NaN, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY);
        }
    }
}
