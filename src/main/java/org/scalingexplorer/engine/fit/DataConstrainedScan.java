package org.scalingexplorer.engine.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Fast start finder of {@link DataConstrainedForm}. For fixed alpha, beta, R_D* and R_N* the loss is
 * linear in E, A and B except through the cap N_for, which depends on A/B: the scan solves for E, A,
 * B by non-negative least squares with the cap off, recomputes N' with the cap those A and B give,
 * solves again, and scores the point by the real objective. The best scan points, no two of them
 * neighbours, are the starts L-BFGS refines.
 */
final class DataConstrainedScan {

    private static final double[] SCAN_EXPONENTS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.3, 1.7};
    /** R* from "a repeat is worthless" to "a repeat is as good as new": optima often sit at either end. */
    private static final double[] SCAN_DECAYS = {1e-6, 0.01, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256, 1024, 1e5, 1e10, 1e15};
    private static final int CANDIDATES = 16;

    private DataConstrainedScan() {
    }

    private record Scored(int[] at, double[] point, double score) {
    }

    static List<double[]> starts(DataConstrainedForm form, List<TrainingRun> runs, ResidualLoss penalty,
                                 FixedCoordinates fixed) {
        int count = runs.size();
        double[] loss = RunArrays.of(runs, TrainingRun::loss);
        double[] logParams = RunArrays.logOf(runs, TrainingRun::params);
        double[] logUnique = RunArrays.logOf(runs, DataConstrainedForm::seenUniqueTokens);
        double[] repeats = RunArrays.of(runs, DataConstrainedForm::tokenRepeats);
        double[] alphas = values(fixed, DataConstrainedForm.ALPHA, SCAN_EXPONENTS, false);
        double[] betas = values(fixed, DataConstrainedForm.BETA, SCAN_EXPONENTS, false);
        double[] decaysD = values(fixed, DataConstrainedForm.R_D, SCAN_DECAYS, true);
        double[] decaysN = values(fixed, DataConstrainedForm.R_N, SCAN_DECAYS, true);
        FormObjective objective = form.objective(runs, penalty);
        LinearPart linear = new LinearPart(loss, fixed,
                new int[] {DataConstrainedForm.A, DataConstrainedForm.B, DataConstrainedForm.E});
        List<Scored> scored = new ArrayList<>();
        double[] paramsFeature = new double[count];
        double[] tokensFeature = new double[count];
        double[] logEffectiveParams = new double[count];
        for (int ia = 0; ia < alphas.length; ia++) {
            for (int ib = 0; ib < betas.length; ib++) {
                for (int id = 0; id < decaysD.length; id++) {
                    for (int i = 0; i < count; i++) {
                        double x = repeats[i] / decaysD[id];
                        double logEffectiveTokens = logUnique[i] + Math.log(1 + decaysD[id] * (1 - Math.exp(-x)));
                        tokensFeature[i] = Math.exp(-betas[ib] * logEffectiveTokens);
                    }
                    for (int in = 0; in < decaysN.length; in++) {
                        double[] point = new double[7];
                        point[DataConstrainedForm.ALPHA] = alphas[ia];
                        point[DataConstrainedForm.BETA] = betas[ib];
                        point[DataConstrainedForm.R_D] = Math.log(decaysD[id]);
                        point[DataConstrainedForm.R_N] = Math.log(decaysN[in]);
                        // First pass without the cap (N' = N) unless A and B are fixed, which fixes the cap.
                        boolean capKnown = fixed.isFixed(DataConstrainedForm.A) && fixed.isFixed(DataConstrainedForm.B);
                        double[] coefficients = null;
                        for (int pass = capKnown ? 1 : 0; pass < 2; pass++) {
                            if (pass == 0) {
                                System.arraycopy(logParams, 0, logEffectiveParams, 0, count);
                            } else {
                                if (coefficients != null) {
                                    point[DataConstrainedForm.A] = linear.logCoefficient(0, coefficients[0], paramsFeature);
                                    point[DataConstrainedForm.B] = linear.logCoefficient(1, coefficients[1], tokensFeature);
                                }
                                double[] withFixed = fixed.apply(point);
                                DataConstrainedForm.Terms terms = new DataConstrainedForm.Terms(withFixed);
                                for (int i = 0; i < count; i++) {
                                    terms.at(logParams[i], logUnique[i], repeats[i]);
                                    logEffectiveParams[i] = terms.logEffectiveParams;
                                }
                            }
                            for (int i = 0; i < count; i++) {
                                paramsFeature[i] = Math.exp(-alphas[ia] * logEffectiveParams[i]);
                            }
                            coefficients = linear.coefficients(linear.solve(paramsFeature, tokensFeature, null));
                        }
                        point[DataConstrainedForm.A] = linear.logCoefficient(0, coefficients[0], paramsFeature);
                        point[DataConstrainedForm.B] = linear.logCoefficient(1, coefficients[1], tokensFeature);
                        point[DataConstrainedForm.E] = linear.logCoefficient(2, coefficients[2], null);
                        double[] start = fixed.apply(point);
                        double score = objective.value(start);
                        if (Double.isFinite(score)) {
                            scored.add(new Scored(new int[] {ia, ib, id, in}, start, score));
                        }
                    }
                }
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score));
        List<Scored> chosen = new ArrayList<>();
        for (Scored candidate : scored) {
            if (chosen.stream().noneMatch(other -> neighbours(other.at(), candidate.at()))) {
                chosen.add(candidate);
                if (chosen.size() == CANDIDATES) {
                    break;
                }
            }
        }
        return chosen.stream().map(Scored::point).toList();
    }

    /** The scan values of one coordinate, or its fixed value; decays are scanned as R* but stored as ln R*. */
    private static double[] values(FixedCoordinates fixed, int index, double[] scan, boolean logCoordinate) {
        if (fixed.isFixed(index)) {
            return new double[] {logCoordinate ? Math.exp(fixed.value(index)) : fixed.value(index)};
        }
        return scan;
    }

    private static boolean neighbours(int[] x, int[] y) {
        for (int k = 0; k < x.length; k++) {
            if (Math.abs(x[k] - y[k]) > 1) {
                return false;
            }
        }
        return true;
    }
}
