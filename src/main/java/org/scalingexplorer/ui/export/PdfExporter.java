package org.scalingexplorer.ui.export;

import java.awt.Graphics2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.function.Consumer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.scalingexplorer.engine.io.AtomicFiles;

/**
 * PDF of a figure through PdfBoxGraphics2D: lines stay vector paths and text stays text in embedded
 * fonts (see {@link PdfFonts}). A logical pixel is 0.75 pt (96 px to the inch), so a 1600 x 1000 figure
 * is a 1200 x 750 pt page and prints at the size it has on screen.
 */
public final class PdfExporter {

    /** PDF points per logical pixel: 72 pt and 96 px to the inch. */
    public static final float POINTS_PER_PIXEL = 72f / 96f;

    private PdfExporter() {
    }

    public static void export(ExportRequest request, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(request, out));
    }

    public static void write(ExportRequest request, OutputStream out) throws IOException {
        try (PdfWriter pdf = new PdfWriter(request.title().isEmpty() ? "Scaling Law Explorer" : request.title())) {
            PDRectangle size = new PDRectangle(request.widthPx() * POINTS_PER_PIXEL, request.heightPx() * POINTS_PER_PIXEL);
            pdf.addPage(size, g2 -> {
                g2.scale(POINTS_PER_PIXEL, POINTS_PER_PIXEL);
                FigurePainter.paint(g2, request);
            });
            pdf.save(out);
        }
    }

    /** A PDF document being written, a page at a time, each page drawn through Graphics2D. */
    static final class PdfWriter implements AutoCloseable {
        private final PDDocument document = new PDDocument();
        private final PdfFonts fonts = new PdfFonts(document);

        PdfWriter(String title) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Scaling Law Explorer");
            info.setProducer("Scaling Law Explorer (PDFBox, PdfBoxGraphics2D)");
            info.setCreationDate(Calendar.getInstance());
        }

        /** Adds a page of {@code size} points; {@code painter} draws with y down from the top-left corner. */
        void addPage(PDRectangle size, Consumer<Graphics2D> painter) throws IOException {
            PDPage page = new PDPage(size);
            document.addPage(page);
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(document, size.getWidth(), size.getHeight());
            g2.setFontTextDrawer(fonts);
            try {
                painter.accept(g2);
            } finally {
                g2.dispose();
            }
            PDFormXObject form = g2.getXFormObject();
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawForm(form);
            }
        }

        void save(OutputStream out) throws IOException {
            document.save(out);
        }

        @Override
        public void close() throws IOException {
            try {
                document.close();
            } finally {
                fonts.close();
            }
        }
    }
}
