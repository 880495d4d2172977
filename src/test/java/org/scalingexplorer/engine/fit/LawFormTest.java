package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.law.KaplanLaw;

/** Every form predicts exactly what its paper's formula (science.md) gives, and its gradient is exact. */
class LawFormTest {

    private static TrainingRun run(double params, double tokens, double loss, double unique) {
        return new TrainingRun(params, tokens, ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens, loss, unique, "", "");
    }

    @Test
    void kaplanFormIsEquation1Point5WithKaplansConstants() {
        // science.md section 2: alpha_N 0.076, alpha_D 0.095, N_c 8.8e13, D_c 5.4e13.
        KaplanLaw kaplan = new KaplanLaw(0.076, 0.095, 8.8e13, 5.4e13, 0.050, 3.1e8);
        double[] point = FixedCoordinates.of(KaplanForm.INSTANCE, Map.of("N_c", 8.8e13, "D_c", 5.4e13,
                "alpha_N", 0.076, "alpha_D", 0.095)).apply(new double[4]);
        for (double[] nd : new double[][] {{1e8, 1e9}, {1e9, 2e10}, {7e10, 1.4e12}}) {
            TrainingRun run = run(nd[0], nd[1], 3, Double.NaN);
            assertEquals(kaplan.loss(nd[0], nd[1]), Math.exp(KaplanForm.INSTANCE.logPrediction(point, run)), 1e-12);
        }
        assertEquals(Map.of("N_c", 8.8e13, "D_c", 5.4e13, "alpha_N", 0.076, "alpha_D", 0.095).keySet(),
                KaplanForm.INSTANCE.constants(point).keySet());
        assertEquals(8.8e13, KaplanForm.INSTANCE.constants(point).get("N_c"), 1);
    }

