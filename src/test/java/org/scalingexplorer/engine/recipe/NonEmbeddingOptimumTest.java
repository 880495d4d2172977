package org.scalingexplorer.engine.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.recipe.NonEmbeddingOptimum.WindowExponent;

class NonEmbeddingOptimumTest {

    private static final NonEmbeddingOptimum EPOCH = new NonEmbeddingOptimum(
            (ChinchillaLaw) LawPreset.EPOCH_2024.law(), EmbeddingCount.PEARCE_SONG_2024);
    private static final NonEmbeddingOptimum CHINCHILLA = new NonEmbeddingOptimum(
            (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law(), EmbeddingCount.PEARCE_SONG_2024);

    @Test
    void embeddingModelReproducesPearceAndSongsGamma() {
        // Their script: gamma = (aspect_ratio / 12)^(1/3) * vocab with 39.2 and 32,000; fitted 47,491.
        assertEquals(47_491, EmbeddingCount.PEARCE_SONG_2024.gamma(), 20);
        double total = EmbeddingCount.PEARCE_SONG_2024.totalParams(1e9);
        assertEquals(1e9 + EmbeddingCount.PEARCE_SONG_2024.gamma() * 1000, total, 1e-3);
        assertEquals(1e9, EmbeddingCount.PEARCE_SONG_2024.nonEmbeddingParams(total), 1e-3);
        // A small model is mostly embedding: 1e5 non-embedding parameters carry 2.2e6 embedding ones.
        assertTrue(EmbeddingCount.PEARCE_SONG_2024.embeddingParams(1e5) > 20 * 1e5);
    }

    @Test
    void embeddingsComeOffAtEverySizeEvenWhereTheyAreMostOfTheModel() {
        // 1e7 parameters in all is mostly embedding (gamma N^(1/3) for N_E near 4e5): the search must still bracket it.
        for (double total = 1e3; total <= 1e13; total *= 1.25) {
            double nonEmbedding = EmbeddingCount.PEARCE_SONG_2024.nonEmbeddingParams(total);
            assertEquals(total, EmbeddingCount.PEARCE_SONG_2024.totalParams(nonEmbedding), 1e-9 * total, "total " + total);
        }
    }

    @Test
    void closedFormBudgetIsWhereTheNumericalIsoFlopMinimumLies() {
        for (NonEmbeddingOptimum optimum : List.of(EPOCH, CHINCHILLA)) {
            for (double params : new double[] {1e3, 1e5, 1e7, 1e9, 1e11}) {
                double flops = optimum.budgetWhereOptimal(params);
                assertEquals(params, optimum.optimalNonEmbeddingParams(flops), 1e-5 * params,
                        optimum.law() + " at " + params);
            }
        }
    }

    @Test
    void localExponentTendsToChinchillasForLargeModelsAndToTheEmbeddingLimitForSmallOnes() {
        assertEquals(EPOCH.largeModelExponent(), EPOCH.localExponent(1e16), 1e-3);
        assertEquals(EPOCH.smallModelExponent(), EPOCH.localExponent(1), 1e-3);
        assertEquals(0.5126, EPOCH.largeModelExponent(), 1e-4);
        assertEquals(0.7593, EPOCH.smallModelExponent(), 1e-4);
        assertEquals(0.4516, CHINCHILLA.largeModelExponent(), 1e-4);
        assertEquals(0.7119, CHINCHILLA.smallModelExponent(), 1e-4);
        // The closed-form slope agrees with a finite difference of the closed-form budget.
        double params = 3e6;
        double slope = Math.log(1.01) / Math.log(EPOCH.budgetWhereOptimal(params * 1.01) / EPOCH.budgetWhereOptimal(params));
        assertEquals(EPOCH.localExponent(params), slope, 2e-3);
    }

    @Test
    void exponentClimbsFromAboutAHalfTowardKaplansAsTheWindowMovesToSmallerModels() {
        // Two-decade windows of non-embedding sizes, from 1e10-1e12 down to 1e6-1e8 (Epoch's refit):
        // 0.514, 0.519, 0.540, 0.622, 0.820.
        List<WindowExponent> windows = EPOCH.slidingWindows(1e6, 1e12, 2, 1);
        assertEquals(5, windows.size());
        for (int i = 1; i < windows.size(); i++) {
            assertTrue(windows.get(i - 1).exponent() > windows.get(i).exponent(),
                    "window " + windows.get(i - 1) + " should exceed " + windows.get(i));
        }
        assertEquals(0.514, windows.get(4).exponent(), 0.005);
        assertEquals(0.820, windows.get(0).exponent(), 0.005);
        // Over Kaplan's own range, 768 to 1.5e9 non-embedding parameters: 0.79 (Epoch), 0.75 (Hoffmann's
        // rounded constants), either side of Kaplan's 0.73 and far from Chinchilla's 0.5.
        double epochKaplanRange = EPOCH.fitWindow(NonEmbeddingOptimum.KAPLAN_SMALLEST_PARAMS,
                NonEmbeddingOptimum.KAPLAN_LARGEST_PARAMS, 40).exponent();
        double chinchillaKaplanRange = CHINCHILLA.fitWindow(NonEmbeddingOptimum.KAPLAN_SMALLEST_PARAMS,
                NonEmbeddingOptimum.KAPLAN_LARGEST_PARAMS, 40).exponent();
        assertEquals(0.790, epochKaplanRange, 0.005);
        assertEquals(0.750, chinchillaKaplanRange, 0.005);
    }

    @Test
    void theClimbIsNotMonotoneAllTheWayDown() {
        // Between the limits the local exponent overshoots: about 0.93 for windows around 1e5-1e7
        // before settling at 0.76 for the smallest models. The view should not claim a steady climb.
        double peak = EPOCH.fitWindow(1e5, 1e7, 25).exponent();
        assertTrue(peak > 0.9, "peak " + peak);
        assertTrue(EPOCH.fitWindow(1e2, 1e4, 25).exponent() < peak);
    }
}
