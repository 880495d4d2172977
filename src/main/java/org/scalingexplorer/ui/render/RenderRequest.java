package org.scalingexplorer.ui.render;

import java.util.ResourceBundle;
import java.util.function.Function;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The scenario, language and style a view is rendered in, and, from the app, the window's live
 * view-models; without them (the command line) each figure builds its view-model afresh.
 */
public record RenderRequest(ScenarioModel scenario, ResourceBundle bundle, ChartStyle style, ViewModelSource live) {

    public RenderRequest(ScenarioModel scenario, ResourceBundle bundle, ChartStyle style) {
        this(scenario, bundle, style, null);
    }

    public RenderRequest(ViewModelSource live, ResourceBundle bundle, ChartStyle style) {
        this(live.scenario(), bundle, style, live);
    }

    /** The window's view-model when there is one, else a new one over the scenario. */
    public <T> T viewModel(Function<ViewModelSource, T> fromWindow, Function<ScenarioModel, T> fresh) {
        return live != null ? fromWindow.apply(live) : fresh.apply(scenario);
    }
}
