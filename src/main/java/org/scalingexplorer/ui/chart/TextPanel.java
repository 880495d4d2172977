package org.scalingexplorer.ui.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/** A heading and lines of text drawn beside charts in a rendered figure (the constants in use, sources). */
public record TextPanel(String heading, List<String> lines, ChartStyle style) implements Drawable {

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(style.background());
        g2.fill(area);
        float x = (float) area.getX() + 24;
        float y = (float) area.getY() + 36;
        Font headingFont = style.font().deriveFont(Font.BOLD, style.font().getSize2D() + 4);
        g2.setFont(headingFont);
        g2.setPaint(style.foreground());
        g2.drawString(heading, x, y);
        g2.setFont(style.font().deriveFont(style.font().getSize2D() + 1));
        FontMetrics metrics = g2.getFontMetrics();
        y += metrics.getHeight() * 1.5f;
        float maxWidth = (float) area.getWidth() - 48;
        for (String line : lines) {
            for (String part : wrap(line, metrics, maxWidth)) {
                if (y > area.getMaxY() - 8) {
                    return;
                }
                g2.drawString(part, x, y);
                y += metrics.getHeight() * 1.25f;
            }
        }
    }

    /**
     * Breaks a line that is wider than the cell where the language allows a break: at spaces in English,
     * between any two ideographs in Chinese but never before its closing punctuation; only a word wider
     * than the cell is cut inside. A line that fits is drawn as it is.
     */
    static List<String> wrap(String line, FontMetrics metrics, float maxWidth) {
        List<String> parts = new java.util.ArrayList<>();
        String rest = line;
        while (metrics.stringWidth(rest) > maxWidth && rest.length() > 1) {
            int fits = 1;
            while (fits < rest.length() && metrics.stringWidth(rest.substring(0, fits + 1)) <= maxWidth) {
                fits++;
            }
            // Breaking only at spaces left Chinese lines half empty: a space sat far back before each run of Han.
            java.text.BreakIterator breaks = java.text.BreakIterator.getLineInstance();
            breaks.setText(rest);
            int boundary = breaks.isBoundary(fits) ? fits : breaks.preceding(fits);
            int cut = boundary > 0 ? boundary : fits;
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
