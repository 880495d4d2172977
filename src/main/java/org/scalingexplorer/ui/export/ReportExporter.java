package org.scalingexplorer.ui.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.scalingexplorer.engine.io.AtomicFiles;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * A PDF report on A4 landscape: one page per chosen view (its charts as vectors, its text as text),
 * then the constants of every law in a table (the user's value beside the published one) and the
 * papers they come from.
 */
public final class ReportExporter {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float HEADER = 34;
    private static final float FOOTER = 22;
    /** Logical width a view is drawn at before it is scaled to the page, as wide as a laptop window. */
    private static final float FIGURE_WIDTH_PX = 1400;
    private static final float ROW = 12.5f;

    private ReportExporter() {
    }

    /** Writes the report; {@code figures} are the request's views in its order, drawn in its style. */
    public static void export(ReportRequest request, List<ViewFigure> figures, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(request, figures, out));
    }

    public static void write(ReportRequest request, List<ViewFigure> figures, OutputStream out) throws IOException {
        if (figures.size() != request.viewIds().size()) {
            throw new IllegalArgumentException("the report has " + request.viewIds().size() + " views but "
                    + figures.size() + " figures");
        }
        ResourceBundle bundle = request.bundle();
        String date = LocalDate.now().toString();
        List<BiConsumer<Graphics2D, Rectangle2D>> pages = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            ViewFigure figure = figures.get(i);
            headings.add(viewTitle(bundle, request.viewIds().get(i)));
            pages.add((g2, area) -> drawFigure(g2, area, figure, request.style()));
        }
        List<Row> rows = tableRows(request);
        for (List<Row> pageRows : paginate(rows, (float) (PAGE.getHeight() - 2 * MARGIN - HEADER - FOOTER))) {
            headings.add(bundle.getString("report.constants.heading"));
            pages.add((g2, area) -> drawRows(g2, area, pageRows, request.style()));
        }
        try (PdfExporter.PdfWriter pdf = new PdfExporter.PdfWriter(request.title())) {
            for (int i = 0; i < pages.size(); i++) {
                String heading = headings.get(i);
                String footer = MessageFormat.format(bundle.getString("report.footer"), request.title(), date, i + 1,
                        pages.size());
                BiConsumer<Graphics2D, Rectangle2D> body = pages.get(i);
                pdf.addPage(PAGE, g2 -> drawPage(g2, request.style(), heading, footer, body));
            }
            pdf.save(out);
        }
    }

    static String viewTitle(ResourceBundle bundle, String viewId) {
        String key = "view." + viewId;
        return bundle.containsKey(key) ? bundle.getString(key) : viewId;
    }

    private static void drawPage(Graphics2D g2, ChartStyle style, String heading, String footer,
                                 BiConsumer<Graphics2D, Rectangle2D> body) {
        g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g2.setPaint(style.background());
        g2.fill(new Rectangle2D.Float(0, 0, PAGE.getWidth(), PAGE.getHeight()));
        g2.setPaint(style.foreground());
        g2.setFont(style.font().deriveFont(Font.BOLD, 16f));
        g2.drawString(heading, MARGIN, MARGIN + 16);
        g2.setPaint(style.grid());
        g2.draw(new Line2D.Float(MARGIN, MARGIN + HEADER - 8, PAGE.getWidth() - MARGIN, MARGIN + HEADER - 8));
        g2.setPaint(style.foreground());
        g2.setFont(style.font().deriveFont(Font.PLAIN, 8.5f));
        g2.drawString(footer, MARGIN, PAGE.getHeight() - MARGIN + 10);
        Rectangle2D area = new Rectangle2D.Float(MARGIN, MARGIN + HEADER, PAGE.getWidth() - 2 * MARGIN,
                PAGE.getHeight() - 2 * MARGIN - HEADER - FOOTER);
        Graphics2D bodyGraphics = (Graphics2D) g2.create();
        try {
            body.accept(bodyGraphics, area);
        } finally {
            bodyGraphics.dispose();
        }
    }

    /** Draws the view at laptop-window size and scales it onto the page, so fonts keep their proportions. */
    private static void drawFigure(Graphics2D g2, Rectangle2D area, ViewFigure figure, ChartStyle style) {
        double scale = area.getWidth() / FIGURE_WIDTH_PX;
        g2.translate(area.getX(), area.getY());
        g2.scale(scale, scale);
        FigurePainter.paint(g2, new Rectangle2D.Double(0, 0, FIGURE_WIDTH_PX, area.getHeight() / scale), figure,
                style, "", "");
    }

    /** One line of the constants table: a law's heading, a constant, a source, or a gap. */
    private record Row(Kind kind, String[] cells) {
        enum Kind { TITLE, LAW, HEADER, CONSTANT, TEXT, GAP }
    }

    private static List<Row> tableRows(ReportRequest request) {
        ResourceBundle bundle = request.bundle();
        List<Row> rows = new ArrayList<>();
        LawPreset active = request.activeLaw();
        rows.add(new Row(Row.Kind.TEXT, new String[] {MessageFormat.format(bundle.getString("report.activeLaw"),
                bundle.getString("law." + active.id())) + "   ·   " + bundle.getString("status.units")}));
        rows.add(new Row(Row.Kind.GAP, new String[0]));
        rows.add(new Row(Row.Kind.HEADER, new String[] {bundle.getString("report.column.law"),
                bundle.getString("report.column.constant"), bundle.getString("report.column.value"),
                bundle.getString("report.column.published"), ""}));
        int source = 1;
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = request.laws().get(preset);
            rows.add(new Row(Row.Kind.LAW, new String[] {bundle.getString("law." + preset.id()) + "  [" + source++ + "]"}));
            for (LawConstant constant : law.constants()) {
                double published = preset.law().constant(constant.key());
                boolean changed = Double.compare(published, constant.value()) != 0;
                rows.add(new Row(Row.Kind.CONSTANT, new String[] {"", constantName(bundle, constant.key()),
                        QuantityFormat.constant(constant.value()), QuantityFormat.constant(published),
                        changed ? bundle.getString("report.changed") : ""}));
            }
        }
        rows.add(new Row(Row.Kind.GAP, new String[0]));
        rows.add(new Row(Row.Kind.TITLE, new String[] {bundle.getString("report.sources")}));
        source = 1;
        for (LawPreset preset : LawPreset.values()) {
            rows.add(new Row(Row.Kind.TEXT, new String[] {"[" + source++ + "] " + preset.citation()}));
        }
        return rows;
    }

    private static String constantName(ResourceBundle bundle, String key) {
        String bundleKey = "constant." + key;
        return bundle.containsKey(bundleKey) ? bundle.getString(bundleKey) : key;
    }

    private static List<List<Row>> paginate(List<Row> rows, float height) {
        List<List<Row>> pages = new ArrayList<>();
        List<Row> page = new ArrayList<>();
        float used = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            float rowHeight = rowHeight(row);
            // A heading goes to the next page with the line it heads.
            boolean heading = row.kind() == Row.Kind.TITLE || row.kind() == Row.Kind.LAW;
            float needed = heading && i + 1 < rows.size() ? rowHeight + rowHeight(rows.get(i + 1)) : rowHeight;
            if (used + needed > height && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            page.add(row);
            used += rowHeight;
        }
        pages.add(page);
        return pages;
    }

    private static float rowHeight(Row row) {
        return switch (row.kind()) {
            case GAP -> ROW / 2;
            case TITLE, LAW -> ROW + 5;
            // A citation is long: give it room for a second line.
            case TEXT -> row.cells()[0].length() > 130 ? 2 * ROW : ROW;
            default -> ROW;
        };
    }

    private static void drawRows(Graphics2D g2, Rectangle2D area, List<Row> rows, ChartStyle style) {
        float[] columns = {0, 200, 330, 470, 610};
        Font plain = style.font().deriveFont(Font.PLAIN, 9.5f);
        Font bold = style.font().deriveFont(Font.BOLD, 10f);
        float x = (float) area.getX();
        float y = (float) area.getY();
        for (Row row : rows) {
            float height = rowHeight(row);
            float baseline = y + height - 3.5f;
            g2.setPaint(style.foreground());
            switch (row.kind()) {
                case TITLE, LAW -> {
                    g2.setFont(bold);
                    g2.drawString(row.cells()[0], x, baseline);
                }
                case HEADER -> {
                    g2.setFont(bold);
                    for (int c = 0; c < row.cells().length; c++) {
                        g2.drawString(row.cells()[c], x + columns[c], baseline);
                    }
                    g2.setPaint(style.grid());
                    g2.draw(new Line2D.Float(x, y + height, (float) area.getMaxX(), y + height));
                }
                case CONSTANT -> {
                    g2.setFont(plain);
                    for (int c = 1; c < row.cells().length; c++) {
                        g2.drawString(row.cells()[c], x + columns[c], baseline);
                    }
                }
                case TEXT -> {
                    g2.setFont(plain);
                    FontMetrics metrics = g2.getFontMetrics();
                    List<String> lines = FigurePainter.wrap(row.cells()[0], metrics, area.getWidth());
                    float lineY = y + ROW - 3.5f;
                    for (String line : lines.subList(0, Math.min(2, lines.size()))) {
                        g2.drawString(line, x, lineY);
                        lineY += ROW;
                    }
                }
                case GAP -> {
                }
            }
            y += height;
        }
    }
}
