package org.scalingexplorer.engine.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.io.ColumnMapping;
import org.scalingexplorer.engine.io.RunImport;
import org.scalingexplorer.engine.io.RunImporter;
import org.scalingexplorer.engine.io.TrainingRun;

/**
 * Gadre et al. 2024 (arXiv:2403.08540), their 104 runs (../shared/data/external/gadre2024-overtraining):
 * fitted on the small models (the four shapes up to 411M parameters, C4 validation loss), the free
 * Chinchilla form misses the 6.9B runs by 3 to 8%, the form with one shared exponent by under 1% on
 * two of the three training sets (RedPajama, RefinedWeb), not on C4. The reference numbers are SciPy
 * L-BFGS-B from the 4,500-point grid (the same objective): free -7.86 / -3.01 / -4.51%, tied -5.18 /
 * +0.31 / -0.74% (c4, rpj, rw).
 */
class GadreExtrapolationTest {

    private static final Path RUNS = SharedDataSets.EXTERNAL.resolve("gadre2024-overtraining/runs.csv");
    private static RunImport imported;

    @BeforeAll
    static void read() {
        Assumptions.assumeTrue(Files.exists(RUNS), "../shared/data is absent");
        imported = RunImporter.read(RUNS, ColumnMapping.parse(List.of("loss=loss_c4_val"), RunImporter.ROLES),
                List.of("dataset"));
    }

    /** Relative error (%) of the 6.9B run of one training set, fitted on the runs below 1e9 parameters. */
    private static double errorOnLargest(String dataset, LawForm form) {
        List<TrainingRun> runs = imported.bySplit().get(dataset);
        LawFitOutcome outcome = FitPipeline.fit(runs, FitSpec.of(form).withHoldout(HoldoutSpec.above(HoldoutAxis.PARAMS, 1e9))
                .withResamples(200, 1));
        assertEquals(runs.size() - 3, outcome.holdout().trainRuns(), "the 1.4B (two) and 6.9B runs are held out");
        HeldOutPrediction largest = outcome.holdout().runs().stream()
                .filter(p -> p.run().params() > 6e9).findFirst().orElseThrow();
        double error = 100 * (largest.predicted() - largest.run().loss()) / largest.run().loss();
        System.out.printf(Locale.ROOT, "Gadre %s %s: 6.9B loss %.4f predicted %.4f (%+.2f%%), 95%% [%.4f, %.4f]%n",
                dataset, form.id(), largest.run().loss(), largest.predicted(), error, largest.low95(), largest.high95());
        return error;
    }

    @Test
    void freeFormMissesThe69BRunsByThreeToEightPercent() {
        double[] scipy = {-7.86, -3.01, -4.51};
        String[] sets = {"c4_original", "rpj", "rw_original"};
        for (int i = 0; i < sets.length; i++) {
            double error = errorOnLargest(sets[i], ChinchillaForm.FREE);
            assertEquals(scipy[i], error, 0.05, sets[i]);
            assertTrue(Math.abs(error) > 3 && Math.abs(error) < 8, sets[i] + " " + error);
        }
    }

    @Test
    void tiedFormMissesByUnderOnePercentOnTwoOfThreeSets() {
        double[] scipy = {-5.18, 0.31, -0.74};
        String[] sets = {"c4_original", "rpj", "rw_original"};
        int underOnePercent = 0;
        for (int i = 0; i < sets.length; i++) {
            double error = errorOnLargest(sets[i], ChinchillaForm.TIED);
            assertEquals(scipy[i], error, 0.05, sets[i]);
            if (Math.abs(error) < 1) {
                underOnePercent++;
            }
        }
        assertEquals(2, underOnePercent);
    }
}
