package org.scalingexplorer.ui.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.scalingexplorer.engine.io.AtomicFiles;

/** PNG of a figure at 1 to 4 device pixels per logical pixel, with its DPI in the pHYs chunk. */
public final class PngExporter {

    private static final String PNG_METADATA_FORMAT = "javax_imageio_png_1.0";
    private static final double INCHES_PER_METRE = 1 / 0.0254;
    /** 100 megapixels: 400 MB of ARGB, about what a 4x export of a 2500 px wide figure needs. */
    static final long MAX_PIXELS = 100_000_000L;

    private PngExporter() {
    }

    public static BufferedImage image(ExportRequest request) {
        int width = (int) Math.round(request.widthPx() * request.scale());
        int height = (int) Math.round(request.heightPx() * request.scale());
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("a PNG of " + width + " x " + height + " px is over "
                    + MAX_PIXELS / 1_000_000 + " megapixels; choose a smaller size or scale, or SVG or PDF");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.scale(request.scale(), request.scale());
            FigurePainter.paint(g2, request);
        } finally {
            g2.dispose();
        }
        return image;
    }

    public static void export(ExportRequest request, Path file) throws IOException {
        BufferedImage image = image(request);
        AtomicFiles.write(file, out -> write(image, request.dpi(), out));
    }

    /** Writes a PNG whose pHYs chunk says {@code dpi}, so an editor places it at its intended size. */
    public static void write(BufferedImage image, double dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            setPhysicalPixelSize(metadata, dpi);
            writer.write(null, new IIOImage(image, null, metadata), param);
            stream.flush();
        } finally {
            writer.dispose();
        }
    }

    private static void setPhysicalPixelSize(IIOMetadata metadata, double dpi) throws IOException {
        long pixelsPerMetre = Math.round(dpi * INCHES_PER_METRE);
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", Long.toString(pixelsPerMetre));
        physical.setAttribute("pixelsPerUnitYAxis", Long.toString(pixelsPerMetre));
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA_FORMAT);
        root.appendChild(physical);
        try {
            metadata.mergeTree(PNG_METADATA_FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("the PNG writer refused the resolution " + dpi + " dpi: " + e.getMessage(), e);
        }
    }

    /** The DPI a PNG's pHYs chunk records, or NaN if it has none; used to check what was written. */
    public static double readDpi(Path file) throws IOException {
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new IOException(file + " is not an image");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(input);
                IIOMetadata metadata = reader.getImageMetadata(0);
                org.w3c.dom.Node root = metadata.getAsTree(PNG_METADATA_FORMAT);
                for (org.w3c.dom.Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
                    if ("pHYs".equals(node.getNodeName())) {
                        var attributes = node.getAttributes();
                        if (!"meter".equals(attributes.getNamedItem("unitSpecifier").getNodeValue())) {
                            return Double.NaN;
                        }
                        long perMetre = Long.parseLong(attributes.getNamedItem("pixelsPerUnitXAxis").getNodeValue());
                        return perMetre / INCHES_PER_METRE;
                    }
                }
                return Double.NaN;
            } finally {
                reader.dispose();
            }
        }
    }
}
