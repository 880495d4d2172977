package org.scalingexplorer.ui.view;

import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import org.scalingexplorer.ui.chart.ChartStyle;

/** What a view is built with: the words of the window's language and the chart style it follows. */
public record ViewContext(ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
}
