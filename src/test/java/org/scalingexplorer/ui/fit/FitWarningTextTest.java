package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FitPipeline;
import org.scalingexplorer.engine.fit.FitSpec;
import org.scalingexplorer.engine.fit.TrustWarning;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.law.ChinchillaLaw;

/** The Fit view says each warning in the user's language, with the engine's own numbers. */
class FitWarningTextTest {
    private static final ChinchillaLaw TRUTH = new ChinchillaLaw(1.8, 480, 2100, 0.35, 0.37);
    private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
    private static final ResourceBundle CHINESE = bundle(Locale.SIMPLIFIED_CHINESE);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.scalingexplorer.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static TrainingRun run(double params, double tokens, double loss, double unique, String name) {
        return new TrainingRun(params, tokens, ComputeBudget.FLOPS_PER_PARAM_TOKEN * params * tokens, loss, unique, "", name);
    }

    private static List<TrainingRun> grid(double minParams, double maxParams, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingRun> runs = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            double params = minParams * Math.pow(maxParams / minParams, i / 6.0);
            for (int j = 0; j < 6; j++) {
                double tokens = params * 5 * Math.pow(2, j);
                runs.add(run(params, tokens, TRUTH.loss(params, tokens) * Math.exp(0.005 * random.nextGaussian()),
                        Double.NaN, "r" + runs.size()));
            }
        }
        return runs;
    }

    /** Warnings of six kinds from two run sets that earn them. */
    private static List<TrustWarning> warnings() {
        List<TrustWarning> warnings = new ArrayList<>(FitPipeline.fit(grid(1e9, 3e9, 2),
                FitSpec.of(ChinchillaForm.FREE).withResamples(100, 1)).warnings());
        List<TrainingRun> runs = new ArrayList<>(grid(1e7, 1e10, 3));
        TrainingRun first = runs.get(0);
        runs.add(run(first.params(), first.tokens(), first.loss() * 1.004, Double.NaN, "seed-2"));
        TrainingRun tenth = runs.get(10);
        runs.set(10, run(tenth.params(), tenth.tokens(), tenth.loss() * 1.3, Double.NaN, "bad-lr"));
        TrainingRun fifth = runs.get(5);
        runs.set(5, run(fifth.params(), fifth.tokens(), fifth.loss(), fifth.tokens() / 4, "four-epochs"));
        warnings.addAll(FitPipeline.fit(runs, FitSpec.of(ChinchillaForm.FREE)).warnings());
        return warnings;
    }

    private static String plain(String sentence) {
        String trimmed = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        return trimmed.substring(0, 1).toLowerCase(Locale.ROOT) + trimmed.substring(1);
    }

    @Test
    void theEnglishTextFromTheBundleSaysWhatTheEngineSaysSoTheValuesLineUp() {
        List<TrustWarning> warnings = warnings();
        TreeSet<String> kinds = new TreeSet<>();
        warnings.forEach(w -> kinds.add(w.kind()));
        assertTrue(kinds.containsAll(List.of("narrow-range", "duplicate-runs", "past-one-epoch", "outlier")), kinds.toString());
        for (TrustWarning warning : warnings) {
            assertFalse(warning.arguments().isEmpty(), warning.kind() + " carries its values");
            assertTrue(ENGLISH.containsKey("fit.warning." + warning.kind() + ".detail"), warning.kind());
            assertEquals(plain(warning.message()), plain(FitText.warningDetail(ENGLISH, warning)), warning.kind());
        }
    }

    @Test
    void theChineseTextIsChineseAndCarriesEveryValue() {
        for (TrustWarning warning : warnings()) {
            String chinese = FitText.warningDetail(CHINESE, warning);
            assertTrue(chinese.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    chinese);
            assertFalse(chinese.contains("{"), chinese);
            for (Object value : warning.arguments()) {
                assertTrue(chinese.contains(value.toString()), warning.kind() + ": " + value + " in " + chinese);
            }
            assertFalse(FitText.warningTitle(CHINESE, warning).equals(warning.kind()), "a title for " + warning.kind());
        }
    }

    @Test
    void theRunsBeyondTheNamedOnesAreCountedInTheUsersLanguage() {
        TrustWarning many = new TrustWarning("outlier", "", List.of("r1", "r2", "and 12 more"), List.of(14, "5.0"));
        assertEquals(List.of("r1", "r2", "另有 12 个"), FitText.warningRuns(CHINESE, many));
        assertEquals(List.of("r1", "r2", "and 12 more"), FitText.warningRuns(ENGLISH, many));
    }
}
