package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The notes beside a rendered figure: lines broken where a reader expects, in English and Chinese. */
class TextPanelTest {
    private static final String ENGLISH = "Real runs: open Porian et al.'s isoFLOP points to see the exponent of each "
            + "correction step, with a 95% interval from 200 bootstrap resamples of the points.";
    private static final String CHINESE = "真实训练：打开 Porian 等的等 FLOPs 数据点，查看每个修正步骤的指数；95% 区间来自对数据点的"
            + "200 次自助重抽样。Porian 等自己的拟合（Akima 插值，种子噪声自助法）在 RefinedWeb 上给出 0.835 到 0.497。";

    private static FontMetrics metrics() {
        Graphics2D g2 = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB).createGraphics();
        g2.setFont(ChartStyle.LIGHT.font().deriveFont(Font.PLAIN, 14f));
        return g2.getFontMetrics();
    }

    @Test
    void englishBreaksBetweenWordsAndEveryLineFits() {
        FontMetrics metrics = metrics();
        List<String> lines = TextPanel.wrap(ENGLISH, metrics, 300);
        assertTrue(lines.size() >= 3, lines.toString());
        assertEquals(ENGLISH, String.join(" ", lines), "no word is cut and none is lost");
        for (String line : lines) {
            assertTrue(metrics.stringWidth(line) <= 300, line);
        }
    }

    @Test
    void chineseLinesAreFilledAndNoLineStartsWithClosingPunctuation() {
        FontMetrics metrics = metrics();
        float width = 300;
        List<String> lines = TextPanel.wrap(CHINESE, metrics, width);
        assertEquals(CHINESE.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing is lost");
        int han = metrics.stringWidth("数");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            assertTrue(metrics.stringWidth(line) <= width, line);
            assertFalse(line.startsWith("，") || line.startsWith("。") || line.startsWith("；"), "starts with punctuation: " + line);
            if (i < lines.size() - 1) {
                // Breaking only at spaces left lines like "真实训练：打开 Porian 等的等 FLOPs" a third empty:
                // a line ends early only when the next line's first unbreakable piece would not fit.
                java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance();
                String next = lines.get(i + 1);
                breaks.setText(next);
                String piece = next.substring(0, breaks.following(0));
                assertTrue(metrics.stringWidth(line) + metrics.stringWidth(piece) > width - han,
                        "line " + i + " is filled: " + line + " | " + piece);
            }
        }
    }
}
