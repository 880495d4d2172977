package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Kaplan et al. 2020, eq. 1.5 (science.md section 2):
 * {@code L(N, D) = [(N_c/N)^(alpha_N/alpha_D) + D_c/D]^alpha_D}, no irreducible term, N as the file
 * counts it (Kaplan counted non-embedding parameters). Coordinates: n = ln N_c, d = ln D_c,
 * alpha_N, alpha_D, so {@code log L = alpha_D LSE(p (n - log N), d - log D)} with
 * p = alpha_N / alpha_D. A point with alpha_D <= 0 is outside the form (infinite objective).
 *
 * <p>Fast start finder: for fixed alpha_D and p, {@code L^(1/alpha_D) = N_c^p N^-p + D_c / D} is
 * linear in (N_c^p, D_c); the scan solves for them by non-negative least squares on relative
 * residuals over a grid of (alpha_D, p).
 */
public final class KaplanForm implements LawForm {

    public static final String ID = "kaplan";
    public static final KaplanForm INSTANCE = new KaplanForm();

    static final int N_C = 0;
    static final int D_C = 1;
    static final int ALPHA_N = 2;
    static final int ALPHA_D = 3;

    private static final List<String> CONSTANTS = List.of("N_c", "D_c", "alpha_N", "alpha_D");
    private static final double[] SCAN_ALPHA_D = logSpaced(0.005, 1.5, 48);
    private static final double[] SCAN_RATIO = LawForm.steps(0.05, 3, 0.05);
    private static final int CANDIDATES = 6;

    private KaplanForm() {
    }

    private static double[] logSpaced(double from, double to, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = from * Math.pow(to / from, i / (double) (count - 1));
        }
        return values;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String formula() {
        return "L = [(N_c/N)^(alpha_N/alpha_D) + D_c/D]^alpha_D (Kaplan et al. 2020, eq. 1.5)";
    }

    /** ln N_c, ln D_c in {25, 30, ..., 45}; alpha_N, alpha_D in {0.05, 0.1, 0.2, 0.4}: 400 starts. */
    @Override
    public List<FormCoordinate> coordinates() {
        double[] logs = LawForm.steps(25, 45, 5);
        double[] exponents = {0.05, 0.1, 0.2, 0.4};
        return List.of(new FormCoordinate("n", logs), new FormCoordinate("d", logs),
                new FormCoordinate("alpha_N", exponents), new FormCoordinate("alpha_D", exponents));
    }

    @Override
    public List<String> constantNames() {
        return CONSTANTS;
    }

    @Override
    public Map<String, Double> constants(double[] point) {
        return LawForm.constantMap(CONSTANTS, Math.exp(point[N_C]), Math.exp(point[D_C]), point[ALPHA_N],
                point[ALPHA_D]);
    }

    @Override
    public FixedCoordinate fixedCoordinate(String constant, double value) {
        String name = LawForm.canonicalName(constant, CONSTANTS, ID);
        return switch (name) {
            case "N_c" -> new FixedCoordinate(name, N_C, ChinchillaForm.logOfPositive(name, value));
            case "D_c" -> new FixedCoordinate(name, D_C, ChinchillaForm.logOfPositive(name, value));
            case "alpha_N" -> new FixedCoordinate(name, ALPHA_N, value);
            default -> {
                if (!(value > 0)) {
                    throw new IllegalArgumentException("--fix alpha_D must be greater than 0, got " + value);
                }
                yield new FixedCoordinate(name, ALPHA_D, value);
            }
        };
    }

    @Override
    public double logPrediction(double[] point, TrainingRun run) {
        double ratio = point[ALPHA_N] / point[ALPHA_D];
        return point[ALPHA_D] * LogSumExp.of(ratio * (point[N_C] - Math.log(run.params())),
                point[D_C] - Math.log(run.tokens()));
    }

