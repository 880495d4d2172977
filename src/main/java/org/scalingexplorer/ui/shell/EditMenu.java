package org.scalingexplorer.ui.shell;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.control.NumberField;
import org.scalingexplorer.ui.scenario.ScenarioHistory;

/**
 * Edit > Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z, or Ctrl+Y) of the scenario and the sliders. The keys
 * are caught before the focused control sees them, so they reach the history from a slider or a number
 * field that holds no typing; a field with typing in it keeps its own text undo.
 */
final class EditMenu {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination REDO_Y = KeyCombination.keyCombination("Shortcut+Y");

    private final ScenarioHistory history;
    private final ResourceBundle bundle;
    private final Consumer<String> notice;

    EditMenu(ScenarioHistory history, ResourceBundle bundle, Consumer<String> notice) {
        this.history = history;
        this.bundle = bundle;
        this.notice = notice;
    }

    Menu create() {
        MenuItem undo = new MenuItem(bundle.getString("menu.edit.undo"), new FontIcon("mdi2u-undo"));
        undo.setId("menu-undo");
        undo.setAccelerator(UNDO);
        undo.disableProperty().bind(history.canUndoProperty().not());
        undo.setOnAction(e -> undo());
        MenuItem redo = new MenuItem(bundle.getString("menu.edit.redo"), new FontIcon("mdi2r-redo"));
        redo.setId("menu-redo");
        redo.setAccelerator(REDO);
        redo.disableProperty().bind(history.canRedoProperty().not());
        redo.setOnAction(e -> redo());
        Menu edit = new Menu(bundle.getString("menu.edit"), null, undo, redo);
        edit.setId("menu-edit");
        return edit;
    }

    /** Catches the keys on the window and tells the history when a drag starts and ends. */
    void install(Node window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        window.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> history.gestureProperty().set(true));
        window.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> history.gestureProperty().set(false));
    }

    void undo() {
        if (history.undo()) {
            notice.accept(MessageFormat.format(bundle.getString("edit.undone"), history.undoCountProperty().get()));
        }
    }

    void redo() {
        if (history.redo()) {
            notice.accept(MessageFormat.format(bundle.getString("edit.redone"), history.redoCountProperty().get()));
        }
    }

    private void keys(KeyEvent event) {
        boolean undoKey = UNDO.match(event);
        boolean redoKey = REDO.match(event) || REDO_Y.match(event);
        if ((!undoKey && !redoKey) || typingIn(event)) {
            return;
        }
        event.consume();
        if (undoKey) {
            undo();
        } else {
            redo();
        }
    }

    private static boolean typingIn(KeyEvent event) {
        Scene scene = event.getSource() instanceof Node node ? node.getScene() : null;
        Node focused = scene == null ? null : scene.getFocusOwner();
        if (focused instanceof NumberField field) {
            return field.isEditing();
        }
        return focused instanceof TextInputControl;
    }
}
