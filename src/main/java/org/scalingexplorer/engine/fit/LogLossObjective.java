package org.scalingexplorer.engine.fit;

import java.util.List;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The Approach 3 objective of science.md section 3 with a choice of penalty:
 * {@code sum_i penalty(LSE(a - alpha log N_i, b - beta log D_i, e) - log L_i)} over the point
 * (a, b, e, alpha, beta), with its exact gradient. {@link HuberLoss} gives the objective of Hoffmann
 * et al. 2022; {@link AsymmetricHuberLoss} fits the lower envelope of the runs. Immutable; safe to share.
 */
public final class LogLossObjective implements TwiceDifferentiableFunction {

    /** Below this magnitude exp neither overflows nor underflows to 0, so no shift is needed. */
    private static final double EXP_SAFE = 700;

    private final double[] logParams;
    private final double[] logTokens;
    private final double[] logLoss;
    private final ResidualLoss penalty;

    public LogLossObjective(List<TrainingRun> runs, ResidualLoss penalty) {
        logParams = RunArrays.logOf(runs, TrainingRun::params);
        logTokens = RunArrays.logOf(runs, TrainingRun::tokens);
        logLoss = RunArrays.logOf(runs, TrainingRun::loss);
        this.penalty = penalty;
    }

    public ResidualLoss penalty() {
        return penalty;
    }

    public int runCount() {
        return logLoss.length;
    }

    public double value(double[] point) {
        return valueAndGradient(point, new double[LogSpaceParameters.SIZE]);
    }

    @Override
    public double valueAndGradient(double[] point, double[] gradient) {
        double a = point[0];
        double b = point[1];
        double e = point[2];
        double alpha = point[3];
        double beta = point[4];
        double sum = 0;
        double gradA = 0;
        double gradB = 0;
        double gradE = 0;
        double gradAlpha = 0;
        double gradBeta = 0;
        // exp(e) is the same for every run; computing it once saves a quarter of the transcendental
        // calls, which dominate the cost of the 4,500-start grid.
        boolean floorInRange = Math.abs(e) < EXP_SAFE;
        double sharedFloorWeight = Math.exp(e);
        for (int i = 0; i < logLoss.length; i++) {
            double paramsTerm = a - alpha * logParams[i];
            double tokensTerm = b - beta * logTokens[i];
            double paramsWeight;
            double tokensWeight;
            double floorWeight;
            double shift;
            if (floorInRange && paramsTerm < EXP_SAFE && tokensTerm < EXP_SAFE) {
                paramsWeight = Math.exp(paramsTerm);
                tokensWeight = Math.exp(tokensTerm);
                floorWeight = sharedFloorWeight;
                shift = 0;
            } else {
                // Log-sum-exp shifted by the largest term so nothing overflows or vanishes.
                shift = Math.max(Math.max(paramsTerm, tokensTerm), e);
                paramsWeight = Math.exp(paramsTerm - shift);
                tokensWeight = Math.exp(tokensTerm - shift);
                floorWeight = Math.exp(e - shift);
            }
            double total = paramsWeight + tokensWeight + floorWeight;
            double residual = shift + Math.log(total) - logLoss[i];
            sum += penalty.value(residual);
            double slope = penalty.slope(residual);
            // d LSE / d term is the softmax weight of that term.
            double scale = slope / total;
            gradA += scale * paramsWeight;
            gradB += scale * tokensWeight;
            gradE += scale * floorWeight;
            gradAlpha -= scale * paramsWeight * logParams[i];
            gradBeta -= scale * tokensWeight * logTokens[i];
        }
        gradient[0] = gradA;
        gradient[1] = gradB;
        gradient[2] = gradE;
        gradient[3] = gradAlpha;
        gradient[4] = gradBeta;
        return sum;
    }

    /**
     * Value, gradient and Hessian. With terms t = (a - alpha log N, b - beta log D, e), linear in the
     * point, and softmax weights w: grad r = q = sum_k w_k grad t_k, Hess r = sum_k w_k grad t_k grad t_k' - q q',
     * so Hess f = sum_i [penalty''(r_i) q q' + penalty'(r_i) Hess r_i].
     */
    @Override
    public double valueGradientHessian(double[] point, double[] gradient, double[][] hessian) {
        double a = point[0];
        double b = point[1];
        double e = point[2];
        double alpha = point[3];
        double beta = point[4];
        double[] q = new double[LogSpaceParameters.SIZE];
        for (double[] row : hessian) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(gradient, 0);
        double sum = 0;
        for (int i = 0; i < logLoss.length; i++) {
            double paramsTerm = a - alpha * logParams[i];
            double tokensTerm = b - beta * logTokens[i];
            double shift = Math.max(Math.max(paramsTerm, tokensTerm), e);
            double wp = Math.exp(paramsTerm - shift);
            double wt = Math.exp(tokensTerm - shift);
            double wf = Math.exp(e - shift);
            double total = wp + wt + wf;
            double residual = shift + Math.log(total) - logLoss[i];
            wp /= total;
            wt /= total;
            wf /= total;
            sum += penalty.value(residual);
            double slope = penalty.slope(residual);
            double curvature = penalty.curvature(residual);
            double lp = logParams[i];
            double lt = logTokens[i];
            q[0] = wp;
            q[1] = wt;
            q[2] = wf;
            q[3] = -wp * lp;
            q[4] = -wt * lt;
            for (int j = 0; j < 5; j++) {
                gradient[j] += slope * q[j];
                double cq = (curvature - slope) * q[j];
                for (int k = 0; k <= j; k++) {
                    hessian[j][k] += cq * q[k];
                }
            }
            // slope * sum_k w_k grad t_k grad t_k' (lower triangle).
            hessian[0][0] += slope * wp;
            hessian[3][0] -= slope * wp * lp;
            hessian[3][3] += slope * wp * lp * lp;
            hessian[1][1] += slope * wt;
            hessian[4][1] -= slope * wt * lt;
            hessian[4][4] += slope * wt * lt * lt;
            hessian[2][2] += slope * wf;
        }
        for (int j = 0; j < 5; j++) {
            for (int k = j + 1; k < 5; k++) {
                hessian[j][k] = hessian[k][j];
            }
        }
        return sum;
    }
}
