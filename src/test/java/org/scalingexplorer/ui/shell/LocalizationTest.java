package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.HashSet;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window in Simplified Chinese, and both bundles complete. */
@ExtendWith(ApplicationExtension.class)
class LocalizationTest {

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void zhCnShowsChineseLabels(FxRobot robot) {
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertEquals("文件", menus.getMenus().get(0).getText());
        ListCell<?> cell = robot.lookup("#navigation .list-cell").queryAs(ListCell.class);
        assertEquals("幂律", cell.getText());
        ChartViewer viewer = robot.lookup("#chart-params").queryAs(ChartViewer.class);
        assertTrue(robot.lookup(".chart-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("损失与参数量（数据不受限）")));
        assertEquals("参数量 N", viewer.getChart().getXYPlot().getDomainAxis().getLabel());
        assertTrue(robot.lookup("#status-message").queryAs(Label.class).getText().contains("已发表的常数"));
    }

    @Test
    void switchingLanguageKeepsTheSliders(FxRobot robot) {
        robot.interact(() -> fixture.models.scenario().setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.ALPHA, 0.5));
        robot.interact(() -> robot.lookup("#language-chooser").queryAs(ComboBox.class).getSelectionModel()
                .select(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".chart-title").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Loss against parameters, data unlimited")));
        assertEquals(0.5, fixture.models.scenario().law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertEquals(Language.ENGLISH, fixture.settings.languageProperty().get());
    }

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyValue() {
        ResourceBundle english = Language.ENGLISH.bundle();
        ResourceBundle chinese = Language.SIMPLIFIED_CHINESE.bundle();
        Set<String> englishKeys = new HashSet<>(Collections.list(english.getKeys()));
        Set<String> chineseKeys = new HashSet<>(chinese.keySet());
        assertEquals(englishKeys, chineseKeys);
        for (String key : englishKeys) {
            assertTrue(!english.getString(key).isBlank() && !chinese.getString(key).isBlank(), key);
        }
        assertTrue(chinese.getString("app.title").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }

    /** A teacher's screen shows μP, ≥ and α, not the ASCII a keyboard types; LessonTextTest holds lessons to it. */
    @Test
    void noBundleValueSpellsMathInAscii() {
        java.util.regex.Pattern ascii = java.util.regex.Pattern.compile(
                "\\bmuP\\b|\\balpha\\b|\\bbeta\\b|\\bsigma\\^?2?\\b|\\bgamma\\b|\\blambda\\b| >= | <= |\\^2\\b|10\\^\\d");
        for (Language language : Language.values()) {
            ResourceBundle bundle = language.bundle();
            for (String key : bundle.keySet()) {
                String value = bundle.getString(key);
                assertTrue(!ascii.matcher(value).find(), language + " " + key + " spells math in ASCII: " + value);
            }
        }
    }
}
