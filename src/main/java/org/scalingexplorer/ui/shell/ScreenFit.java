package org.scalingexplorer.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Keeps the window inside the screen's visible area (without the task bar): a size remembered on a
 * 1600x1000 desk opens on a 1280x800 projector with its menu bar and its edges on the screen.
 */
record ScreenFit(Rectangle2D visible) {

    static ScreenFit primary() {
        return new ScreenFit(Screen.getPrimary().getVisualBounds());
    }

    /** The content width to ask for: the remembered one, at most the visible width. */
    double width(double remembered) {
        return Math.min(remembered, visible.getWidth());
    }

    double height(double remembered) {
        return Math.min(remembered, visible.getHeight());
    }

    /**
     * Once shown (the decorations now count), shrinks the window to the visible area where it is larger
     * and moves it so that no edge is off the screen.
     */
    void keepInside(Stage stage) {
        if (stage.isFullScreen() || stage.isMaximized()) {
            return;
        }
        if (stage.getWidth() > visible.getWidth()) {
            stage.setWidth(visible.getWidth());
        }
        if (stage.getHeight() > visible.getHeight()) {
            stage.setHeight(visible.getHeight());
        }
        stage.setX(clamp(stage.getX(), visible.getMinX(), visible.getMaxX() - stage.getWidth()));
        stage.setY(clamp(stage.getY(), visible.getMinY(), visible.getMaxY() - stage.getHeight()));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
