package org.scalingexplorer.engine.fit;

import java.util.Map;
import java.util.Optional;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.Require;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * One law form fitted to runs: the optimum in the form's coordinates, its objective (the sum of
 * penalties on log-loss residuals), how many L-BFGS runs found it ({@code starts}) and whether the
 * minimiser met its stopping test. {@code fixed} are the constants the user held. Every reported
 * constant is finite: a fit whose constants overflow is refused with an {@link ArithmeticException}.
 */
public record FormFit(LawForm form, double[] point, double objective, int nRuns, int starts, boolean converged,
                      String status, FixedCoordinates fixed) {

    public FormFit {
        point = point.clone();
        Require.finiteResult("objective", objective);
        form.constants(point).forEach((name, value) -> Require.finiteResult(name, value));
    }

    @Override
    public double[] point() {
        return point.clone();
    }

    /** The constants by name, in the form's order. */
    public Map<String, Double> constants() {
        return form.constants(point);
    }

    public double constant(String name) {
        Double value = constants().get(name);
        if (value == null) {
            throw new IllegalArgumentException("form " + form.id() + " has no constant " + name);
        }
        return value;
    }

    /**
     * The fitted law as a {@link ChinchillaLaw} (for allocations), present for the Chinchilla forms when
     * E is not negative and A, B and the exponents are positive.
     */
    public Optional<ChinchillaLaw> chinchillaLaw() {
        if (!(form instanceof ChinchillaForm)) {
            return Optional.empty();
        }
        return chinchillaLaw(constants());
    }

    /** The Chinchilla law of constants E, A, B, alpha, beta when they make one. */
    public static Optional<ChinchillaLaw> chinchillaLaw(Map<String, Double> constants) {
        double alpha = constants.get("alpha");
        double beta = constants.get("beta");
        double a = constants.get("A");
        double b = constants.get("B");
        if (alpha > 0 && beta > 0 && a > 0 && b > 0 && Double.isFinite(a * b)) {
            return Optional.of(new ChinchillaLaw(constants.get("E"), a, b, alpha, beta));
        }
        return Optional.empty();
    }

    /** The loss this fit predicts for {@code run}. */
    public double predictLoss(TrainingRun run) {
        return Require.finiteResult("predicted loss", Math.exp(form.logPrediction(point, run)));
    }

    /** log(predicted / observed loss) of {@code run}: the residual the objective penalises. */
    public double logResidual(TrainingRun run) {
        return form.logPrediction(point, run) - Math.log(run.loss());
    }
}
