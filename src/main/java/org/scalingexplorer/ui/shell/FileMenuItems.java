package org.scalingexplorer.ui.shell;

import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** A File menu item and the File menu's error dialog, built alike for sessions and exports. */
final class FileMenuItems {
    private FileMenuItems() {
    }

    static MenuItem item(ResourceBundle bundle, String key, String icon, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(bundle.getString(key), icon == null ? null : new FontIcon(icon));
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A dialog that names what failed and why: the file and the reason, in one place. */
    static void error(Window owner, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setContentText(text);
        alert.getDialogPane().setId("file-error");
        alert.show();
    }
}
