package org.scalingexplorer.ui.chart;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * How views lay out their charts: a viewer per chart, and cells two abreast while each can be
 * {@value #MIN_CHART_WIDTH} px wide, one under the other (scrolling) when the window is narrower, so a
 * projector at 1280x800 never gets a 200 px chart.
 */
public final class ChartGrid {
    /** The narrowest a chart may be drawn: below it ticks overlap and titles are cut. */
    public static final double MIN_CHART_WIDTH = 480;
    private static final double GAP = 6;
    private static final String COLUMN = "chartgrid.column";
    private static final String ROW = "chartgrid.row";

    private ChartGrid() {
    }

    /** Gives {@code grid} two equal columns and two equal rows, with the views' usual gaps. */
    public static GridPane shapeTwoByTwo(GridPane grid) {
        grid.setHgap(GAP);
        grid.setVgap(GAP);
        grid.setPadding(new Insets(GAP));
        reflow(grid, true, 0);
        return grid;
    }

    /**
     * {@code grid} (placed with {@code grid.add(node, column, row)} in a 2 x 2 layout) in a scroll pane:
     * two columns filling the pane when both fit, else one column of cells {@code 3/4} of the pane high.
     */
    public static ScrollPane scrolling(GridPane grid) {
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId(grid.getId() == null ? null : grid.getId() + "-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        Runnable update = () -> {
            double width = scroll.getViewportBounds().getWidth();
            double height = scroll.getViewportBounds().getHeight();
            boolean twoColumns = fitsTwo(width);
            scroll.setFitToHeight(twoColumns);
            reflow(grid, twoColumns, twoColumns ? 0 : Math.max(320, 0.75 * height));
        };
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> update.run());
        grid.getChildren().addListener((javafx.collections.ListChangeListener<Node>) c -> update.run());
        return scroll;
    }

    /** Keeps {@code grid} two abreast while it is wide enough, one column of {@code cellHeight} rows below. */
    public static void reflowByWidth(GridPane grid, double cellHeight) {
        grid.widthProperty().addListener((obs, old, now) -> reflow(grid, fitsTwo(now.doubleValue()), cellHeight));
    }

    /** Places the grid's shown cells again, e.g. after one was hidden: a lone cell in a row spans it. */
    public static void refresh(GridPane grid) {
        boolean twoColumns = grid.getColumnConstraints().size() == 2;
        double cellHeight = grid.getRowConstraints().isEmpty() ? 0 : grid.getRowConstraints().get(0).getPrefHeight();
        reflow(grid, twoColumns, cellHeight);
    }

    static boolean fitsTwo(double width) {
        return width <= 0 || width >= 2 * MIN_CHART_WIDTH + 3 * GAP;
    }

    private static void reflow(GridPane grid, boolean twoColumns, double cellHeight) {
        java.util.List<Node> cells = new java.util.ArrayList<>();
        for (Node node : grid.getChildren()) {
            node.getProperties().putIfAbsent(COLUMN, GridPane.getColumnIndex(node) == null ? 0 : GridPane.getColumnIndex(node));
            node.getProperties().putIfAbsent(ROW, GridPane.getRowIndex(node) == null ? 0 : GridPane.getRowIndex(node));
            if (node.isManaged()) {
                cells.add(node);
            }
        }
        cells.sort(java.util.Comparator.comparingInt(n -> 2 * (int) n.getProperties().get(ROW) + (int) n.getProperties().get(COLUMN)));
        grid.getColumnConstraints().clear();
        grid.getRowConstraints().clear();
        int columns = twoColumns ? 2 : 1;
        for (int i = 0; i < columns; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / columns);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        int rows;
        if (twoColumns) {
            rows = 0;
            for (Node cell : cells) {
                int row = (int) cell.getProperties().get(ROW);
                int column = (int) cell.getProperties().get(COLUMN);
                boolean alone = cells.stream().noneMatch(o -> o != cell && (int) o.getProperties().get(ROW) == row);
                GridPane.setConstraints(cell, alone ? 0 : column, row, alone ? 2 : 1, 1);
                rows = Math.max(rows, row + 1);
            }
        } else {
            rows = cells.size();
            for (int i = 0; i < cells.size(); i++) {
                GridPane.setConstraints(cells.get(i), 0, i, 1, 1);
            }
        }
        for (int i = 0; i < rows; i++) {
            RowConstraints row = new RowConstraints();
            if (cellHeight <= 0) {
                row.setPercentHeight(100.0 / rows);
            } else {
                row.setMinHeight(cellHeight);
                row.setPrefHeight(cellHeight);
            }
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
    }

    /**
     * A viewer of one chart, without JFreeChart's context menu, small enough to share a window, with the
     * cursor read-out and the zoom reset every 2D chart has ({@link ReadoutChartViewer}).
     */
    public static ChartViewer viewer(JFreeChart chart, String id, java.util.ResourceBundle bundle) {
        ChartViewer viewer = new ReadoutChartViewer(chart, bundle);
        viewer.setId(id);
        viewer.setMinSize(200, 160);
        return viewer;
    }
}
