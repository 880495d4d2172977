package org.scalingexplorer.ui.export;

import java.awt.Dimension;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.awt.image.RenderedImage;
import java.util.Base64;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.scalingexplorer.engine.io.AtomicFiles;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * SVG of a figure through Batik's SVGGraphics2D: curves become {@code <path>} elements and every
 * label a {@code <text>} element, so the file stays sharp at any zoom and its words can be searched
 * and edited.
 */
public final class SvgExporter {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private SvgExporter() {
    }

    public static void export(ExportRequest request, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(request, out));
    }

    public static void write(ExportRequest request, OutputStream out) throws IOException {
        DOMImplementation dom = GenericDOMImplementation.getDOMImplementation();
        Document document = dom.createDocument(SVG_NAMESPACE, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment("Scaling Law Explorer");
        // Font glyphs stay out: the text is real text in the reader's sans-serif font.
        context.setEmbeddedFontsOn(false);
        // Four significant digits place a point within a thousandth of a pixel of a 1600 px figure.
        context.setPrecision(4);
        context.setImageHandler(new PngImageHandler());
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(request.widthPx(), request.heightPx()));
        FigurePainter.paint(g2, request);
        Element root = g2.getRoot();
        root.setAttributeNS(null, "viewBox", String.format(Locale.ROOT, "0 0 %d %d", request.widthPx(),
                request.heightPx()));
        g2.dispose();
        serialise(root, out);
    }

    /**
     * Writes the SVG without Batik's DOCTYPE: that names the SVG 1.0 DTD by URL, and XML parsers
     * (and offline tools) then try to download it before they show the file.
     */
    private static void serialise(Element root, OutputStream out) throws IOException {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, StandardCharsets.UTF_8.name());
            transformer.setOutputProperty(OutputKeys.METHOD, "xml");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            transformer.transform(new DOMSource(root), new StreamResult(writer));
            writer.flush();
        } catch (TransformerException e) {
            throw new IOException("cannot write the SVG: " + e.getMessage(), e);
        }
    }

    /** Embeds pictures (a view's snapshot) as base64 PNG through ImageIO; Batik's own PNG codec is not needed. */
    private static final class PngImageHandler extends ImageHandlerBase64Encoder {
        @Override
        public void encodeImage(RenderedImage image, OutputStream out) throws SVGGraphics2DIOException {
            try {
                OutputStream base64 = Base64.getEncoder().wrap(new NonClosingOutputStream(out));
                ImageIO.write(image, "png", base64);
                base64.close();
            } catch (IOException e) {
                throw new SVGGraphics2DIOException(e);
            }
        }
    }

    /** Base64's wrapper closes what it wraps; Batik closes its own stream. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
