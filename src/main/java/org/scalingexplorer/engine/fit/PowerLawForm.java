package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * A single power law with a floor, {@code L = E + A x^-alpha} (science.md section 1), against one
 * variable x (N, D or C), in the coordinates a = ln A, e = ln E, alpha. The fast start finder scans
 * alpha and solves for E and A by non-negative least squares, as {@link ChinchillaForm} does.
 */
public record PowerLawForm(FitVariable variable) implements LawForm {

    public static final String ID = "power";

    static final int A = 0;
    static final int E = 1;
    static final int ALPHA = 2;

    private static final List<String> CONSTANTS = List.of("E", "A", "alpha");
    private static final double[] SCAN_EXPONENTS = LawForm.steps(0, 3, 0.01);
    private static final int CANDIDATES = 4;

    public PowerLawForm {
        if (variable == null) {
            throw new IllegalArgumentException("the power law needs a variable: params, tokens or flops");
        }
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String formula() {
        return "L = E + A/x^alpha against " + variable.id();
    }

    /** a in {0, 5, ..., 25}, e in {-1, ..., 1}, alpha in {0, ..., 2}, as the Chinchilla grid: 150 starts. */
    @Override
    public List<FormCoordinate> coordinates() {
        return List.of(new FormCoordinate("a", LawForm.steps(0, 25, 5)),
                new FormCoordinate("e", LawForm.steps(-1, 1, 0.5)),
                new FormCoordinate("alpha", LawForm.steps(0, 2, 0.5)));
    }

    @Override
    public List<String> constantNames() {
        return CONSTANTS;
    }

    @Override
    public Map<String, Double> constants(double[] point) {
        return LawForm.constantMap(CONSTANTS, Math.exp(point[E]), Math.exp(point[A]), point[ALPHA]);
    }

    @Override
    public FixedCoordinate fixedCoordinate(String constant, double value) {
        String name = LawForm.canonicalName(constant, CONSTANTS, ID);
        return switch (name) {
            case "E" -> new FixedCoordinate(name, E, ChinchillaForm.logOfPositive(name, value));
            case "A" -> new FixedCoordinate(name, A, ChinchillaForm.logOfPositive(name, value));
            default -> new FixedCoordinate(name, ALPHA, value);
        };
    }

    @Override
    public double logPrediction(double[] point, TrainingRun run) {
        return LogSumExp.of(point[A] - point[ALPHA] * Math.log(variable.of(run)), point[E]);
    }

    @Override
    public FormObjective objective(List<TrainingRun> runs, ResidualLoss penalty) {
        int n = runs.size();
        double[] logX = RunArrays.logOf(runs, variable::of);
        double[] logLoss = RunArrays.logOf(runs, TrainingRun::loss);
        return new FormObjective(runs) {
            @Override
            public double valueAndGradient(double[] point, double[] gradient) {
                double a = point[A];
                double e = point[E];
                double alpha = point[ALPHA];
                double sum = 0;
                double gradA = 0;
                double gradE = 0;
                double gradAlpha = 0;
                for (int i = 0; i < n; i++) {
                    double powerTerm = a - alpha * logX[i];
                    double shift = Math.max(powerTerm, e);
                    double powerWeight = Math.exp(powerTerm - shift);
                    double floorWeight = Math.exp(e - shift);
                    double total = powerWeight + floorWeight;
                    double residual = shift + Math.log(total) - logLoss[i];
                    sum += penalty.value(residual);
                    double scale = penalty.slope(residual) / total;
                    gradA += scale * powerWeight;
                    gradE += scale * floorWeight;
                    gradAlpha -= scale * powerWeight * logX[i];
                }
                gradient[A] = gradA;
                gradient[E] = gradE;
                gradient[ALPHA] = gradAlpha;
                return sum;
            }

            @Override
            public boolean hasHessian() {
                return true;
            }

            /** Terms t = (a - alpha log x, e) are linear in the point, as in LogLossObjective. */
            @Override
            public double valueGradientHessian(double[] point, double[] gradient, double[][] hessian) {
                double[] q = new double[3];
                java.util.Arrays.fill(gradient, 0);
                for (double[] row : hessian) {
                    java.util.Arrays.fill(row, 0);
                }
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    double powerTerm = point[A] - point[ALPHA] * logX[i];
                    double shift = Math.max(powerTerm, point[E]);
                    double wp = Math.exp(powerTerm - shift);
                    double wf = Math.exp(point[E] - shift);
                    double total = wp + wf;
                    double residual = shift + Math.log(total) - logLoss[i];
                    wp /= total;
                    wf /= total;
                    sum += penalty.value(residual);
                    double slope = penalty.slope(residual);
                    double curvature = penalty.curvature(residual);
                    q[A] = wp;
                    q[E] = wf;
                    q[ALPHA] = -wp * logX[i];
                    for (int j = 0; j < 3; j++) {
                        gradient[j] += slope * q[j];
                        for (int k = 0; k < 3; k++) {
                            hessian[j][k] += (curvature - slope) * q[j] * q[k];
                        }
                    }
                    hessian[A][A] += slope * wp;
                    hessian[A][ALPHA] -= slope * wp * logX[i];
                    hessian[ALPHA][A] -= slope * wp * logX[i];
                    hessian[ALPHA][ALPHA] += slope * wp * logX[i] * logX[i];
                    hessian[E][E] += slope * wf;
                }
                return sum;
            }
        };
    }

    @Override
    public List<double[]> promisingStarts(List<TrainingRun> runs, ResidualLoss penalty, FixedCoordinates fixed) {
        double[] loss = RunArrays.of(runs, TrainingRun::loss);
        double[] logX = RunArrays.logOf(runs, variable::of);
        double[] alphas = fixed.isFixed(ALPHA) ? new double[] {fixed.value(ALPHA)} : SCAN_EXPONENTS;
        double[][] features = ChinchillaForm.powers(logX, alphas);
        LinearPart linear = new LinearPart(loss, fixed, new int[] {A, E});
        double[][] scores = new double[1][alphas.length];
        double[][] exact = new double[1][alphas.length];
        double[][][] points = new double[1][alphas.length][];
        for (int k = 0; k < alphas.length; k++) {
            NonNegativeLeastSquares.Solution[] solutions = linear.solveRobust(features[k], null);
            scores[0][k] = solutions[0].sumOfSquares();
            double[] coefficients = linear.coefficients(solutions[1]);
            double[] point = new double[3];
            point[A] = linear.logCoefficient(0, coefficients[0], features[k]);
            point[E] = linear.logCoefficient(1, coefficients[1], null);
            point[ALPHA] = alphas[k];
            points[0][k] = fixed.apply(point);
            exact[0][k] = linear.objective(coefficients, penalty, features[k], null);
        }
        return ScanMinima.starts(scores, exact, points, CANDIDATES);
    }
}
