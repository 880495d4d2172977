package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+1 .. Ctrl+9 open the views in the sidebar's order; the Go menu lists them with their keys. */
@ExtendWith(ApplicationExtension.class)
class ViewShortcutsTest {

    private static final List<KeyCode> DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9);

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void ctrlAndADigitOpensThatViewOfTheSidebar(FxRobot robot) {
        int shortcuts = Math.min(9, ViewRegistry.MODULES.size());
        assertTrue(shortcuts >= 5, "the registry has its views");
        // Last to first, so that every press changes the view.
        for (int i = shortcuts - 1; i >= 0; i--) {
            robot.press(KeyCode.CONTROL, DIGITS.get(i)).release(DIGITS.get(i), KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            ViewModule<?> expected = ViewRegistry.MODULES.get(i);
            assertEquals(expected.id(), fixture.window.currentViewId(), "Ctrl+" + (i + 1));
            assertEquals(expected.id(), fixture.settings.lastViewProperty().get());
        }
    }

    @Test
    void theGoMenuListsEveryViewWithItsShortcut(FxRobot robot) {
        Menu go = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "menu-go".equals(menu.getId())).findFirst().orElseThrow();
        assertEquals(ViewRegistry.MODULES.size(), go.getItems().size());
        for (int i = 0; i < go.getItems().size(); i++) {
            MenuItem item = go.getItems().get(i);
            ViewModule<?> module = ViewRegistry.MODULES.get(i);
            assertEquals(fixture.window.bundle().getString(module.titleKey()), item.getText());
            if (i < 9) {
                assertEquals("Shortcut+" + (i + 1), item.getAccelerator().getName());
            } else {
                assertNull(item.getAccelerator());
            }
        }
    }
}
