package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class AppSettingsTest {

    @Test
    void settingsSurviveARestart() throws Exception {
        Preferences node = Preferences.userRoot().node("scalingexplorer-test/" + UUID.randomUUID());
        try {
            AppSettings first = new AppSettings(node);
            first.windowWidthProperty().set(1111);
            first.windowHeightProperty().set(777);
            first.themeProperty().set(ThemeChoice.DARK);
            first.languageProperty().set(Language.SIMPLIFIED_CHINESE);
            first.lastViewProperty().set("power-laws");
            first.flush();

            AppSettings second = new AppSettings(node);
            assertEquals(1111, second.windowWidthProperty().get());
            assertEquals(777, second.windowHeightProperty().get());
            assertEquals(ThemeChoice.DARK, second.themeProperty().get());
            assertEquals(Language.SIMPLIFIED_CHINESE, second.languageProperty().get());
            assertEquals("power-laws", second.lastViewProperty().get());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void aDamagedValueFallsBackToTheDefault() throws Exception {
        Preferences node = Preferences.userRoot().node("scalingexplorer-test/" + UUID.randomUUID());
        try {
            node.put("theme", "PURPLE");
            assertEquals(ThemeChoice.LIGHT, new AppSettings(node).themeProperty().get());
        } finally {
            node.removeNode();
        }
    }
}
