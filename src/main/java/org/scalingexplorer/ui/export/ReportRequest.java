package org.scalingexplorer.ui.export;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.chart.ChartStyle;

/**
 * A report to write: the views (by id) in order, one page each, then the laws' constants, in
 * {@code style} with the words of {@code bundle}. The laws are a copy taken when the report was asked
 * for, so a worker may read them while the sliders move on.
 */
public record ReportRequest(List<String> viewIds, LawPreset activeLaw, Map<LawPreset, ScalingLaw> laws,
                            ResourceBundle bundle, ChartStyle style, String title) {
    public ReportRequest {
        if (viewIds.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one view");
        }
        viewIds = List.copyOf(viewIds);
        laws = Map.copyOf(laws);
        title = title == null || title.isBlank() ? bundle.getString("report.defaultTitle") : title.strip();
    }
}
