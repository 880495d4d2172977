package org.scalingexplorer.ui.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ui.Drawable;

/**
 * A cell a view supplies as a picture rather than as Graphics2D drawing: the 3D surface, whose image
 * comes from a JavaFX snapshot. The exporters place it like any other cell: a PNG gets it at device
 * resolution, SVG and PDF embed it as an image beside their vector charts, CSV skips it.
 *
 * <p>{@link #snapshot} is called on the exporting thread, which is not the FX thread: a view whose
 * picture needs the FX thread takes the snapshot first (when it builds its figure) and returns
 * {@link #of(BufferedImage)}.
 */
public interface SnapshotCell extends Drawable {

    /**
     * The picture for an area of {@code widthPx} x {@code heightPx} logical pixels at {@code scale}
     * device pixels per logical pixel; it may have another size and is then stretched to the area.
     */
    BufferedImage snapshot(int widthPx, int heightPx, double scale);

    /** A cell showing an image taken beforehand. */
    static SnapshotCell of(BufferedImage image) {
        return (widthPx, heightPx, scale) -> image;
    }

    @Override
    default void draw(Graphics2D g2, Rectangle2D area) {
        AffineTransform transform = g2.getTransform();
        // Ask for at least 2 device pixels per logical pixel in vector files, which can be zoomed.
        double deviceScale = Math.max(2, Math.max(Math.abs(transform.getScaleX()), Math.abs(transform.getScaleY())));
        int width = (int) Math.round(area.getWidth());
        int height = (int) Math.round(area.getHeight());
        BufferedImage image = snapshot(width, height, Math.min(4, deviceScale));
        Object interpolation = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g2.drawImage(image, (int) Math.round(area.getX()), (int) Math.round(area.getY()), width, height, null);
        if (interpolation != null) {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        }
    }
}
