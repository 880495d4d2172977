package org.scalingexplorer.ui.export;

import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * One figure to export: its cells (already drawn in {@code style}), its size in logical pixels, the
 * device scale of a PNG, and an optional title above and caption below the charts.
 *
 * @param scale device pixels per logical pixel of a PNG, 1 to 4; the PNG records 96 x scale DPI.
 *              Vector formats ignore it.
 */
public record ExportRequest(ViewFigure figure, ChartStyle style, int widthPx, int heightPx, double scale,
                            String title, String caption) {

    /** Pixels per inch of a logical pixel, the CSS and desktop convention. */
    public static final double LOGICAL_DPI = 96;

    public ExportRequest {
        if (widthPx < 200 || widthPx > 10_000 || heightPx < 150 || heightPx > 10_000) {
            throw new IllegalArgumentException("size must be 200 to 10000 wide and 150 to 10000 high, got "
                    + widthPx + " x " + heightPx);
        }
        if (!(scale >= 1 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be between 1 and 4, got " + scale);
        }
        title = title == null ? "" : title.strip();
        caption = caption == null ? "" : caption.strip();
    }

    public ExportRequest(ViewFigure figure, ChartStyle style, int widthPx, int heightPx) {
        this(figure, style, widthPx, heightPx, 1, "", "");
    }

    public ExportRequest withScale(double newScale) {
        return new ExportRequest(figure, style, widthPx, heightPx, newScale, title, caption);
    }

    /** The resolution a PNG of this request records, so a word processor places it at its logical size. */
    public double dpi() {
        return LOGICAL_DPI * scale;
    }
}
