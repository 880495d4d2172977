package org.scalingexplorer.ui.shell;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;

/**
 * The Go menu: every registered view in the sidebar's order, the first nine on Ctrl+1 .. Ctrl+9
 * (Cmd on macOS), so a teacher at the projector switches views without aiming at the sidebar. The
 * menu shows each shortcut beside its view.
 */
final class GoMenu {

    /** Digit keys in order; a view past the ninth has no shortcut. */
    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private GoMenu() {
    }

    static Menu create(ResourceBundle bundle, Consumer<String> showView) {
        Menu go = new Menu(bundle.getString("menu.go"));
        go.setId("menu-go");
        for (int i = 0; i < ViewRegistry.MODULES.size(); i++) {
            ViewModule<?> module = ViewRegistry.MODULES.get(i);
            MenuItem item = new MenuItem(bundle.getString(module.titleKey()), new FontIcon(module.iconLiteral()));
            item.setId("menu-go-" + module.id());
            if (i < DIGITS.size()) {
                item.setAccelerator(new KeyCodeCombination(DIGITS.get(i), KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> showView.accept(module.id()));
            go.getItems().add(item);
        }
        return go;
    }
}
