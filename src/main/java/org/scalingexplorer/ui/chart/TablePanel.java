package org.scalingexplorer.ui.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.ui.Drawable;

/**
 * A heading, a table of text and notes below it, drawn beside charts in a rendered figure. Columns
 * are as wide as their widest cell; the font shrinks until the table fits the width it is given.
 * The first column is left-aligned (names), the others right-aligned (numbers).
 */
public record TablePanel(String heading, List<String> headers, List<List<String>> rows, List<String> notes,
                         ChartStyle style) implements Drawable {

    private static final float MIN_FONT_SIZE = 8f;
    private static final float COLUMN_GAP = 14f;
    private static final float MARGIN = 18f;

    public TablePanel {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + headers.size());
            }
        }
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area) {
        g2.setPaint(style.background());
        g2.fill(area);
        float x = (float) area.getX() + MARGIN;
        float y = (float) area.getY() + 30;
        g2.setPaint(style.foreground());
        g2.setFont(style.font().deriveFont(Font.BOLD, style.font().getSize2D() + 3));
        g2.drawString(heading, x, y);

        float available = (float) area.getWidth() - 2 * MARGIN;
        Font font = style.font().deriveFont(style.font().getSize2D() + 1);
        float[] widths = columnWidths(g2, font);
        while (total(widths) > available && font.getSize2D() > MIN_FONT_SIZE) {
            font = font.deriveFont(font.getSize2D() - 0.5f);
            widths = columnWidths(g2, font);
        }
        Font bold = font.deriveFont(Font.BOLD);
        FontMetrics metrics = g2.getFontMetrics(font);
        float lineHeight = metrics.getHeight() * 1.3f;
        y += lineHeight * 1.4f;
        drawRow(g2, bold, headers, widths, x, y);
        g2.setStroke(new BasicStroke(0.8f));
        g2.setPaint(style.grid());
        g2.draw(new Line2D.Float(x, y + metrics.getDescent() + 2, x + total(widths), y + metrics.getDescent() + 2));
        g2.setPaint(style.foreground());
        for (List<String> row : rows) {
            y += lineHeight;
            if (y > area.getMaxY() - 6) {
                return;
            }
            drawRow(g2, font, row, widths, x, y);
        }
        y += lineHeight * 0.5f;
        g2.setFont(font);
        for (String note : notes) {
            for (String line : wrap(note, metrics, available)) {
                y += lineHeight;
                if (y > area.getMaxY() - 6) {
                    return;
                }
                g2.drawString(line, x, y);
            }
        }
    }

    /**
     * Breaks a note at spaces so that no line is wider than {@code width}; text without spaces (Chinese)
     * breaks between characters.
     */
    private static List<String> wrap(String text, FontMetrics metrics, float width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.contains(" ") ? text.split(" ") : text.split("");
        String separator = text.contains(" ") ? " " : "";
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + separator + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private void drawRow(Graphics2D g2, Font font, List<String> cells, float[] widths, float x, float y) {
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics();
        float left = x;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            float cellX = i == 0 ? left : left + widths[i] - COLUMN_GAP - metrics.stringWidth(cell);
            g2.drawString(cell, cellX, y);
            left += widths[i];
        }
    }

    private float[] columnWidths(Graphics2D g2, Font font) {
        FontMetrics plain = g2.getFontMetrics(font);
        FontMetrics bold = g2.getFontMetrics(font.deriveFont(Font.BOLD));
        float[] widths = new float[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            widths[i] = bold.stringWidth(headers.get(i));
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], plain.stringWidth(row.get(i)));
            }
            widths[i] += COLUMN_GAP;
        }
        return widths;
    }

    private static float total(float[] widths) {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum - COLUMN_GAP;
    }
}
