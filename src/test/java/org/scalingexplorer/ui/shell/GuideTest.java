package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Guide: a page for every registered view in both languages, and every shortcut listed. */
@ExtendWith(ApplicationExtension.class)
class GuideTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    @Test
    void everyRegisteredViewHasAGuidePageInEnglishAndChinese() {
        List<String> pages = new ArrayList<>(ViewRegistry.ids());
        pages.add(GuidePages.SHORTCUTS);
        for (String page : pages) {
            for (Language language : Language.values()) {
                String text = GuidePages.text(page, language).orElseThrow(() -> new AssertionError(page + " " + language));
                List<GuidePages.Block> blocks = GuidePages.parse(text);
                assertEquals(GuidePages.Kind.TITLE, blocks.get(0).kind(), page + " " + language + " starts with its title");
                assertTrue(blocks.size() >= 3, page + " " + language + " says something");
                assertEquals(language == Language.SIMPLIFIED_CHINESE, hasHan(text), page + " " + language + " is in its language");
            }
        }
    }

    @Test
    void theShortcutsPageListsEveryShortcutOfTheMenusInBothLanguages(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        List<String> shortcuts = new ArrayList<>();
        int goItems = 0;
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : all(menu)) {
                if (item.getAccelerator() == null) {
                    continue;
                }
                if (item.getId() != null && item.getId().startsWith("menu-go-")) {
                    goItems++;
                } else {
                    shortcuts.add(item.getAccelerator().getDisplayText());
                }
            }
        }
        assertTrue(shortcuts.size() >= 10, "the menus have their shortcuts: " + shortcuts);
        shortcuts.add("Ctrl+C");
        shortcuts.add("Ctrl+1");
        shortcuts.add("Ctrl+" + goItems);
        for (Language language : Language.values()) {
            String page = GuidePages.text(GuidePages.SHORTCUTS, language).orElseThrow();
            for (String shortcut : shortcuts) {
                assertTrue(page.contains(shortcut), shortcut + " missing from the " + language + " shortcuts page");
            }
        }
    }

    @Test
    void f1OpensTheGuideOnThePageOfTheViewOnShow(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "allocation");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        VBox page = robot.lookup("#guide-page").queryAs(VBox.class);
        Label title = (Label) page.getChildren().get(0);
        assertEquals(fixture.window.bundle().getString("view.allocation"), title.getText());
        assertFalse(page.getChildren().size() < 3);
        robot.interact(() -> page.getScene().getWindow().hide());
    }

    private static List<MenuItem> all(Menu menu) {
        List<MenuItem> items = new ArrayList<>();
        for (MenuItem item : menu.getItems()) {
            items.add(item);
            if (item instanceof Menu sub) {
                items.addAll(all(sub));
            }
        }
        return items;
    }
}
