package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * {@code L = E + A/N^alpha + B/D^beta} of Hoffmann et al. 2022 (science.md section 3), fitted in
 * the coordinates of the paper: A = exp(a), B = exp(b), E = exp(e). {@link #TIED} is the same form
 * with one shared exponent, alpha = beta, as Muennighoff et al. 2023 and Gadre et al. 2024 fit it.
 *
 * <p>Its fast start finder uses that for fixed exponents the loss is linear in E, A and B: over a
 * fine scan of the exponents it solves for them by non-negative least squares on relative
 * residuals ((L_hat - L)/L, the first-order size of the log-loss residual the objective penalises)
 * and hands the best basins of that scan to L-BFGS on the real objective.
 */
public final class ChinchillaForm implements LawForm {

    public static final String ID = "chinchilla";
    public static final String TIED_ID = "chinchilla-tied";
    public static final ChinchillaForm FREE = new ChinchillaForm(false);
    public static final ChinchillaForm TIED = new ChinchillaForm(true);

    static final int A = 0;
    static final int B = 1;
    static final int E = 2;
    static final int ALPHA = 3;
    static final int BETA = 4;

    private static final List<String> CONSTANTS = List.of("E", "A", "B", "alpha", "beta");
    /** Exponents the scan tries: fine where fitted exponents lie, coarser beyond. */
    private static final double[] SCAN_EXPONENTS = scanExponents();
    private static final double[] TIED_SCAN_EXPONENTS = LawForm.steps(0, 3, 0.01);
    /** Basins of the scan refined by L-BFGS. */
    private static final int CANDIDATES = 6;

    private final boolean tied;

    private ChinchillaForm(boolean tied) {
        this.tied = tied;
    }

    private static double[] scanExponents() {
        double[] fine = LawForm.steps(0, 1.5, 0.05);
        double[] coarse = LawForm.steps(1.7, 3.1, 0.2);
        double[] all = new double[fine.length + coarse.length];
        System.arraycopy(fine, 0, all, 0, fine.length);
        System.arraycopy(coarse, 0, all, fine.length, coarse.length);
        return all;
    }

    public boolean tied() {
        return tied;
    }

    @Override
    public String id() {
        return tied ? TIED_ID : ID;
    }

    @Override
    public String formula() {
        return tied ? "L = E + A/N^alpha + B/D^alpha (one exponent; Muennighoff et al. 2023, Gadre et al. 2024)"
                : "L = E + A/N^alpha + B/D^beta (Hoffmann et al. 2022)";
    }

    /** The grid of Hoffmann et al. 2022: a, b in {0, 5, ..., 25}, e in {-1, ..., 1}, alpha, beta in {0, ..., 2}. */
    @Override
    public List<FormCoordinate> coordinates() {
        double[] exponents = LawForm.steps(0, 2, 0.5);
        List<FormCoordinate> coordinates = new ArrayList<>(List.of(
                new FormCoordinate("a", LawForm.steps(0, 25, 5)),
                new FormCoordinate("b", LawForm.steps(0, 25, 5)),
                new FormCoordinate("e", LawForm.steps(-1, 1, 0.5)),
                new FormCoordinate("alpha", exponents)));
        if (!tied) {
            coordinates.add(new FormCoordinate("beta", exponents));
        }
        return coordinates;
    }

    @Override
    public List<String> constantNames() {
        return CONSTANTS;
    }

    @Override
    public Map<String, Double> constants(double[] point) {
        return LawForm.constantMap(CONSTANTS, Math.exp(point[E]), Math.exp(point[A]), Math.exp(point[B]),
                point[ALPHA], tied ? point[ALPHA] : point[BETA]);
    }

    @Override
    public FixedCoordinate fixedCoordinate(String constant, double value) {
        String name = LawForm.canonicalName(constant, CONSTANTS, id());
        return switch (name) {
            case "E" -> new FixedCoordinate(name, E, logOfPositive(name, value));
            case "A" -> new FixedCoordinate(name, A, logOfPositive(name, value));
            case "B" -> new FixedCoordinate(name, B, logOfPositive(name, value));
            case "alpha" -> new FixedCoordinate(name, ALPHA, value);
            default -> {
                if (tied) {
                    throw new IllegalArgumentException("--fix beta: " + TIED_ID + " ties beta to alpha; fix alpha");
                }
                yield new FixedCoordinate(name, BETA, value);
            }
        };
    }

    static double logOfPositive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException("--fix " + name + " must be greater than 0, got " + value);
        }
        return Math.log(value);
    }

    @Override
    public double logPrediction(double[] point, TrainingRun run) {
        return logLoss(point[A], point[B], point[E], point[ALPHA], tied ? point[ALPHA] : point[BETA], run);
    }

    @Override
    public FormObjective objective(List<TrainingRun> runs, ResidualLoss penalty) {
        LogLossObjective free = new LogLossObjective(runs, penalty);
        if (!tied) {
            return new FormObjective(runs) {
                @Override
                public double valueAndGradient(double[] point, double[] gradient) {
                    return free.valueAndGradient(point, gradient);
                }

                @Override
                public boolean hasHessian() {
                    return true;
                }

                @Override
                public double valueGradientHessian(double[] point, double[] gradient, double[][] hessian) {
                    return free.valueGradientHessian(point, gradient, hessian);
                }
            };
        }
        return new FormObjective(runs) {
            @Override
            public double valueAndGradient(double[] point, double[] gradient) {
                double[] fullGradient = new double[5];
                double value = free.valueAndGradient(untied(point), fullGradient);
                System.arraycopy(fullGradient, 0, gradient, 0, 4);
                gradient[ALPHA] = fullGradient[ALPHA] + fullGradient[BETA];
                return value;
            }

            @Override
            public boolean hasHessian() {
                return true;
            }

            @Override
            public double valueGradientHessian(double[] point, double[] gradient, double[][] hessian) {
                double[] fullGradient = new double[5];
                double[][] full = new double[5][5];
                double value = free.valueGradientHessian(untied(point), fullGradient, full);
                System.arraycopy(fullGradient, 0, gradient, 0, 4);
                gradient[ALPHA] = fullGradient[ALPHA] + fullGradient[BETA];
                // beta = alpha: the alpha row and column gather the beta ones.
                for (int i = 0; i < 4; i++) {
                    for (int j = 0; j < 4; j++) {
                        double h = full[i][j];
                        if (i == ALPHA) {
                            h += full[BETA][j];
                        }
                        if (j == ALPHA) {
                            h += full[i][BETA];
                        }
                        if (i == ALPHA && j == ALPHA) {
                            h += full[BETA][BETA];
                        }
                        hessian[i][j] = h;
                    }
                }
                return value;
            }
        };
    }

    private static double[] untied(double[] point) {
        return new double[] {point[A], point[B], point[E], point[ALPHA], point[ALPHA]};
    }

    private static double logLoss(double a, double b, double e, double alpha, double beta, TrainingRun run) {
        return LogSumExp.of(a - alpha * Math.log(run.params()), b - beta * Math.log(run.tokens()), e);
    }

    @Override
    public List<double[]> promisingStarts(List<TrainingRun> runs, ResidualLoss penalty, FixedCoordinates fixed) {
        double[] loss = RunArrays.of(runs, TrainingRun::loss);
        double[] logParams = RunArrays.logOf(runs, TrainingRun::params);
        double[] logTokens = RunArrays.logOf(runs, TrainingRun::tokens);
        double[] alphas = fixed.isFixed(ALPHA) ? new double[] {fixed.value(ALPHA)}
                : tied ? TIED_SCAN_EXPONENTS : SCAN_EXPONENTS;
        double[] betas = tied ? alphas : fixed.isFixed(BETA) ? new double[] {fixed.value(BETA)} : SCAN_EXPONENTS;
        if (!fixed.isFixed(A) && !fixed.isFixed(B) && !fixed.isFixed(E)) {
            return ChinchillaScan.starts(loss, logParams, logTokens, alphas, betas, tied, fixed, CANDIDATES);
        }
        LinearPart linear = new LinearPart(loss, fixed, new int[] {A, B, E});
        double[][] u = powers(logParams, alphas);
        double[][] v = powers(logTokens, betas);
        double[] largestU = new double[u.length];
        for (int k = 0; k < u.length; k++) {
            largestU[k] = LinearPart.largest(u[k]);
        }
        double[] largestV = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            largestV[k] = LinearPart.largest(v[k]);
        }
        int rows = tied ? 1 : alphas.length;
        int cols = tied ? alphas.length : betas.length;
        double[][] scores = new double[rows][cols];
        double[][] exact = new double[rows][cols];
        double[][][] points = new double[rows][cols][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int alphaIndex = tied ? c : r;
                NonNegativeLeastSquares.Solution[] solutions = linear.solveRobust(u[alphaIndex], v[c], null);
                scores[r][c] = solutions[0].sumOfSquares();
                double[] coefficients = linear.coefficients(solutions[1]);
                double[] point = tied ? new double[4] : new double[5];
                point[A] = linear.logCoefficient(coefficients[0], largestU[alphaIndex]);
                point[B] = linear.logCoefficient(coefficients[1], largestV[c]);
                point[E] = linear.logCoefficient(coefficients[2], 1);
                point[ALPHA] = alphas[alphaIndex];
                if (!tied) {
                    point[BETA] = betas[c];
                }
                points[r][c] = fixed.apply(point);
                exact[r][c] = linear.objectiveOf(new double[] {Math.exp(points[r][c][A]), Math.exp(points[r][c][B]),
                        Math.exp(points[r][c][E])}, penalty, u[alphaIndex], v[c], null);
            }
        }
        return ScanMinima.starts(scores, exact, points, CANDIDATES);
    }

    /** exp(-exponent * log x) for every exponent (rows) and run (columns). */
    static double[][] powers(double[] logX, double[] exponents) {
        double[][] out = new double[exponents.length][logX.length];
        for (int k = 0; k < exponents.length; k++) {
            for (int i = 0; i < logX.length; i++) {
                out[k][i] = Math.exp(-exponents[k] * logX[i]);
            }
        }
        return out;
    }
}
