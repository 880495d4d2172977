package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every button, toggle, check box, slider, combo box and spinner of the window and of every registered
 * view says what it does when the pointer rests on it, in both languages; the side drawer's handle says
 * whether it shows or hides the controls. A control added without a tooltip fails here. Headless.
 */
@ExtendWith(ApplicationExtension.class)
class TooltipCoverageTest {
    private ExplorerWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void everyControlOfEveryViewHasATooltip(FxRobot robot) {
        Set<String> missing = new LinkedHashSet<>();
        int checked = 0;
        for (Language language : Language.values()) {
            robot.interact(() -> fixture.settings.languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            for (boolean lessons : new boolean[] {false, true}) {
                robot.interact(() -> fixture.window.lessonsShownProperty().set(lessons));
                for (ViewModule<?> module : ViewRegistry.MODULES) {
                    ExplorerWindowFixture.openView(robot, module.id());
                    robot.interact(() -> stage.getScene().getRoot().layout());
                    String where = module.id() + " " + language.name() + (lessons ? " +lessons" : "");
                    List<String> found = new ArrayList<>();
                    checked += ExplorerWindowFixture.onFx(() -> walk(stage.getScene().getRoot(), where, found));
                    missing.addAll(found);
                }
            }
        }
        assertTrue(checked > 200, "only " + checked + " controls seen");
        assertTrue(missing.isEmpty(), missing.size() + " controls without a tooltip:\n" + String.join("\n", missing));
    }

    @Test
    void theDrawerHandleSaysWhatAClickDoesInBothLanguages(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1600);
            stage.setHeight(1000);
        });
        ExplorerWindowFixture.openView(robot, "power-laws");
        List<String> texts = new ArrayList<>();
        for (Language language : Language.values()) {
            robot.interact(() -> fixture.settings.languageProperty().set(language));
            WaitForAsyncUtils.waitForFxEvents();
            Control handle = robot.lookup("#side-drawer-handle").queryAs(Control.class);
            String open = ExplorerWindowFixture.onFx(() -> handle.getTooltip().getText());
            robot.interact(() -> ((ButtonBase) handle).fire());
            String collapsed = ExplorerWindowFixture.onFx(() -> handle.getTooltip().getText());
            robot.interact(() -> ((ButtonBase) handle).fire());
            assertTrue(!open.equals(collapsed), language + ": the tooltip follows the state: " + open + " / " + collapsed);
            texts.add(open);
            texts.add(collapsed);
        }
        assertEquals(List.of("Hide the controls", "Show the controls", "隐藏控件", "显示控件"), texts);
    }

    /** Counts the controls under {@code node} and adds those without a tooltip. */
    private static int walk(Node node, String where, List<String> missing) {
        if (node instanceof MenuBar) {
            // Menus name themselves; their items are not nodes of the scene.
            return 0;
        }
        int count = 0;
        if (asksForTooltip(node)) {
            count++;
            if (!hasTooltip(node)) {
                missing.add(where + ": " + describe(node));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                count += walk(child, where, missing);
            }
        }
        return count;
    }

    private static boolean asksForTooltip(Node node) {
        return node instanceof ButtonBase || node instanceof Slider || node instanceof RangeSlider
                || node instanceof ComboBoxBase || node instanceof Spinner;
    }

    private static boolean hasTooltip(Node node) {
        Tooltip tooltip = node instanceof Control control ? control.getTooltip() : null;
        if (tooltip == null && node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip installed) {
            tooltip = installed;
        }
        return tooltip != null && tooltip.getText() != null && !tooltip.getText().isBlank();
    }

    private static String describe(Node node) {
        StringBuilder text = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            text.append(" #").append(node.getId());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            text.append(" \"").append(labeled.getText()).append('"');
        }
        Node parent = node.getParent();
        for (int i = 0; i < 8 && parent != null; i++, parent = parent.getParent()) {
            if (parent.getId() != null) {
                text.append(" in #").append(parent.getId());
                break;
            }
        }
        return text.toString();
    }
}
