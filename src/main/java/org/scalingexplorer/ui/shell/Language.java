package org.scalingexplorer.ui.shell;

import java.util.Locale;
import java.util.ResourceBundle;

/** The languages the UI speaks. English is the root bundle, so no system locale can shadow it. */
public enum Language {
    ENGLISH(Locale.ROOT, "English"),
    SIMPLIFIED_CHINESE(Locale.SIMPLIFIED_CHINESE, "简体中文");

    public static final String BUNDLE = "org.scalingexplorer.ui.messages";

    private final Locale locale;
    private final String nativeName;

    Language(Locale locale, String nativeName) {
        this.locale = locale;
        this.nativeName = nativeName;
    }

    public Locale locale() {
        return locale;
    }

    /** The language's own name, shown in the language chooser whatever the UI language is. */
    public String nativeName() {
        return nativeName;
    }

    public ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for a Chinese system locale, else English. */
    public static Language forLocale(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }
}
