package org.scalingexplorer.engine.fit;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.scalingexplorer.engine.Limits;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Fits a single power law with offset, {@code L = A x^-alpha + E}, by Levenberg-Marquardt least
 * squares on log L. The unknowns are (a, alpha, e) with A = exp(a) and E = exp(e), so the model is
 * {@code log L = LSE(a - alpha log x, e)} (the same log-sum-exp form as Approach 3) and A and E stay
 * positive. A small grid of starts (exponents 0.05 to 0.8, floors at 50% and 90% of the lowest
 * loss) guards against local minima; the lowest sum of squares wins.
 */
public final class OffsetPowerLawFitter {

    private static final double[] START_EXPONENTS = {0.05, 0.1, 0.2, 0.4, 0.8};
    private static final double[] START_FLOOR_FRACTIONS = {0.5, 0.9};
    private static final int MAX_EVALUATIONS = 10_000;

    public OffsetPowerLawFit fit(List<TrainingRun> runs, FitVariable variable) {
        if (runs.size() < 3) {
            throw new IllegalArgumentException("a power law with offset fits 3 parameters and needs at least 3 runs, got "
                    + runs.size());
        }
        if (runs.size() > Limits.FIT_RUNS) {
            throw new IllegalArgumentException("a power-law fit takes at most " + Limits.count(Limits.FIT_RUNS)
                    + " runs, got " + Limits.count(runs.size()) + "; fit a subset");
        }
        RunSpread.requireForPowerLaw(runs, variable, RunSpread::runNumber);
        double[] logX = runs.stream().mapToDouble(run -> Math.log(variable.of(run))).toArray();
        double[] logLoss = runs.stream().mapToDouble(run -> Math.log(run.loss())).toArray();
        double minLoss = runs.stream().mapToDouble(TrainingRun::loss).min().orElseThrow();
        double[] sortedLogX = logX.clone();
        Arrays.sort(sortedLogX);
        double medianLogX = sortedLogX[sortedLogX.length / 2];
        double medianLoss = Math.exp(median(logLoss));

        MultivariateJacobianFunction model = point -> residualsAndJacobian(point, logX, logLoss);
        LeastSquaresOptimizer optimizer = new LevenbergMarquardtOptimizer();
        double bestCost = Double.POSITIVE_INFINITY;
        double[] best = null;
        boolean bestConverged = false;
        String failure = "no start converged";
        for (double exponent : START_EXPONENTS) {
            for (double floorFraction : START_FLOOR_FRACTIONS) {
                double floor = floorFraction * minLoss;
                // Start on the curve through the median point: A x_med^-alpha = L_med - E.
                double a = Math.log(Math.max(medianLoss - floor, 1e-3 * medianLoss)) + exponent * medianLogX;
                double[] start = {a, exponent, Math.log(floor)};
                double[] point;
                boolean converged;
                try {
                    var optimum = optimizer.optimize(new LeastSquaresBuilder()
                            .model(model)
                            .target(new double[logX.length])
                            .start(start)
                            .maxEvaluations(MAX_EVALUATIONS)
                            .maxIterations(MAX_EVALUATIONS)
                            .build());
                    point = optimum.getPoint().toArray();
                    converged = true;
                } catch (TooManyEvaluationsException | TooManyIterationsException | ConvergenceException e) {
                    point = start;
                    converged = false;
                    failure = e.getMessage();
                }
                double cost = sumOfSquares(point, logX, logLoss);
                if (Double.isFinite(cost) && allFinite(point) && (cost < bestCost || best == null)) {
                    bestCost = cost;
                    best = point;
                    bestConverged = converged;
                }
            }
        }
        if (best == null) {
            throw new ArithmeticException("power-law fit against " + variable.id() + " produced no finite point");
        }
        return new OffsetPowerLawFit(variable, Math.exp(best[0]), best[1], Math.exp(best[2]), bestCost, runs.size(),
                bestConverged, bestConverged ? "converged" : "did not converge: " + failure);
    }

    private static Pair<RealVector, org.apache.commons.math3.linear.RealMatrix> residualsAndJacobian(
            RealVector point, double[] logX, double[] logLoss) {
        double a = point.getEntry(0);
        double alpha = point.getEntry(1);
        double e = point.getEntry(2);
        double[] residuals = new double[logX.length];
        double[][] jacobian = new double[logX.length][3];
        for (int i = 0; i < logX.length; i++) {
            double powerTerm = a - alpha * logX[i];
            double largest = Math.max(powerTerm, e);
            double powerWeight = Math.exp(powerTerm - largest);
            double floorWeight = Math.exp(e - largest);
            double total = powerWeight + floorWeight;
            residuals[i] = largest + Math.log(total) - logLoss[i];
            jacobian[i][0] = powerWeight / total;
            jacobian[i][1] = -logX[i] * powerWeight / total;
            jacobian[i][2] = floorWeight / total;
        }
        return new Pair<>(new ArrayRealVector(residuals, false), new Array2DRowRealMatrix(jacobian, false));
    }

    private static double sumOfSquares(double[] point, double[] logX, double[] logLoss) {
        double sum = 0;
        for (int i = 0; i < logX.length; i++) {
            double powerTerm = point[0] - point[1] * logX[i];
            double largest = Math.max(powerTerm, point[2]);
            double residual = largest + Math.log(Math.exp(powerTerm - largest) + Math.exp(point[2] - largest))
                    - logLoss[i];
            sum += residual * residual;
        }
        return sum;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static boolean allFinite(double[] values) {
        return Arrays.stream(values).allMatch(Double::isFinite);
    }
}
