package org.scalingexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.FontStack;
import org.scalingexplorer.ui.view.FigureContext;

/**
 * Exports draw every character the app writes: Java2D has no fallback for a physical font, and
 * Noto Sans CJK lacks ⁰ and ⁵ to ⁹, so "C = 10¹⁹ FLOPs" came out as "10¹☐" in PNG renders.
 */
class ExportGlyphsTest {
    private static final String MATH = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻−×≥∝≈αβγλσμ²³·…";

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.scalingexplorer.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void theExportFontOfEveryStyleDrawsTheMathTheFiguresWrite() {
        for (ChartStyle style : List.of(ChartStyle.LIGHT, ChartStyle.DARK, ChartStyle.PRINT, ChartStyle.PRESENTATION)) {
            Font font = new FigureContext(bundle(Locale.ROOT), style).style().font();
            for (Font weight : List.of(font, font.deriveFont(Font.BOLD))) {
                assertEquals(-1, weight.canDisplayUpTo(MATH), weight + " lacks " + (weight.canDisplayUpTo(MATH) < 0
                        ? "" : MATH.charAt(weight.canDisplayUpTo(MATH))));
            }
        }
    }

    @Test
    void theExportFontDrawsEveryCharacterOfBothBundles() {
        Assumptions.assumeFalse(FontStack.SYSTEM.equals(FontStack.family()),
                "no font with Chinese is installed (the README names fonts-noto-cjk)");
        Font font = new FigureContext(bundle(Locale.ROOT), ChartStyle.LIGHT).style().font();
        List<String> missing = new ArrayList<>();
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            ResourceBundle bundle = bundle(locale);
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                int at = font.canDisplayUpTo(value);
                if (at >= 0) {
                    missing.add(key + " [" + locale + "]: " + value.charAt(at) + " (U+"
                            + Integer.toHexString(value.charAt(at)).toUpperCase(Locale.ROOT) + ")");
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
