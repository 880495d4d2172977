package org.scalingexplorer.ui.control;

import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+C (Cmd+C) on any table puts the table on the clipboard as tab-separated text, header first,
 * rows in the order shown, cells as shown: a spreadsheet pastes it into columns. One key filter on the
 * window serves every TableView of every view, including views built later; a text field keeps its
 * own copy.
 */
public final class TableCopy implements EventHandler<KeyEvent> {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    /** Copies the focused table when the copy shortcut is pressed; put it on a window's root as a key filter. */
    @Override
    public void handle(KeyEvent event) {
        if (!COPY.match(event) || !(event.getTarget() instanceof Node target) || target instanceof TextInputControl) {
            return;
        }
        TableView<?> table = enclosingTable(target);
        if (table == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(tsv(table));
        Clipboard.getSystemClipboard().setContent(content);
        event.consume();
    }

    /** The table as tab-separated lines: the visible columns' headers, then every row as its cells read. */
    public static String tsv(TableView<?> table) {
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        StringBuilder out = new StringBuilder();
        List<String> cells = new ArrayList<>();
        for (TableColumn<?, ?> column : columns) {
            cells.add(header(column));
        }
        line(out, cells);
        for (int row = 0; row < table.getItems().size(); row++) {
            cells.clear();
            for (TableColumn<?, ?> column : columns) {
                Object value = column.getCellData(row);
                cells.add(value == null ? "" : value.toString());
            }
            line(out, cells);
        }
        return out.toString();
    }

    private static TableView<?> enclosingTable(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof TableView<?> table) {
                return table;
            }
        }
        return null;
    }

    /** A header's text, or its label's where the header is a wrapping label (the column has no text then). */
    private static String header(TableColumn<?, ?> column) {
        String text = column.getText();
        if ((text == null || text.isBlank()) && column.getGraphic() instanceof Labeled label) {
            text = label.getText();
        }
        return text == null ? "" : text;
    }

    /** A tab or line break inside a cell would split it; a space keeps the columns whole. */
    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append('\t');
            }
            out.append(cells.get(i).replaceAll("[\\t\\r\\n]+", " ").strip());
        }
        out.append('\n');
    }
}
