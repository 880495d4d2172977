package org.scalingexplorer.ui.render;

import java.util.ResourceBundle;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The scenario, language and style a view is rendered in. */
public record RenderRequest(ScenarioModel scenario, ResourceBundle bundle, ChartStyle style) {
}
