package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/** Each reason not to trust a fit is said, and names the runs it concerns. */
class TrustChecksTest {

    private static final ChinchillaLaw TRUTH = TrustScenarios.TRUTH;

    private static TrainingRun run(double params, double tokens, double loss, double unique, String name) {
        return TrustScenarios.run(params, tokens, loss, unique, name);
    }

    private static List<TrainingRun> grid(double minParams, double maxParams, double noise, long seed) {
        return TrustScenarios.grid(minParams, maxParams, noise, seed);
    }

    private static List<TrustWarning> of(List<TrustWarning> warnings, String kind) {
        return warnings.stream().filter(w -> w.kind().equals(kind)).toList();
    }

    @Test
    void aWellSpreadCleanSetRaisesNothing() {
        List<TrainingRun> runs = grid(1e7, 1e10, 0.005, 1);
        LawFitOutcome outcome = FitPipeline.fit(runs, FitSpec.of(ChinchillaForm.FREE).withResamples(100, 1));
        assertEquals(List.of(), outcome.warnings());
    }

    @Test
    void sizesOverHalfADecadeAreTooNarrowAndTheExtremesAreNamed() {
        List<TrainingRun> runs = grid(1e9, 3e9, 0.005, 2);
        LawFitOutcome outcome = FitPipeline.fit(runs, FitSpec.of(ChinchillaForm.FREE).withResamples(100, 1));
        List<TrustWarning> narrow = of(outcome.warnings(), "narrow-range");
        assertEquals(1, narrow.stream().filter(w -> w.message().startsWith("N spans only 0.48 decades")).count(),
                outcome.warnings().toString());
        assertEquals(List.of("r0", "r36"), narrow.get(0).runs(), "the first run of the smallest and of the largest size");
        assertTrue(!of(outcome.warnings(), "exponents-not-separable").isEmpty()
                || !of(outcome.warnings(), "wide-interval").isEmpty(), outcome.warnings().toString());
    }

    @Test
    void repeatsRunsPastOneEpochAndOutliersAreNamed() {
        List<TrainingRun> runs = TrustScenarios.repeatsAndOutlier(3);
        LawFitOutcome outcome = FitPipeline.fit(runs, FitSpec.of(ChinchillaForm.FREE));
        assertEquals(List.of("r0", "seed-2"), of(outcome.warnings(), "duplicate-runs").get(0).runs());
        assertEquals(List.of("four-epochs"), of(outcome.warnings(), "past-one-epoch").get(0).runs());
        List<TrustWarning> outliers = of(outcome.warnings(), "outlier");
        assertEquals(1, outliers.size(), outcome.warnings().toString());
        assertEquals(1, outliers.get(0).runs().size());
        assertTrue(outliers.get(0).runs().get(0).startsWith("bad-lr (+"), outliers.get(0).runs().toString());
    }

    @Test
    void approach2NamesBudgetsWithoutAnInteriorMinimumAndSkipsThem() {
        List<TrainingRun> runs = new ArrayList<>();
        for (double flops : new double[] {1e18, 1e19, 1e20}) {
            for (int i = -3; i <= 3; i++) {
                double optimal = Math.sqrt(flops / 120);
                double params = optimal * Math.pow(2, i);
                double tokens = flops / (6 * params);
                runs.add(run(params, tokens, TRUTH.loss(params, tokens), Double.NaN, "c" + flops + "/" + i));
            }
        }
        // A budget whose sizes all lie above its optimum: the smallest model has the lowest loss.
        double flops = 1e21;
        for (int i = 2; i <= 5; i++) {
            double params = Math.sqrt(flops / 120) * Math.pow(2, i);
            runs.add(run(params, flops / (6 * params), TRUTH.loss(params, flops / (6 * params)), Double.NaN, "edge" + i));
        }
        IsoFlopFitter fitter = new IsoFlopFitter().withInteriorMinimumRequired();
        Approach2Result result = Approach2Result.fit(runs, fitter, 0, 1, 1e22, f -> { }, () -> false);
        assertEquals(3, result.fit().profiles().size());
        List<TrustWarning> skipped = of(result.warnings(), "no-interior-minimum");
        assertEquals(1, skipped.size(), result.warnings().toString());
        assertEquals(List.of("edge2", "edge3", "edge4", "edge5"), skipped.get(0).runs());
        assertTrue(skipped.get(0).message().contains("the lowest loss is at the smallest model"), skipped.get(0).message());
    }
}
