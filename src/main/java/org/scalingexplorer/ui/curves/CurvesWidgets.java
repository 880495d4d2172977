package org.scalingexplorer.ui.curves;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.scalingexplorer.ui.chart.ChartGrid;

/** What the Curves view's tabs build alike: tooltips, labelled rows, side panels, stacked charts, columns. */
final class CurvesWidgets {
    static final double SIDE_WIDTH = 350;
    static final double RUN_COLUMN_WIDTH = 135;

    private final CurvesText text;

    CurvesWidgets(CurvesText text) {
        this.text = text;
    }

    CurvesText words() {
        return text;
    }

    String text(String key) {
        return text.text(key);
    }

    String format(String key, Object... args) {
        return text.format(key, args);
    }

    /** Gives {@code control} the wrapped tooltip of {@code key}; returns it. */
    <C extends Control> C tip(C control, String key) {
        Tooltip tip = new Tooltip(text(key));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        control.setTooltip(tip);
        return control;
    }

    /** A labelled row of a settings grid; label and control share the tooltip. */
    void row(GridPane grid, int row, String labelKey, String tooltipKey, Control control) {
        Label label = new Label(text(labelKey));
        label.setLabelFor(control);
        label.setWrapText(true);
        tip(control, tooltipKey);
        label.setTooltip(control.getTooltip());
        GridPane.setHgrow(control, Priority.ALWAYS);
        control.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row, label, control);
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        return grid;
    }

    Label heading(String key) {
        Label heading = new Label(text(key));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        return heading;
    }

    /** A label that wraps, for numbers and notes. */
    static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** The side panel of a tab: its parts stacked, scrolling when the window is short. */
    static ScrollPane side(Node... parts) {
        VBox box = new VBox(10, parts);
        box.setPadding(new Insets(10));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(SIDE_WIDTH);
        scroll.setMinWidth(280);
        return scroll;
    }

    /** Charts one above the other, sharing the height. */
    VBox stacked(List<JFreeChart> charts, List<String> ids) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(6));
        for (int i = 0; i < charts.size(); i++) {
            var viewer = ChartGrid.viewer(charts.get(i), ids.get(i), text.bundle());
            VBox.setVgrow(viewer, Priority.ALWAYS);
            box.getChildren().add(viewer);
        }
        return box;
    }

    /** Shows a choice's values by {@code name}; never parses. */
    static <T> javafx.util.StringConverter<T> converter(Function<T, String> name) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /**
     * A run's name: it takes the room the numbers leave (a projector's 1280 pixels with the lessons
     * open cut "constant 12000" short otherwise), and a name still too long is shown whole in a tooltip.
     */
    <T> TableColumn<T, String> runColumn(String key, Function<T, String> value) {
        TableColumn<T, String> column = column(key, value);
        column.setMinWidth(RUN_COLUMN_WIDTH);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name);
                setTooltip(empty || name == null ? null : new Tooltip(name));
            }
        });
        return column;
    }

    /** A column of short numbers, kept wide enough for them ("+0.012", "8.22e17") beside a run's name. */
    <T> TableColumn<T, String> column(String key, Function<T, String> value, double minWidth) {
        TableColumn<T, String> column = column(key, value);
        column.setMinWidth(minWidth);
        return column;
    }

    <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }
}
