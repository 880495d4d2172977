package org.scalingexplorer.ui.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * Lays out an exported figure: the title on top, the cells in the figure's grid, the caption below.
 * Every format draws through this one Graphics2D routine, so PNG, SVG and PDF agree.
 */
public final class FigurePainter {

    private static final double MARGIN = 16;

    private FigurePainter() {
    }

    /** Paints the whole request into {@code (0, 0, widthPx, heightPx)} in logical pixels. */
    public static void paint(Graphics2D g2, ExportRequest request) {
        paint(g2, new Rectangle2D.Double(0, 0, request.widthPx(), request.heightPx()), request.figure(),
                request.style(), request.title(), request.caption());
    }

    public static void paint(Graphics2D g2, Rectangle2D area, ViewFigure figure, ChartStyle style, String title,
                             String caption) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g2.setPaint(style.background());
        g2.fill(area);
        double top = area.getY();
        double bottom = area.getMaxY();
        if (!title.isEmpty()) {
            Font titleFont = style.font().deriveFont(Font.BOLD, style.font().getSize2D() + 8);
            g2.setFont(titleFont);
            g2.setPaint(style.foreground());
            FontMetrics metrics = g2.getFontMetrics();
            float y = (float) (top + MARGIN + metrics.getAscent());
            g2.drawString(title, (float) (area.getX() + MARGIN), y);
            top = y + metrics.getDescent() + MARGIN / 2;
        }
        if (!caption.isEmpty()) {
            Font captionFont = style.font().deriveFont(Font.PLAIN, style.font().getSize2D() + 1);
            g2.setFont(captionFont);
            FontMetrics metrics = g2.getFontMetrics();
            List<String> lines = wrap(caption, metrics, area.getWidth() - 2 * MARGIN);
            double lineHeight = metrics.getHeight();
            double height = lines.size() * lineHeight + MARGIN;
            double y = bottom - height + metrics.getAscent();
            g2.setPaint(style.foreground());
            for (String line : lines) {
                g2.drawString(line, (float) (area.getX() + MARGIN), (float) y);
                y += lineHeight;
            }
            bottom -= height + MARGIN / 2;
        }
        drawGrid(g2, figure, new Rectangle2D.Double(area.getX(), top, area.getWidth(), Math.max(1, bottom - top)));
    }

    /** The cells in rows of {@code figure.columns()}, each in an equal share of the area. */
    public static void drawGrid(Graphics2D g2, ViewFigure figure, Rectangle2D area) {
        List<? extends Drawable> cells = figure.cells();
        int columns = Math.min(figure.columns(), cells.size());
        int rows = (cells.size() + columns - 1) / columns;
        double cellWidth = area.getWidth() / columns;
        double cellHeight = area.getHeight() / rows;
        for (int i = 0; i < cells.size(); i++) {
            Rectangle2D cell = new Rectangle2D.Double(area.getX() + (i % columns) * cellWidth,
                    area.getY() + (i / columns) * cellHeight, cellWidth, cellHeight);
            Graphics2D cellGraphics = (Graphics2D) g2.create();
            try {
                cells.get(i).draw(cellGraphics, cell);
            } finally {
                cellGraphics.dispose();
            }
        }
    }

    /** Greedy word wrap; an explicit line break in the caption starts a new line. */
    static List<String> wrap(String text, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : words(paragraph, metrics, width)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (metrics.stringWidth(candidate) <= width || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The words of a line; a word wider than the line (Chinese has no spaces) is cut between characters. */
    private static List<String> words(String paragraph, FontMetrics metrics, double width) {
        List<String> words = new ArrayList<>();
        for (String word : paragraph.split(" ")) {
            if (metrics.stringWidth(word) <= width) {
                words.add(word);
                continue;
            }
            StringBuilder piece = new StringBuilder();
            word.codePoints().forEach(cp -> {
                if (piece.length() > 0 && metrics.stringWidth(piece + Character.toString(cp)) > width) {
                    words.add(piece.toString());
                    piece.setLength(0);
                }
                piece.appendCodePoint(cp);
            });
            words.add(piece.toString());
        }
        return words;
    }
}
