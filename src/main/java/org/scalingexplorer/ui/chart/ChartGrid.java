package org.scalingexplorer.ui.chart;

import javafx.geometry.Insets;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** How views lay out their charts: a viewer per chart, and four equal cells that grow with the window. */
public final class ChartGrid {
    private ChartGrid() {
    }

    /** Gives {@code grid} two equal columns and two equal rows, with the views' usual gaps. */
    public static GridPane shapeTwoByTwo(GridPane grid) {
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        return grid;
    }

    /** A viewer of one chart, without JFreeChart's context menu, small enough to share a window. */
    public static ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = new ChartViewer(chart, false);
        viewer.setId(id);
        viewer.setMinSize(200, 160);
        return viewer;
    }
}
