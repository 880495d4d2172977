package org.scalingexplorer.ui.shell;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.scalingexplorer.ui.chart.FontStack;

/**
 * Puts the {@link FontStack} family on every window the app opens: the main window, its menus, popups
 * and tooltips, and every dialog, so none of them falls back to a system font without Chinese glyphs.
 */
final class SceneFonts {
    private static boolean installed;

    private SceneFonts() {
    }

    /** Watches every window from now on; once per run, on the FX thread. */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        String sheet = FontStack.stylesheet();
        if (sheet.isEmpty()) {
            return;
        }
        Window.getWindows().forEach(window -> watch(window, sheet));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> watch(window, sheet));
            }
        });
    }

    private static void watch(Window window, String sheet) {
        addTo(window.getScene(), sheet);
        // The listener lives on the window's own property and goes with the window.
        window.sceneProperty().addListener((obs, old, now) -> addTo(now, sheet));
    }

    private static void addTo(Scene scene, String sheet) {
        if (scene != null && !scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
    }
}
