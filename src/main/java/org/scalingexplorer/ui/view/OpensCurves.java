package org.scalingexplorer.ui.view;

/**
 * A view module whose view imports learning curves: the File menu's "Open learning curves" shows
 * the first such view and asks it for a file.
 */
public interface OpensCurves {
    /** Asks for a curve file in {@code view}, built by this module, and imports it. */
    void chooseCurveFile(ViewPane view);
}
