package org.scalingexplorer.ui.view;

import java.util.ResourceBundle;
import org.scalingexplorer.ui.chart.ChartStyle;

/**
 * The language and colours a figure is drawn in. Figures are drawn only through Java2D (exports, the
 * command line's render and report), so the style's font is the one Java2D can fall back from.
 */
public record FigureContext(ResourceBundle bundle, ChartStyle style) {

    public FigureContext {
        style = style.forJava2D();
    }
}
