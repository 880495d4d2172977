package org.scalingexplorer.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import org.scalingexplorer.ui.chart.ChartStyle;

/** The app's themes: an AtlantaFX stylesheet for the controls and a matching chart style. */
public enum ThemeChoice {
    LIGHT(new PrimerLight().getUserAgentStylesheet(), ChartStyle.LIGHT),
    DARK(new PrimerDark().getUserAgentStylesheet(), ChartStyle.DARK);

    private final String userAgentStylesheet;
    private final ChartStyle chartStyle;

    ThemeChoice(String userAgentStylesheet, ChartStyle chartStyle) {
        this.userAgentStylesheet = userAgentStylesheet;
        this.chartStyle = chartStyle;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    public ChartStyle chartStyle() {
        return chartStyle;
    }
}
