package org.scalingexplorer.engine.fit;

import java.util.List;
import java.util.Map;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * The data-constrained law of Muennighoff et al. 2023 (science.md section 5, checked against
 * huggingface/datablations, README "Parametric Fit" and utils/parametric_fit.ipynb):
 * {@code L = E + A/N'^alpha + B/D'^beta} with
 * {@code D' = U_D + U_D R_D* (1 - exp(-R_D/R_D*))}, {@code R_D = max(D/U_D - 1, 0)},
 * {@code U_N = min(N, N_for(U_D))}, {@code N_for(U) = G (U G)^(beta/alpha)},
 * {@code G = (alpha A / (beta B))^(1/(alpha+beta))}, {@code R_N = max(N/U_N - 1, 0)},
 * {@code N' = U_N + U_N R_N* (1 - exp(-R_N/R_N*))}. U_D is min(unique tokens, tokens), as
 * {@link org.scalingexplorer.engine.law.DataConstrainedLaw} takes it.
 *
 * <p>Coordinates: a, b, e (A = exp(a), ...), alpha, beta, r_D = ln R_D*, r_N = ln R_N*; the fit is
 * the authors' Huber objective on {@code LSE(a - alpha log N', b - beta log D', e)}. Here G follows
 * the fitted A, B, alpha and beta; the authors fixed those five (from their C4 isoFLOP fit) and
 * fitted only R_D* and R_N*, which {@code --fix} reproduces. A point with alpha or beta <= 0 has
 * no G and is outside the form (infinite objective).
 */
public final class DataConstrainedForm implements LawForm {

    public static final String ID = "data-constrained";
    public static final DataConstrainedForm INSTANCE = new DataConstrainedForm();

    static final int A = 0;
    static final int B = 1;
    static final int E = 2;
    static final int ALPHA = 3;
    static final int BETA = 4;
    static final int R_D = 5;
    static final int R_N = 6;

    private static final List<String> CONSTANTS = List.of("E", "A", "B", "alpha", "beta", "R_D_star", "R_N_star");

    private DataConstrainedForm() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String formula() {
        return "L = E + A/N'^alpha + B/D'^beta with repeated tokens and excess parameters decaying "
                + "(Muennighoff et al. 2023)";
    }

    @Override
    public boolean needsUniqueTokens() {
        return true;
    }

    /**
     * The Chinchilla grid for a, b, e and the exponents (without 0, where G is undefined) and
     * R_D*, R_N* in {2, 20, 200}: 25,920 starts with everything free, 9 with the authors' five fixed.
     */
    @Override
    public List<FormCoordinate> coordinates() {
        double[] exponents = LawForm.steps(0.5, 2, 0.5);
        double[] decays = {Math.log(2), Math.log(20), Math.log(200)};
        return List.of(new FormCoordinate("a", LawForm.steps(0, 25, 5)),
                new FormCoordinate("b", LawForm.steps(0, 25, 5)),
                new FormCoordinate("e", LawForm.steps(-1, 1, 0.5)),
                new FormCoordinate("alpha", exponents), new FormCoordinate("beta", exponents),
                new FormCoordinate("r_D", decays), new FormCoordinate("r_N", decays));
    }

    @Override
    public List<String> constantNames() {
        return CONSTANTS;
    }

    @Override
    public Map<String, Double> constants(double[] point) {
        return LawForm.constantMap(CONSTANTS, Math.exp(point[E]), Math.exp(point[A]), Math.exp(point[B]),
                point[ALPHA], point[BETA], Math.exp(point[R_D]), Math.exp(point[R_N]));
    }

    @Override
    public FixedCoordinate fixedCoordinate(String constant, double value) {
        String name = LawForm.canonicalName(constant, CONSTANTS, ID);
        int index = CONSTANTS.indexOf(name);
        return switch (name) {
            case "E" -> new FixedCoordinate(name, E, ChinchillaForm.logOfPositive(name, value));
            case "A" -> new FixedCoordinate(name, A, ChinchillaForm.logOfPositive(name, value));
            case "B" -> new FixedCoordinate(name, B, ChinchillaForm.logOfPositive(name, value));
            case "R_D_star" -> new FixedCoordinate(name, R_D, ChinchillaForm.logOfPositive(name, value));
            case "R_N_star" -> new FixedCoordinate(name, R_N, ChinchillaForm.logOfPositive(name, value));
            default -> {
                if (!(value > 0)) {
                    throw new IllegalArgumentException("--fix " + name + " must be greater than 0, got " + value);
                }
                yield new FixedCoordinate(name, index, value);
            }
        };
    }

    /** The unique tokens a run saw: min(unique_tokens, tokens); a run without them is refused by name. */
    static double seenUniqueTokens(TrainingRun run) {
        if (!run.hasUniqueTokens()) {
            throw new IllegalArgumentException("form " + ID + " needs unique_tokens for every run; run "
                    + (run.name().isEmpty() ? "with N " + run.params() + ", D " + run.tokens() : "'" + run.name() + "'")
                    + " has none (map the column with --column unique_tokens=NAME)");
        }
        return Math.min(run.uniqueTokens(), run.tokens());
    }

    /** R_D = max(D/U_D - 1, 0): the repeats beyond the first epoch. */
    static double tokenRepeats(TrainingRun run) {
        return Math.max(run.tokens() / seenUniqueTokens(run) - 1, 0);
    }

    @Override
    public double logPrediction(double[] point, TrainingRun run) {
        Terms terms = new Terms(point);
        terms.at(Math.log(run.params()), Math.log(seenUniqueTokens(run)), tokenRepeats(run));
        return terms.logLoss;
    }

    @Override
    public FormObjective objective(List<TrainingRun> runs, ResidualLoss penalty) {
        int count = runs.size();
        double[] logParams = RunArrays.logOf(runs, TrainingRun::params);
        double[] logUnique = RunArrays.logOf(runs, DataConstrainedForm::seenUniqueTokens);
        double[] repeats = RunArrays.of(runs, DataConstrainedForm::tokenRepeats);
        double[] logLoss = RunArrays.logOf(runs, TrainingRun::loss);
        return new FormObjective(runs) {
            @Override
            public double valueAndGradient(double[] point, double[] gradient) {
                java.util.Arrays.fill(gradient, 0);
                double alpha = point[ALPHA];
                double beta = point[BETA];
                if (!(alpha > 0) || !(beta > 0)) {
                    return Double.POSITIVE_INFINITY;
                }
                Terms terms = new Terms(point);
                double sum = 0;
                for (int i = 0; i < count; i++) {
                    terms.at(logParams[i], logUnique[i], repeats[i]);
                    double residual = terms.logLoss - logLoss[i];
                    sum += penalty.value(residual);
                    terms.addGradient(penalty.slope(residual), gradient);
                }
                return sum;
            }
        };
    }

    /** N', D' and the log loss of one run at one point, with the derivatives the gradient needs. */
    static final class Terms {
        final double a;
        final double b;
        final double e;
        final double alpha;
        final double beta;
        final double decayD;
        final double decayN;
        /** (ln alpha + a - ln beta - b) / alpha: ln N_for(U) is this plus (beta/alpha) ln U. */
        final double capBase;

        double logLoss;
        double logEffectiveParams;
        double logEffectiveTokens;
        private double weightParams;
        private double weightTokens;
        private double weightFloor;
        private boolean capped;
        private double cap;
        private double dParamsDcap;
        private double dParamsDdecay;
        private double dTokensDdecay;
        private double logUnique;

        Terms(double[] point) {
            a = point[A];
            b = point[B];
            e = point[E];
            alpha = point[ALPHA];
            beta = point[BETA];
            decayD = Math.exp(point[R_D]);
            decayN = Math.exp(point[R_N]);
            capBase = (Math.log(alpha) + a - Math.log(beta) - b) / alpha;
        }

        void at(double logParams, double logUniqueTokens, double tokenRepeats) {
            logUnique = logUniqueTokens;
            double x = tokenRepeats / decayD;
            double keptD = Math.exp(-x);
            double grownD = 1 + decayD * (1 - keptD);
            logEffectiveTokens = logUniqueTokens + Math.log(grownD);
            dTokensDdecay = tokenRepeats == 0 ? 0 : decayD * ((1 - keptD) - x * keptD) / grownD;

            cap = capBase + beta / alpha * logUniqueTokens;
            capped = logParams > cap;
            if (capped) {
                double paramRepeats = Math.exp(logParams - cap) - 1;
                double y = paramRepeats / decayN;
                double keptN = Math.exp(-y);
                double grownN = 1 + decayN * (1 - keptN);
                logEffectiveParams = cap + Math.log(grownN);
                double tail = keptN == 0 ? 0 : keptN * (paramRepeats + 1);
                dParamsDcap = 1 - tail / grownN;
                dParamsDdecay = decayN * ((1 - keptN) - (keptN == 0 ? 0 : y * keptN)) / grownN;
            } else {
                logEffectiveParams = logParams;
                dParamsDcap = 0;
                dParamsDdecay = 0;
            }
            double paramsTerm = a - alpha * logEffectiveParams;
            double tokensTerm = b - beta * logEffectiveTokens;
            double shift = Math.max(Math.max(paramsTerm, tokensTerm), e);
            double wp = Math.exp(paramsTerm - shift);
            double wt = Math.exp(tokensTerm - shift);
            double wf = Math.exp(e - shift);
            double total = wp + wt + wf;
            logLoss = shift + Math.log(total);
            weightParams = wp / total;
            weightTokens = wt / total;
            weightFloor = wf / total;
        }

        /** Adds slope times d logLoss / d coordinate to {@code gradient}. */
        void addGradient(double slope, double[] gradient) {
            double sp = slope * weightParams;
            double st = slope * weightTokens;
            gradient[E] += slope * weightFloor;
            gradient[A] += sp;
            gradient[B] += st;
            gradient[ALPHA] -= sp * logEffectiveParams;
            gradient[BETA] -= st * logEffectiveTokens;
            gradient[R_D] -= st * beta * dTokensDdecay;
            if (capped) {
                // ln N' moves with the cap ln N_for = capBase + (beta/alpha) ln U.
                double viaCap = -sp * alpha * dParamsDcap;
                gradient[A] += viaCap / alpha;
                gradient[B] -= viaCap / alpha;
                gradient[ALPHA] += viaCap * (1 - alpha * cap) / (alpha * alpha);
                gradient[BETA] += viaCap * (logUnique - 1 / beta) / alpha;
                gradient[R_N] -= sp * alpha * dParamsDdecay;
            }
        }
    }

    /**
     * The scan finds the full grid's optimum when A, B, alpha and beta are fixed (the authors' fit, with
     * R_D*, R_N* and perhaps E free): the cap N_for is then known and E enters linearly. With those
     * free, the objective has a kink wherever a run's N crosses N_for(U_D), L-BFGS stops on such kinks,
     * and on Muennighoff's runs the scan's best start lands about 0.2% above the full grid's optimum, so the
     * fast search runs the full grid instead.
     */
    @Override
    public boolean hasFastSearch(FixedCoordinates fixed) {
        return fixed.isFixed(A) && fixed.isFixed(B) && fixed.isFixed(ALPHA) && fixed.isFixed(BETA);
    }

    @Override
    public List<double[]> promisingStarts(List<TrainingRun> runs, ResidualLoss penalty, FixedCoordinates fixed) {
        return DataConstrainedScan.starts(this, runs, penalty, fixed);
    }
}
