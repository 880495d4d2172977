package org.scalingexplorer.ui.shell;

import java.nio.file.Path;

/**
 * How the window opens, from the command line ({@code gui}): each field left null keeps what the user's
 * settings say. With a screenshot the run keeps its settings to itself and leaves the user's alone.
 *
 * @param language   the UI language, or null
 * @param theme      light or dark, or null
 * @param viewId     the registered view to show, or null
 * @param width      the window's width in pixels, or null
 * @param height     the window's height in pixels, or null
 * @param lessons    whether the lessons panel opens beside the view
 * @param present    whether the window opens in presentation mode
 * @param screenshot where to write the first laid-out frame before exiting, or null to stay open
 * @param session    a session file to open before the window shows (its laws and view settings), or null
 */
public record WindowRequest(Language language, ThemeChoice theme, String viewId, Integer width, Integer height,
                            boolean lessons, boolean present, Path screenshot, Path session) {

    /** The window as the user left it. */
    public static final WindowRequest AS_SAVED = new WindowRequest(null, null, null, null, null, false, false, null,
            null);

    /** Whether this run keeps its settings to itself, so that the user's saved ones stay untouched. */
    public boolean throwawaySettings() {
        return screenshot != null;
    }

    /** Applies the requested language, theme, view and size to the settings before the window is built. */
    void applyTo(AppSettings settings) {
        if (language != null) {
            settings.languageProperty().set(language);
        }
        if (theme != null) {
            settings.themeProperty().set(theme);
        }
        if (viewId != null) {
            settings.lastViewProperty().set(viewId);
        }
        if (width != null && height != null) {
            settings.windowWidthProperty().set(width);
            settings.windowHeightProperty().set(height);
            settings.maximizedProperty().set(false);
        }
    }
}
