package org.scalingexplorer.ui.export;

import java.util.List;
import java.util.ResourceBundle;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * A report to write: the views (ids of {@link org.scalingexplorer.ui.render.ViewFigures}) in order, one
 * page each, drawn over {@code scenario} in {@code style} with the words of {@code bundle}.
 */
public record ReportRequest(List<String> viewIds, ScenarioModel scenario, ResourceBundle bundle, ChartStyle style,
                            String title) {
    public ReportRequest {
        if (viewIds.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one view");
        }
        viewIds = List.copyOf(viewIds);
        title = title == null || title.isBlank() ? bundle.getString("report.defaultTitle") : title.strip();
    }
}
