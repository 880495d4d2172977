package org.scalingexplorer.ui.export;

/**
 * What the export dialog asked for.
 *
 * @param cell       index of the one cell to export, or -1 for the whole view
 * @param printTheme the light print theme rather than the window's current one
 */
public record ExportChoice(ExportFormat format, int cell, int widthPx, int heightPx, int scale, boolean printTheme,
                           String title, String caption) {
}
