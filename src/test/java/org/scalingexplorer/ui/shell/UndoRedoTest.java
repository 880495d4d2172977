package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Edit > Undo and Redo in the window: Ctrl+Z after a drag, after a typed value, in a view's slider. */
@ExtendWith(ApplicationExtension.class)
class UndoRedoTest {
    private static final double PUBLISHED_ALPHA = LawPreset.CHINCHILLA_2022.law().constant(ChinchillaLaw.ALPHA);

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    private double alpha() {
        return fixture.models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA);
    }

    private static void undoKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void redoKeys(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem editItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        Menu edit = bar.getMenus().stream().filter(m -> "menu-edit".equals(m.getId())).findFirst().orElseThrow();
        return edit.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void ctrlZTakesBackAWholeDragAndCtrlShiftZPutsItBack(FxRobot robot) {
        MenuItem undo = editItem(robot, "menu-undo");
        assertTrue(undo.isDisable(), "nothing to undo in a fresh window");
        robot.drag("#slider-alpha .thumb").moveBy(20, 0).moveBy(20, 0).moveBy(20, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = alpha();
        assertTrue(dragged > PUBLISHED_ALPHA + 0.05, "the drag moved alpha: " + dragged);
        assertEquals(1, fixture.window.history().undoCountProperty().get(), "one drag, one step");
        assertFalse(undo.isDisable());

        undoKeys(robot);
        assertEquals(PUBLISHED_ALPHA, alpha(), 0.0);
        assertEquals(PUBLISHED_ALPHA, robot.lookup("#slider-alpha").queryAs(Slider.class).getValue(), 1e-9,
                "the slider follows");
        assertTrue(robot.lookup("#status-notice").queryAs(Label.class).getText().startsWith("Undone"));

        redoKeys(robot);
        assertEquals(dragged, alpha(), 0.0);
    }

    @Test
    void aTypedValueIsUndoneFromTheFieldItWasTypedIn(FxRobot robot) {
        ExplorerWindowFixture.type(robot, "#field-alpha", "0.5");
        ExplorerWindowFixture.type(robot, "#field-alpha", "0.45");
        assertEquals(0.45, alpha(), 1e-12);
        TextField field = robot.lookup("#field-alpha").queryAs(TextField.class);
        assertTrue(field.isFocused());

        undoKeys(robot);
        assertEquals(0.5, alpha(), 1e-12);
        assertTrue(field.getText().startsWith("0.5"), "the focused field shows the value put back: " + field.getText());
        undoKeys(robot);
        assertEquals(PUBLISHED_ALPHA, alpha(), 1e-12);
    }

    @Test
    void ctrlZInAFieldWithTypingInItUndoesTheTypingNotTheScenario(FxRobot robot) {
        ExplorerWindowFixture.type(robot, "#field-alpha", "0.5");
        robot.write("7");
        TextField field = robot.lookup("#field-alpha").queryAs(TextField.class);
        assertNotEquals(field.getText(), "0.5", "typing is in the field: " + field.getText());
        undoKeys(robot);
        assertEquals(0.5, alpha(), 1e-12, "the scenario keeps the typed value");
    }

    @Test
    void aViewsOwnSliderIsUndoneToo(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "allocation");
        double before = fixture.models.viewSettings().get("allocation.log10_flops");
        robot.drag("#budget-slider .thumb").moveBy(50, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        double after = fixture.models.viewSettings().get("allocation.log10_flops");
        assertNotEquals(before, after, "the drag moved the budget");

        robot.interact(() -> editItem(robot, "menu-undo").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, fixture.models.viewSettings().get("allocation.log10_flops"), 0.0);
        robot.interact(() -> editItem(robot, "menu-redo").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(after, fixture.models.viewSettings().get("allocation.log10_flops"), 0.0);
    }

    @Test
    void everySliderOfEveryViewIsUndoable(FxRobot robot) {
        var settings = fixture.models.viewSettings();
        for (String key : java.util.List.of("isoflop.budget_count", "data.test_set_offset.0", "data.mixture_weight",
                "valley.log10_params_to", "recipe.batch_tokens", "fit.target_flops", "plan.smallest_budget_flops",
                "plan.vocabulary")) {
            assertTrue(settings.undoableKeys().contains(key), key + " is undoable");
        }
        assertFalse(settings.undoableKeys().contains("recipe.panel"), "a tab is not a step");
        assertFalse(settings.undoableKeys().contains("curves.panel"), "a tab is not a step");
        robot.interact(() -> settings.set("isoflop.budget_count", 9));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> settings.set("data.mixture_weight", 0.25));
        WaitForAsyncUtils.waitForFxEvents();
        undoKeys(robot);
        assertNotEquals(0.25, settings.get("data.mixture_weight"));
        assertEquals(9, settings.get("isoflop.budget_count"));
        undoKeys(robot);
        assertEquals(7, settings.get("isoflop.budget_count"));
    }

    @Test
    void aValueTypedInThePlanViewIsUndone(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "plan");
        double before = fixture.models.viewSettings().get("plan.smallest_budget_flops");
        ExplorerWindowFixture.type(robot, "#plan-smallest-budget", "3e17");
        assertEquals(3e17, fixture.models.viewSettings().get("plan.smallest_budget_flops"), 0.0);
        undoKeys(robot);
        assertEquals(before, fixture.models.viewSettings().get("plan.smallest_budget_flops"), 0.0);
        TextField field = robot.lookup("#plan-smallest-budget").queryAs(TextField.class);
        assertFalse(field.getText().startsWith("3"), "the field shows the value put back: " + field.getText());
    }

    @Test
    void openingASessionStartsAFreshHistory(FxRobot robot, @TempDir Path folder) throws Exception {
        ExplorerWindowFixture.type(robot, "#field-alpha", "0.5");
        Path file = folder.resolve("lesson.slx.json");
        robot.interact(() -> fixture.window.sessionActions().saveTo(file));
        assertTrue(Files.exists(file));
        ExplorerWindowFixture.type(robot, "#field-alpha", "0.45");
        robot.interact(() -> fixture.window.sessionActions().open(file));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, alpha(), 1e-12);
        assertTrue(editItem(robot, "menu-undo").isDisable(), "the opened session is where undo starts");
        undoKeys(robot);
        assertEquals(0.5, alpha(), 1e-12);
    }
}
