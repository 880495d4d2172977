package org.scalingexplorer.ui.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.ui.Drawable;

/**
 * Draws charts through Graphics2D into an image, the same drawing the screen shows, so that a
 * rendered PNG and the window agree. Several charts (or other drawables) are laid out in a grid.
 */
public final class ChartImages {
    private ChartImages() {
    }

    /**
     * @param widthPx  logical width of the whole figure
     * @param heightPx logical height of the whole figure
     * @param scale    device pixels per logical pixel (2 for a sharp high-DPI image)
     */
    public static BufferedImage drawGrid(List<? extends Drawable> charts, int columns, int widthPx, int heightPx,
                                         double scale, Color background) {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw: no charts");
        }
        if (widthPx < 100 || heightPx < 100) {
            throw new IllegalArgumentException("image must be at least 100 x 100, got " + widthPx + " x " + heightPx);
        }
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be between 0.5 and 4, got " + scale);
        }
        int rows = (charts.size() + columns - 1) / columns;
        BufferedImage image = new BufferedImage((int) Math.round(widthPx * scale), (int) Math.round(heightPx * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.scale(scale, scale);
            g2.setColor(background);
            g2.fillRect(0, 0, widthPx, heightPx);
            double cellWidth = (double) widthPx / columns;
            double cellHeight = (double) heightPx / rows;
            for (int i = 0; i < charts.size(); i++) {
                Rectangle2D cell = new Rectangle2D.Double((i % columns) * cellWidth, (i / columns) * cellHeight,
                        cellWidth, cellHeight);
                charts.get(i).draw(g2, cell);
            }
        } finally {
            g2.dispose();
        }
        return image;
    }

    public static void writePng(BufferedImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }
}
