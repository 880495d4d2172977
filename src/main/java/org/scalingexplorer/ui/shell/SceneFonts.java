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
    /** Large type on every window in presentation mode: menus, popups, tooltips and dialogs too. */
    static final String PRESENTATION_SHEET = SceneFonts.class.getResource("/org/scalingexplorer/ui/presentation.css")
            .toExternalForm();
    private static boolean presenting;

    private SceneFonts() {
    }

    /** Watches every window from now on; once per run, on the FX thread. */
    static void install() {
        if (installed) {
            return;
        }
        installed = true;
        String sheet = FontStack.stylesheet();
        Window.getWindows().forEach(window -> watch(window, sheet));
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(window -> watch(window, sheet));
            }
        });
    }

    /** Turns presentation mode's large type on or off on every open window and every one opened later. */
    static void presentation(boolean on) {
        presenting = on;
        Window.getWindows().forEach(window -> present(window.getScene()));
    }

    private static void watch(Window window, String sheet) {
        addTo(window.getScene(), sheet);
        present(window.getScene());
        // The listener lives on the window's own property and goes with the window.
        window.sceneProperty().addListener((obs, old, now) -> {
            addTo(now, sheet);
            present(now);
        });
    }

    private static void present(Scene scene) {
        if (scene == null) {
            return;
        }
        if (presenting && !scene.getStylesheets().contains(PRESENTATION_SHEET)) {
            scene.getStylesheets().add(PRESENTATION_SHEET);
        } else if (!presenting) {
            scene.getStylesheets().remove(PRESENTATION_SHEET);
        }
    }

    private static void addTo(Scene scene, String sheet) {
        if (scene != null && !sheet.isEmpty() && !scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
    }
}
