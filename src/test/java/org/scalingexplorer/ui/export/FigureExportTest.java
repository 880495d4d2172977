package org.scalingexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.chart.SnapshotCell;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.WorkMode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format of one figure, read back the way another program would read it. */
class FigureExportTest {

    private static final ResourceBundle ENGLISH = bundle(Locale.ROOT);

    @TempDir
    Path dir;

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("org.scalingexplorer.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static ExportRequest powerLaws(ResourceBundle bundle, int width, int height, double scale) {
        ViewFigure figure = new ExplorerModels(WorkMode.INLINE).figure("power-laws")
                .draw(new FigureContext(bundle, ChartStyle.PRINT));
        return new ExportRequest(figure, ChartStyle.PRINT, width, height, scale, "Power laws", "Curves of four laws.");
    }

    @Test
    void svgParsesAsXmlWithCurvesAsPathsAndLabelsAsText() throws Exception {
        Path svg = dir.resolve("power-laws.svg");
        FigureExporter.export(powerLaws(ENGLISH, 1600, 1000, 1), svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(svg.toFile());
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("0 0 1600 1000", root.getAttribute("viewBox"));

        List<String> texts = new ArrayList<>();
        NodeList textNodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < textNodes.getLength(); i++) {
            texts.add(textNodes.item(i).getTextContent().strip());
        }
        for (String label : List.of("Parameters N", "Training tokens D", "Training compute C (FLOPs)",
                "Loss L (nats/token)", "Power laws", "Curves of four laws.")) {
            assertTrue(texts.contains(label), label + " is not a <text> of " + texts);
        }
        // Each law's curve is one path of ~160 points (drawSeriesLineAsPath): count the long paths.
        NodeList paths = document.getElementsByTagNameNS("*", "path");
        int curves = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            String d = ((Element) paths.item(i)).getAttribute("d");
            if (d.split("L").length > 100) {
                curves++;
            }
        }
        // 4 laws on each of 3 charts, plus Kaplan's L(C_min) fit.
        assertTrue(curves >= 13, "only " + curves + " long paths");
        assertEquals(0, document.getElementsByTagNameNS("*", "image").getLength(), "a raster image in the SVG");
    }

    @Test
    void pdfHasSelectableTextInEmbeddedFontsAndOnePage() throws Exception {
        Path pdf = dir.resolve("power-laws.pdf");
        FigureExporter.export(powerLaws(ENGLISH, 1600, 1000, 1), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
            PDPage page = document.getPage(0);
            assertEquals(1200, page.getMediaBox().getWidth(), 0.5);
            assertEquals(750, page.getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(document);
            for (String label : List.of("Parameters N", "Training compute C (FLOPs)", "Chinchilla Approach 3 (Hoffmann 2022)",
                    "Epoch AI refit 2024", "floor E = 1.69", "Power laws", "Curves of four laws.")) {
                assertTrue(text.contains(label), label + " not extracted from:\n" + text);
            }
            // The rotated y-axis label is text too; PDFTextStripper reads vertical text in pieces,
            // so look for its letters in order.
            assertTrue(text.replaceAll("\\s", "").contains("LossL(nats/token)"), text);
            List<PDFont> fonts = fonts(page);
            assertFalse(fonts.isEmpty(), "no font: the text was drawn as shapes");
            if (PdfFonts.findFont(null, List.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")).isPresent()) {
                assertTrue(fonts.stream().allMatch(PDFont::isEmbedded), "a font is not embedded");
            }
        }
    }

    @Test
    void chinesePdfKeepsChineseAsText() throws Exception {
        Path pdf = dir.resolve("zh.pdf");
        FigureExporter.export(powerLaws(bundle(Locale.SIMPLIFIED_CHINESE), 1600, 1000, 1), pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Hoffmann"), text);
            if (PdfFonts.findFont(System.getProperty(PdfFonts.CJK_FONT_PROPERTY), List.of(
                    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
                    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")).isPresent()) {
                assertTrue(text.contains("参数量 N"), "the Chinese axis label is not text:\n" + text);
                assertTrue(text.contains("损失与参数量"), text);
            }
        }
    }

    @Test
    void pngHasTheRequestedSizeAndRecordsItsDpi() throws Exception {
        for (int scale = 1; scale <= 4; scale++) {
            Path png = dir.resolve("power-laws-" + scale + ".png");
            FigureExporter.export(powerLaws(ENGLISH, 800, 500, scale), png);
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(800 * scale, image.getWidth());
            assertEquals(500 * scale, image.getHeight());
            // pHYs stores whole pixels per metre: 96 dpi is 3780 px/m, which reads back as 96.012 dpi.
            assertEquals(96.0 * scale, PngExporter.readDpi(png), 0.05, "scale " + scale);
        }
    }

    @Test
    void csvHoldsEveryPlottedPointOfEveryChart() throws Exception {
        ExportRequest request = powerLaws(ENGLISH, 1600, 1000, 1);
        Path csv = dir.resolve("power-laws.csv");
        FigureExporter.export(request, csv);
        Map<String, Integer> expected = new HashMap<>();
        int points = 0;
        for (var cell : request.figure().cells()) {
            if (cell instanceof JFreeChart chart) {
                XYPlot plot = chart.getXYPlot();
                XYDataset dataset = plot.getDataset();
                for (int s = 0; s < dataset.getSeriesCount(); s++) {
                    expected.merge(chart.getTitle().getText() + " / " + dataset.getSeriesKey(s), dataset.getItemCount(s), Integer::sum);
                    points += dataset.getItemCount(s);
                }
            }
        }
        Map<String, Integer> found = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            assertEquals(points, records.size());
            for (CSVRecord record : records) {
                found.merge(record.get("chart") + " / " + record.get("series"), 1, Integer::sum);
                assertTrue(Double.parseDouble(record.get("x")) > 0);
                assertTrue(Double.parseDouble(record.get("y")) > 0);
            }
            CSVRecord first = records.get(0);
            assertEquals("Parameters N", first.get("x_axis"));
            assertEquals("Loss L (nats/token)", first.get("y_axis"));
        }
        assertEquals(expected, found);
        assertEquals(3 * LawPreset.values().length + 1, found.size(), "every law on 3 charts and Kaplan's fit: "
                + found.keySet());
    }

    @Test
    void snapshotCellIsPlacedAsAnImageInEveryFormat() throws Exception {
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                picture.setRGB(x, y, 0xCC2200);
            }
        }
        ViewFigure figure = new ViewFigure(List.of(SnapshotCell.of(picture)), 1);
        ExportRequest request = new ExportRequest(figure, ChartStyle.PRINT, 400, 300, 2, "", "");
        BufferedImage png = PngExporter.image(request);
        assertEquals(0xCC2200, png.getRGB(400, 300) & 0xFFFFFF);
        Path svg = dir.resolve("snapshot.svg");
        FigureExporter.export(request, svg);
        assertTrue(Files.readString(svg).contains("<image"), "no image element");
        Path pdf = dir.resolve("snapshot.pdf");
        FigureExporter.export(request, pdf);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, document.getNumberOfPages());
        }
    }

    @Test
    void fileExtensionChoosesTheFormatAndAnUnknownOneIsRefused() {
        assertEquals(ExportFormat.SVG, ExportFormat.ofFile(Path.of("a/b.SVG")));
        assertEquals(ExportFormat.PDF, ExportFormat.ofFile(Path.of("b.pdf")));
        var error = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ExportFormat.ofFile(Path.of("chart.gif")));
        assertTrue(error.getMessage().contains("chart.gif") && error.getMessage().contains(".svg"), error.getMessage());
    }

    /** The fonts of a page, including those of the form XObject PdfBoxGraphics2D draws into. */
    private static List<PDFont> fonts(PDPage page) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        var resources = page.getResources();
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
        collectFonts(resources, fonts);
        return fonts;
    }

    private static void collectFonts(org.apache.pdfbox.pdmodel.PDResources resources, List<PDFont> fonts)
            throws java.io.IOException {
        if (resources == null) {
            return;
        }
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != resources) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}
