package org.scalingexplorer.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Recipe view in Simplified Chinese at a projector's 1280 x 800: every tab in Chinese, nothing cut short. */
@ExtendWith(ApplicationExtension.class)
class RecipeViewChineseTest {

    private ExplorerWindowFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void everyTabSpeaksChineseAndNoLabelIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        ExplorerWindowFixture.openView(robot, "recipe");
        TabPane tabs = robot.lookup("#recipe-tabs").queryAs(TabPane.class);
        assertEquals(List.of("批大小", "学习率", "μP", "形状", "Kaplan 与 Chinchilla", "数据平衡"),
                tabs.getTabs().stream().map(Tab::getText).toList());
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            List<String> cut = new ArrayList<>();
            RecipeViewTest.collectCut(robot.lookup("#recipe-view").query(), cut);
            assertTrue(cut.isEmpty(), tabs.getTabs().get(i).getText() + ": " + cut);
        }
        String trap = robot.lookup("#recipe-trap").queryAs(javafx.scene.Parent.class).getChildrenUnmodifiable().stream()
                .map(node -> ((javafx.scene.control.Labeled) node).getText()).reduce("", String::concat);
        assertTrue(trap.contains("演示曲线"), trap);
    }
}
