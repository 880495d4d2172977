package org.scalingexplorer.ui.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.fit.ChinchillaForm;
import org.scalingexplorer.engine.fit.FitPipeline;
import org.scalingexplorer.engine.fit.FitSpec;
import org.scalingexplorer.engine.fit.TrustScenarios;
import org.scalingexplorer.engine.fit.TrustWarning;

/** The Fit view says each warning in the user's language, with the engine's own numbers. */
class FitWarningTextTest {
    private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);
    private static final ResourceBundle CHINESE = bundle(Locale.SIMPLIFIED_CHINESE);

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.scalingexplorer.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Warnings of six kinds from two run sets that earn them. */
    private static List<TrustWarning> warnings() {
        List<TrustWarning> warnings = new ArrayList<>(FitPipeline.fit(TrustScenarios.grid(1e9, 3e9, 0.005, 2),
                FitSpec.of(ChinchillaForm.FREE).withResamples(100, 1)).warnings());
        warnings.addAll(FitPipeline.fit(TrustScenarios.repeatsAndOutlier(3), FitSpec.of(ChinchillaForm.FREE)).warnings());
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