    @Override
    public FormObjective objective(List<TrainingRun> runs, ResidualLoss penalty) {
        int count = runs.size();
        double[] logParams = RunArrays.logOf(runs, TrainingRun::params);
        double[] logTokens = RunArrays.logOf(runs, TrainingRun::tokens);
        double[] logLoss = RunArrays.logOf(runs, TrainingRun::loss);
        return new FormObjective(runs) {
            @Override
            public double valueAndGradient(double[] point, double[] gradient) {
                double n = point[N_C];
                double d = point[D_C];
                double alphaN = point[ALPHA_N];
                double alphaD = point[ALPHA_D];
                java.util.Arrays.fill(gradient, 0);
                if (!(alphaD > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                double ratio = alphaN / alphaD;
                double sum = 0;
                double gradN = 0;
                double gradD = 0;
                double gradAlphaN = 0;
                double gradAlphaD = 0;
                for (int i = 0; i < count; i++) {
                    double paramsTerm = ratio * (n - logParams[i]);
                    double tokensTerm = d - logTokens[i];
                    double shift = Math.max(paramsTerm, tokensTerm);
                    double paramsWeight = Math.exp(paramsTerm - shift);
                    double tokensWeight = Math.exp(tokensTerm - shift);
                    double total = paramsWeight + tokensWeight;
                    double lse = shift + Math.log(total);
                    double residual = alphaD * lse - logLoss[i];
                    sum += penalty.value(residual);
                    double slope = penalty.slope(residual);
                    double wN = paramsWeight / total;
                    double wD = tokensWeight / total;
                    // d log L / d n = alpha_N wN, / d d = alpha_D wD, / d alpha_N = wN (n - log N),
                    // / d alpha_D = LSE - wN * paramsTerm.
                    gradN += slope * alphaN * wN;
                    gradD += slope * alphaD * wD;
                    gradAlphaN += slope * wN * (n - logParams[i]);
                    gradAlphaD += slope * (lse - wN * paramsTerm);
                }
                gradient[N_C] = gradN;
                gradient[D_C] = gradD;
                gradient[ALPHA_N] = gradAlphaN;
                gradient[ALPHA_D] = gradAlphaD;
                return sum;
            }
        };
    }

    @Override
    public List<double[]> promisingStarts(List<TrainingRun> runs, ResidualLoss penalty, FixedCoordinates fixed) {
        int count = runs.size();
        double[] logParams = RunArrays.logOf(runs, TrainingRun::params);
        double[] tokensFeature = RunArrays.of(runs, run -> 1 / run.tokens());
        double[] logLoss = RunArrays.logOf(runs, TrainingRun::loss);
        double[] alphaDs = fixed.isFixed(ALPHA_D) ? new double[] {fixed.value(ALPHA_D)} : SCAN_ALPHA_D;
        int ratios = fixed.isFixed(ALPHA_N) ? 1 : SCAN_RATIO.length;
        double[][] scores = new double[alphaDs.length][ratios];
        double[][] exact = new double[alphaDs.length][ratios];
        double[][][] points = new double[alphaDs.length][ratios][];
        double[] target = new double[count];
        double[] paramsFeature = new double[count];
        for (int r = 0; r < alphaDs.length; r++) {
            double alphaD = alphaDs[r];
            boolean finiteTargets = true;
            double smallestTarget = Double.POSITIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                target[i] = Math.exp(logLoss[i] / alphaD);
                finiteTargets &= Double.isFinite(target[i]) && target[i] > 0;
                smallestTarget = Math.min(smallestTarget, target[i]);
            }
            for (int c = 0; c < ratios; c++) {
                double ratio = fixed.isFixed(ALPHA_N) ? fixed.value(ALPHA_N) / alphaD : SCAN_RATIO[c];
                if (!(ratio > 0) || !finiteTargets) {
                    scores[r][c] = Double.NaN;
                    exact[r][c] = Double.NaN;
                    continue;
                }
                for (int i = 0; i < count; i++) {
                    paramsFeature[i] = Math.exp(-ratio * logParams[i]);
                }
                double[] solved = solve(target, paramsFeature, tokensFeature, fixed, ratio);
                // (S - T)/T is about the log-loss residual over alpha_D: scale so scans at different alpha_D compare.
                scores[r][c] = solved[2] * alphaD * alphaD;
                double[] point = new double[4];
                // A zero coefficient becomes a negligible one so its log stays finite for L-BFGS.
                double floor = 1e-9 * smallestTarget;
                point[N_C] = Math.log(Math.max(solved[0], floor / max(paramsFeature))) / ratio;
                point[D_C] = Math.log(Math.max(solved[1], floor / max(tokensFeature)));
                point[ALPHA_N] = ratio * alphaD;
                point[ALPHA_D] = alphaD;
                points[r][c] = fixed.apply(point);
                exact[r][c] = objectiveAt(points[r][c], paramsFeature, tokensFeature, logLoss, penalty);
            }
        }
        return ScanMinima.starts(scores, exact, points, CANDIDATES);
    }

    /** The objective at a scanned point from its features: one log per run. */
    private static double objectiveAt(double[] point, double[] paramsFeature, double[] tokensFeature, double[] logLoss,
                                      ResidualLoss penalty) {
        double ratio = point[ALPHA_N] / point[ALPHA_D];
        double c1 = Math.exp(ratio * point[N_C]);
        double c2 = Math.exp(point[D_C]);
        double sum = 0;
        for (int i = 0; i < logLoss.length; i++) {
            sum += penalty.value(point[ALPHA_D] * Math.log(c1 * paramsFeature[i] + c2 * tokensFeature[i]) - logLoss[i]);
        }
        return sum;
    }

    private static double max(double[] values) {
        double max = Double.MIN_NORMAL;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    /** Non-negative N_c^p and D_c for one (alpha_D, p), fixed ones moved into the target; returns {C1, C2, sse}. */
    private static double[] solve(double[] target, double[] paramsFeature, double[] tokensFeature,
                                  FixedCoordinates fixed, double ratio) {
        boolean fixedN = fixed.isFixed(N_C);
        boolean fixedD = fixed.isFixed(D_C);
        double fixedC1 = fixedN ? Math.exp(ratio * fixed.value(N_C)) : 0;
        double fixedC2 = fixedD ? Math.exp(fixed.value(D_C)) : 0;
        double g11 = 0;
        double g12 = 0;
        double g22 = 0;
        double xy1 = 0;
        double xy2 = 0;
        double yy = 0;
        for (int i = 0; i < target.length; i++) {
            double w = 1 / (target[i] * target[i]);
            double t = target[i] - fixedC1 * paramsFeature[i] - fixedC2 * tokensFeature[i];
            g11 += w * paramsFeature[i] * paramsFeature[i];
            g12 += w * paramsFeature[i] * tokensFeature[i];
            g22 += w * tokensFeature[i] * tokensFeature[i];
            xy1 += w * paramsFeature[i] * t;
            xy2 += w * tokensFeature[i] * t;
            yy += w * t * t;
        }
        if (fixedN && fixedD) {
            return new double[] {fixedC1, fixedC2, yy};
        }
        if (fixedN || fixedD) {
            double g = fixedN ? g22 : g11;
            double xy = fixedN ? xy2 : xy1;
            double c = g > 0 ? Math.max(xy / g, 0) : 0;
            double sse = Math.max(yy - 2 * c * xy + c * c * g, 0);
            return fixedN ? new double[] {fixedC1, c, sse} : new double[] {c, fixedC2, sse};
        }
        NonNegativeLeastSquares.Solution solution = NonNegativeLeastSquares.solve(
                new double[][] {{g11, g12}, {g12, g22}}, new double[] {xy1, xy2}, yy);
        return new double[] {solution.coefficients()[0], solution.coefficients()[1], solution.sumOfSquares()};
    }
}
