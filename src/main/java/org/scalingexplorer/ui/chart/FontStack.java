package org.scalingexplorer.ui.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one font family of the window and its charts: a family that has both Latin and Chinese glyphs.
 *
 * <p>Why not the platform's "System" font: on Linux, JavaFX builds the fallback list of its logical
 * fonts from fontconfig but keeps only fonts whose format is "TrueType", so the CFF-outline OpenType
 * collection most distributions ship for Chinese (Noto Sans CJK, package {@code fonts-noto-cjk}) is
 * dropped and every Chinese character is drawn as the missing-glyph box, in the controls and in the
 * charts (FXGraphics2D hands JFreeChart's "SansSerif" to the same logical font). A physical family
 * that covers Chinese itself needs no fallback; JavaFX still falls back from it to the system fonts
 * for the few symbols it lacks. On Windows and macOS the system font's own fallback finds Chinese, so
 * the system font stays. {@value #FAMILY_PROPERTY} names another installed family.
 */
public final class FontStack {
    /** System property: a font family to use instead of the stack's choice, if installed. */
    public static final String FAMILY_PROPERTY = "scalingexplorer.font";
    /** JavaFX's name for the platform's UI font. */
    public static final String SYSTEM = "System";

    /** Families with Latin and Simplified Chinese glyphs, most wanted first; the Debian package in brackets. */
    static final List<String> CJK_FAMILIES = List.of(
            "Noto Sans CJK SC",        // fonts-noto-cjk
            "Source Han Sans SC",
            "Source Han Sans CN",
            "WenQuanYi Micro Hei",     // fonts-wqy-microhei
            "WenQuanYi Zen Hei",       // fonts-wqy-zenhei
            "Droid Sans Fallback",     // fonts-droid-fallback
            "AR PL UMing CN");         // fonts-arphic-uming

    private static volatile String family;

    private FontStack() {
    }

    /** The family the window and the charts use: JavaFX's name, also Java2D's. */
    public static String family() {
        String chosen = family;
        if (chosen == null) {
            chosen = choose(System.getProperty(FAMILY_PROPERTY), System.getProperty("os.name", ""), installed());
            family = chosen;
        }
        return chosen;
    }

    /** The stack's choice among the installed families; {@link #SYSTEM} where the platform's font falls back well. */
    static String choose(String requested, String osName, Set<String> installed) {
        if (requested != null && installed.contains(requested.toLowerCase(Locale.ROOT))) {
            return requested;
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return SYSTEM;
        }
        return CJK_FAMILIES.stream().filter(name -> installed.contains(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(SYSTEM);
    }

    /** A chart font of this family: Java2D's logical sans-serif where the stack keeps the system font. */
    public static Font chartFont(int style, float size) {
        String name = family();
        return new Font(SYSTEM.equals(name) ? Font.SANS_SERIF : name, style, Math.round(size)).deriveFont(size);
    }

    /** A stylesheet (a data URL) that sets this family on every scene's root; empty where nothing changes. */
    public static String stylesheet() {
        String name = family();
        if (SYSTEM.equals(name)) {
            return "";
        }
        String css = ".root { -fx-font-family: \"" + name.replace("\"", "") + "\"; }";
        return "data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Set<String> installed() {
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.stream(names).map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
