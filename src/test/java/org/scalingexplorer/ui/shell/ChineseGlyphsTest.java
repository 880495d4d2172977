package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.fx.FXGraphics2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Chinese is drawn as glyphs, not as the missing-glyph box: each text is drawn in the font its control
 * (or chart) resolved to, and compared with the same number of U+FFFF, a code point no font has. Where
 * the font has no Chinese the two images are identical (as they were when JavaFX's Linux fallback
 * dropped Noto Sans CJK). Needs a Chinese font, on Debian {@code fonts-noto-cjk}.
 */
@ExtendWith(ApplicationExtension.class)
class ChineseGlyphsTest {

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
    void menusSidebarAndLanguageChooserDrawChineseGlyphs(FxRobot robot) {
        List<Labeled> labels = new ArrayList<>(robot.lookup("#navigation .list-cell").queryAllAs(ListCell.class));
        labels.addAll(robot.lookup(".menu-bar .label").queryAllAs(Labeled.class));
        labels.addAll(robot.lookup(".chart-title").queryAllAs(Labeled.class));
        ComboBox<?> chooser = robot.lookup("#language-chooser").queryAs(ComboBox.class);
        labels.addAll(robot.from(chooser).lookup(".list-cell").queryAllAs(Labeled.class));
        int checked = 0;
        for (Labeled label : labels) {
            String text = label.getText();
            if (text == null || text.codePoints().noneMatch(ChineseGlyphsTest::isHan)) {
                continue;
            }
            Font font = label.getFont();
            assertTrue(ExplorerWindowFixture.onFx(() -> drawsGlyphs(text, font)),
                    "\"" + text + "\" in " + font + " is drawn as missing-glyph boxes");
            checked++;
        }
        assertTrue(checked >= 8, "only " + checked + " Chinese labels found to check");
    }

    @Test
    void chartTextDrawsChineseGlyphs() {
        for (ChartStyle style : new ChartStyle[] {ChartStyle.LIGHT, ChartStyle.DARK, ChartStyle.PRESENTATION}) {
            java.awt.Font font = style.font();
            assertTrue(ExplorerWindowFixture.onFx(() -> chartDrawsGlyphs("损失与参数量", font)),
                    "chart text in " + font + " is drawn as missing-glyph boxes");
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The same number of code points that no font has a glyph for. */
    private static String missing(String text) {
        return "\uFFFF".repeat(text.codePointCount(0, text.length()));
    }

    private static boolean drawsGlyphs(String text, Font font) {
        return differingPixels(snapshot(text, font), snapshot(missing(text), font)) > 40;
    }

    private static Image snapshot(String string, Font font) {
        Text text = new Text(string);
        text.setFont(font);
        new Scene(new Group(text));
        return text.snapshot(null, null);
    }

    /** Draws as the on-screen charts do: JFreeChart's Java2D calls through FXGraphics2D onto a canvas. */
    private static boolean chartDrawsGlyphs(String text, java.awt.Font font) {
        return differingPixels(canvasText(text, font), canvasText(missing(text), font)) > 40;
    }

    private static Image canvasText(String text, java.awt.Font font) {
        Canvas canvas = new Canvas(400, 60);
        FXGraphics2D g2 = new FXGraphics2D(canvas.getGraphicsContext2D());
        g2.setPaint(java.awt.Color.WHITE);
        g2.fillRect(0, 0, 400, 60);
        g2.setPaint(java.awt.Color.BLACK);
        g2.setFont(font);
        g2.drawString(text, 10, 40);
        new Scene(new Group(canvas));
        return canvas.snapshot(null, null);
    }

    private static int differingPixels(Image a, Image b) {
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing + Math.abs((int) (a.getWidth() * a.getHeight() - b.getWidth() * b.getHeight()));
    }
}
