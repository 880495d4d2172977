package org.scalingexplorer.ui.fit;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/** The words, labels, rows and table columns the parts of the Fit view build alike. */
final class FitWidgets {
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    static final double TABLE_ROW_HEIGHT = 26;

    private final ResourceBundle bundle;

    FitWidgets(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    ResourceBundle bundle() {
        return bundle;
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }

    Tooltip wrapped(String key) {
        return wrappedText(text(key));
    }

    static Tooltip wrappedText(String content) {
        Tooltip tip = new Tooltip(content);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    Label note(String key) {
        Label note = new Label(text(key));
        note.setWrapText(true);
        note.getStyleClass().add("text-small");
        return note;
    }

    /** A labelled row of a settings grid; label and control share the tooltip. */
    Label addRow(GridPane rows, int row, String labelKey, String tooltipKey, Control control) {
        Label label = new Label(text(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip tip = wrapped(tooltipKey);
        label.setTooltip(tip);
        control.setTooltip(tip);
        GridPane.setHgrow(control, Priority.ALWAYS);
        rows.addRow(row, label, control);
        return label;
    }

    <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    /** The resize policy spreads spare width over every column; the last, widest text, needs it most. */
    static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    /** As tall as its rows: the side panel scrolls, the table does not. */
    static void fitHeightToRows(TableView<?> table, ObservableList<?> rows) {
        table.setFixedCellSize(TABLE_ROW_HEIGHT);
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(rows.size(), 1) + 1.7) * TABLE_ROW_HEIGHT, rows));
        table.minHeightProperty().bind(table.prefHeightProperty());
    }

    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
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
}
