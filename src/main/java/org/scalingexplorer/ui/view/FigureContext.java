package org.scalingexplorer.ui.view;

import java.util.ResourceBundle;
import org.scalingexplorer.ui.chart.ChartStyle;

/** The language and colours a figure is drawn in. */
public record FigureContext(ResourceBundle bundle, ChartStyle style) {
}