    @Test
    void dataConstrainedFormIsMuennighoffsLawAndReproducesTheReadmeValues() {
        DataConstrainedLaw law = DataConstrainedLaw.MUENNIGHOFF_2023;
        double[] point = FixedCoordinates.of(DataConstrainedForm.INSTANCE, Map.of("E", law.irreducible(),
                "A", law.paramsCoefficient(), "B", law.tokensCoefficient(), "alpha", law.alpha(), "beta", law.beta(),
                "R_D_star", law.repeatedTokensDecay(), "R_N_star", law.excessParamsDecay())).apply(new double[7]);
        // huggingface/datablations README, "Parametric Fit".
        assertEquals(2.2256441, Math.exp(DataConstrainedForm.INSTANCE.logPrediction(point,
                run(6.34e9, 242e9, 1, 25e9))), 1e-7);
        assertEquals(2.2269634, Math.exp(DataConstrainedForm.INSTANCE.logPrediction(point,
                run(8.67e9, 178e9, 1, 25e9))), 1e-7);
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < 200; i++) {
            double params = Math.pow(10, 7 + 3 * random.nextDouble());
            double tokens = Math.pow(10, 8 + 4 * random.nextDouble());
            double unique = tokens * Math.pow(10, -3 * random.nextDouble());
            assertEquals(law.loss(params, tokens, unique), Math.exp(DataConstrainedForm.INSTANCE.logPrediction(point,
                    run(params, tokens, 1, unique))), 1e-12 * law.loss(params, tokens, unique));
        }
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> DataConstrainedForm.INSTANCE.objective(List.of(run(1e9, 2e10, 3, Double.NaN)), HuberLoss.chinchilla()));
        assertTrue(missing.getMessage().contains("unique_tokens"), missing.getMessage());
    }

    @Test
    void chinchillaFormsAreHoffmannsLawAndTheTiedOneSharesItsExponent() {
        ChinchillaLaw hoffmann = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
        double[] free = {Math.log(406.4), Math.log(410.7), Math.log(1.69), 0.34, 0.28};
        double[] tied = {Math.log(406.4), Math.log(410.7), Math.log(1.69), 0.34};
        TrainingRun run = run(7e10, 1.4e12, 2, Double.NaN);
        assertEquals(hoffmann.loss(7e10, 1.4e12), Math.exp(ChinchillaForm.FREE.logPrediction(free, run)), 1e-12);
        assertEquals(new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.34).loss(7e10, 1.4e12),
                Math.exp(ChinchillaForm.TIED.logPrediction(tied, run)), 1e-12);
        assertEquals(0.34, ChinchillaForm.TIED.constants(tied).get("beta"));
        PowerLawForm power = new PowerLawForm(FitVariable.PARAMS);
        assertEquals(1.69 + 406.4 * Math.pow(7e10, -0.34),
                Math.exp(power.logPrediction(new double[] {Math.log(406.4), Math.log(1.69), 0.34}, run)), 1e-12);
    }

    private static List<TrainingRun> sampleRuns() {
        SplittableRandom random = new SplittableRandom(11);
        ChinchillaLaw truth = new ChinchillaLaw(1.8, 480, 2100, 0.35, 0.37);
        List<TrainingRun> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double params = Math.pow(10, 7 + 3 * random.nextDouble());
            double tokens = Math.pow(10, 9 + 2.5 * random.nextDouble());
            double unique = tokens * Math.pow(10, -1.5 * random.nextDouble());
            runs.add(run(params, tokens, truth.loss(params, tokens) * Math.exp(0.02 * random.nextGaussian()), unique));
        }
        return runs;
    }

    @Test
    void everyFormsGradientAndHessianMatchFiniteDifferences() {
        List<TrainingRun> runs = sampleRuns();
        Map<LawForm, double[]> points = Map.of(
                ChinchillaForm.FREE, new double[] {6.1, 7.5, 0.55, 0.33, 0.36},
                ChinchillaForm.TIED, new double[] {6.1, 7.5, 0.55, 0.35},
                KaplanForm.INSTANCE, new double[] {31.5, 30.7, 0.08, 0.1},
                DataConstrainedForm.INSTANCE, new double[] {6.2, 7.3, 0.6, 0.35, 0.34, Math.log(15), Math.log(5)},
                new PowerLawForm(FitVariable.FLOPS), new double[] {3, 0.5, 0.07});
        for (ResidualLoss penalty : List.of(HuberLoss.chinchilla(), new HuberLoss(0.05), AsymmetricHuberLoss.chinchilla(10))) {
            points.forEach((form, point) -> {
                FormObjective objective = form.objective(runs, penalty);
                int n = point.length;
                double[] gradient = new double[n];
                objective.valueAndGradient(point, gradient);
                double[][] hessian = new double[n][n];
                if (objective.hasHessian()) {
                    double[] g = new double[n];
                    assertEquals(objective.value(point), objective.valueGradientHessian(point, g, hessian), 1e-15);
                }
                for (int k = 0; k < n; k++) {
                    double h = 1e-6 * Math.max(1, Math.abs(point[k]));
                    double[] up = point.clone();
                    double[] down = point.clone();
                    up[k] += h;
                    down[k] -= h;
                    double numeric = (objective.value(up) - objective.value(down)) / (2 * h);
                    assertEquals(numeric, gradient[k], 1e-6 * Math.max(1e-3, Math.abs(numeric)),
                            form.id() + " " + penalty.id() + " d/d" + form.coordinates().get(k).name());
                    if (objective.hasHessian()) {
                        double[] gUp = new double[n];
                        double[] gDown = new double[n];
                        objective.valueAndGradient(up, gUp);
                        objective.valueAndGradient(down, gDown);
                        for (int j = 0; j < n; j++) {
                            double second = (gUp[j] - gDown[j]) / (2 * h);
                            assertEquals(second, hessian[j][k], 1e-4 * Math.max(1e-2, Math.abs(second)),
                                    form.id() + " Hessian " + j + "," + k);
                        }
                    }
                }
            });
        }
    }

    @Test
    void fixingAConstantTheFormDoesNotHaveOrATiedExponentIsRefusedByName() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> FixedCoordinates.of(KaplanForm.INSTANCE, Map.of("alpha", 0.3)));
        assertTrue(unknown.getMessage().contains("N_c, D_c, alpha_N, alpha_D"), unknown.getMessage());
        IllegalArgumentException tied = assertThrows(IllegalArgumentException.class,
                () -> FixedCoordinates.of(ChinchillaForm.TIED, Map.of("beta", 0.3)));
        assertTrue(tied.getMessage().contains("fix alpha"), tied.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FixedCoordinates.of(ChinchillaForm.FREE, Map.of("A", -1.0)));
        assertThrows(IllegalArgumentException.class, () -> FixedCoordinates.parse(List.of("alpha")));
        assertThrows(IllegalArgumentException.class, () -> FixedCoordinates.parse(List.of("alpha=abc")));
        assertEquals(Map.of("R_D_star", 15.387756), FixedCoordinates.parse(List.of("R_D_star=15.387756")));
        IllegalArgumentException form = assertThrows(IllegalArgumentException.class,
                () -> LawForm.byId("chinchila", FitVariable.FLOPS));
        assertTrue(form.getMessage().contains("--form must be one of chinchilla, chinchilla-tied, kaplan, "
                + "data-constrained, power"), form.getMessage());
    }

    @Test
    void theFullGridOfTheChinchillaFormIsThePapers4500Starts() {
        List<double[]> grid = ChinchillaForm.FREE.grid(FixedCoordinates.none(ChinchillaForm.FREE));
        assertEquals(4500, grid.size());
        assertEquals(900, ChinchillaForm.TIED.grid(FixedCoordinates.none(ChinchillaForm.TIED)).size());
        List<double[]> fixedAlpha = ChinchillaForm.FREE.grid(FixedCoordinates.of(ChinchillaForm.FREE, Map.of("alpha", 0.3)));
        assertEquals(900, fixedAlpha.size());
        assertTrue(fixedAlpha.stream().allMatch(start -> start[ChinchillaForm.ALPHA] == 0.3));
    }
}
