package org.scalingexplorer.engine.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

class ReferenceModelTest {

    private static final Map<String, ReferenceModel> MODELS = ReferenceModelCatalog.bundled().stream()
            .collect(Collectors.toMap(ReferenceModel::name, Function.identity()));

    @Test
    void bundledCatalogueHoldsScienceSection9() {
        assertEquals(10, MODELS.size());
        assertModel("LaMDA", 137e9, 168e9, "Thoppilan");
        assertModel("GPT-3", 175e9, 300e9, "Brown");
        assertModel("Jurassic-1", 178e9, 300e9, "Lieber");
        assertModel("Gopher", 280e9, 300e9, "Rae");
        assertModel("MT-NLG", 530e9, 270e9, "Smith");
        assertModel("Chinchilla", 70e9, 1.4e12, "Hoffmann");
        assertModel("LLaMA 65B", 65e9, 1.4e12, "Touvron");
        assertModel("Llama 2 70B", 70e9, 2e12, "Touvron");
        assertModel("Llama 3 8B", 8e9, 15e12, "Meta");
        assertModel("Llama 3 70B", 70e9, 15e12, "Meta");
    }

    @Test
    void classpathCopyIsTheAssetsFile() throws IOException {
        List<ReferenceModel> fromFile = ReferenceModelCatalog.read(
                Files.newBufferedReader(Path.of("assets", "reference-models.csv")));
        assertEquals(fromFile, ReferenceModelCatalog.bundled());
    }

    private static void assertModel(String name, double params, double tokens, String author) {
        ReferenceModel model = MODELS.get(name);
        assertEquals(params, model.params(), 0, name);
        assertEquals(tokens, model.tokens(), 0, name);
        assertTrue(model.citation().contains(author), name + ": " + model.citation());
    }

    @Test
    void gpt3IsOversizedAndUndertrainedUnderChinchilla() {
        ReferenceModel gpt3 = MODELS.get("GPT-3");
        assertEquals(3.15e23, gpt3.flops(), 1e20);
        assertEquals(1.714, gpt3.tokensPerParam(), 1e-3);
        for (LawPreset preset : new LawPreset[] {LawPreset.CHINCHILLA_2022, LawPreset.EPOCH_2024,
                LawPreset.CHINCHILLA_APPROACH_1}) {
            ReferenceVerdict verdict = ReferenceVerdict.of(gpt3, preset.law(), OptimumRule.LOSS_MINIMUM);
            assertTrue(verdict.oversized(), preset.id());
            assertTrue(verdict.sizeRatio() > 3, preset.id() + " ratio " + verdict.sizeRatio());
            assertTrue(verdict.computeOptimalLoss() < verdict.loss(), preset.id());
            assertTrue(verdict.flopsToMatchLoss() < gpt3.flops(), preset.id());
            assertTrue(verdict.computeOverspend() > 1, preset.id());
        }
        // Under the Approach 1 preset N_opt(3.15e23) = G sqrt(C/6) = 50.1B: GPT-3 is 3.5 times too big.
        ReferenceVerdict approach1 = ReferenceVerdict.of(gpt3, LawPreset.CHINCHILLA_APPROACH_1.law(),
                OptimumRule.LOSS_MINIMUM);
        assertEquals(3.49, approach1.sizeRatio(), 0.02);
    }

    @Test
    void chinchillaIsComputeOptimalAndLlama3IsFarPastIt() {
        ScalingLaw law = LawPreset.CHINCHILLA_APPROACH_1.law();
        ReferenceVerdict chinchilla = ReferenceVerdict.of(MODELS.get("Chinchilla"), law, OptimumRule.LOSS_MINIMUM);
        assertEquals(1.0, chinchilla.sizeRatio(), 0.05);
        assertEquals(1.0, chinchilla.computeOverspend(), 0.01);

        ReferenceVerdict llama3 = ReferenceVerdict.of(MODELS.get("Llama 3 8B"), law, OptimumRule.LOSS_MINIMUM);
        assertFalse(llama3.oversized());
        assertTrue(llama3.sizeRatio() < 0.15, "ratio " + llama3.sizeRatio());
        assertEquals(1875, llama3.tokensPerParam(), 1e-9);
    }

    @Test
    void flopsToMatchLossIsWhereTheOptimalLossEqualsTheModels() {
        for (LawPreset preset : LawPreset.values()) {
            for (OptimumRule rule : OptimumRule.values()) {
                ReferenceVerdict verdict = ReferenceVerdict.of(MODELS.get("Gopher"), preset.law(), rule);
                double reached = rule.allocate(preset.law(),
                        org.scalingexplorer.engine.compute.ComputeBudget.ofFlops(verdict.flopsToMatchLoss())).loss();
                assertEquals(verdict.loss(), reached, 1e-9, preset.id() + " " + rule);
            }
        }
    }

    @Test
    void badCatalogueRowsAreRefused() {
        String csv = "name,params,tokens,citation\nGood,1e9,2e10,somebody\nBad,lots,2e10,nobody\n";
        var error = assertThrows(IllegalArgumentException.class,
                () -> ReferenceModelCatalog.read(new StringReader(csv)));
        assertTrue(error.getMessage().contains("params"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceModelCatalog.read(new StringReader("name,params,tokens\nNeg,-1,2e10\n")));
    }
}
