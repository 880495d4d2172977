package org.scalingexplorer.ui.export;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Paint;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import de.rototor.pdfbox.graphics2d.IPdfBoxGraphics2DFontTextDrawer;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the text of a PDF as PDF text (selectable, searchable, extractable), never as outlines.
 *
 * <p>Latin, Greek and the superscript digits of the log axes use an embedded TrueType sans-serif
 * (DejaVu Sans on Linux, Arial on Windows and macOS; a subset of the glyphs used is embedded). Chinese
 * uses an embedded CJK TrueType font where the system has one (Droid Sans Fallback, WenQuanYi, Microsoft
 * YaHei, PingFang, ...). A string is cut into runs of characters that one font covers, so "参数量 N"
 * mixes both fonts. Where no TrueType font is found, the standard Helvetica (not embedded, every reader
 * has it) carries what WinAnsi covers, and a string no font covers is left to PdfBoxGraphics2D to draw
 * as shapes, so nothing is ever lost.
 *
 * <p>One instance serves one document: the fonts are loaded into it on first use.
 */
final class PdfFonts implements IPdfBoxGraphics2DFontTextDrawer {
    private static final System.Logger LOG = System.getLogger(PdfFonts.class.getName());

    /** A TrueType (.ttf or .ttc) file to use instead of the system's sans-serif. */
    static final String FONT_PROPERTY = "scalingexplorer.pdf.font";
    /** A TrueType (.ttf or .ttc) file to use for Chinese instead of the system's. */
    static final String CJK_FONT_PROPERTY = "scalingexplorer.pdf.cjkFont";

    private static final List<String> REGULAR_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
            "C:/Windows/Fonts/arial.ttf",
            "/System/Library/Fonts/Supplemental/Arial.ttf",
            "/Library/Fonts/Arial.ttf");
    private static final List<String> BOLD_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
            "C:/Windows/Fonts/arialbd.ttf",
            "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
            "/Library/Fonts/Arial Bold.ttf");
    private static final List<String> CJK_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/System/Library/Fonts/PingFang.ttc",
            "/Library/Fonts/Arial Unicode.ttf");

    private final PDDocument document;
    private final Map<String, Optional<PDFont>> loaded = new HashMap<>();
    private final Map<PDFont, Map<Integer, Boolean>> coverage = new HashMap<>();
    private final List<TrueTypeCollection> collections = new ArrayList<>();
    private final List<TrueTypeFont> fonts = new ArrayList<>();

    PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** Where the fonts come from, for the log and the report's colophon. */
    static String describe() {
        return "text " + findFont(System.getProperty(FONT_PROPERTY), REGULAR_CANDIDATES).map(Path::toString)
                .orElse("Helvetica (standard, not embedded)")
                + "; Chinese " + findFont(System.getProperty(CJK_FONT_PROPERTY), CJK_CANDIDATES).map(Path::toString)
                .orElse("none found (drawn as outlines)");
    }

    @Override
    public boolean canDrawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException {
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            if (iterator.getAttribute(TextAttribute.BACKGROUND) != null) {
                return false;
            }
        }
        String text = textOf(iterator);
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return false;
            }
            if (fontFor(codePoint, false) == null) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    @Override
    public void drawText(AttributedCharacterIterator iterator, IFontTextDrawerEnv env) throws IOException {
        PDPageContentStream stream = env.getContentStream();
        stream.saveGraphicsState();
        stream.beginText();
        double x = 0;
        char c = iterator.first();
        while (c != CharacterIterator.DONE) {
            int runLimit = iterator.getRunLimit();
            Font font = (Font) iterator.getAttribute(TextAttribute.FONT);
            if (font == null) {
                font = iterator.getAttributes().isEmpty() ? env.getFont() : new Font(iterator.getAttributes());
            }
            Paint paint = (Paint) iterator.getAttribute(TextAttribute.FOREGROUND);
            env.applyPaint(paint == null ? env.getPaint() : paint, null);
            StringBuilder run = new StringBuilder();
            while (c != CharacterIterator.DONE && iterator.getIndex() < runLimit) {
                run.append(c);
                c = iterator.next();
            }
            x = showRun(stream, run.toString(), font, x);
        }
        stream.endText();
        stream.restoreGraphicsState();
    }

    /** Shows one run in pieces of one PDF font each; returns where the next run starts. */
    private double showRun(PDPageContentStream stream, String text, Font font, double x) throws IOException {
        boolean bold = font.isBold();
        float size = font.getSize2D();
        int start = 0;
        while (start < text.length()) {
            PDFont pdFont = fontFor(text.codePointAt(start), bold);
            int end = start;
            while (end < text.length() && fontFor(text.codePointAt(end), bold) == pdFont) {
                end += Character.charCount(text.codePointAt(end));
            }
            String piece = text.substring(start, end);
            // PDF text space has y up; Graphics2D has y down: flip about the baseline.
            AffineTransform placement = AffineTransform.getTranslateInstance(x, 0);
            if (font.isTransformed()) {
                placement.concatenate(font.getTransform());
            }
            placement.scale(1, -1);
            stream.setFont(pdFont, size);
            stream.setTextMatrix(new Matrix(placement));
            stream.showText(piece);
            x += pdFont.getStringWidth(piece) / 1000 * size;
            start = end;
        }
        return x;
    }

    @Override
    public FontMetrics getFontMetrics(Font font, IFontTextDrawerEnv env) {
        // Layout (JFreeChart's label placement) measures with Java's logical sans-serif whatever family
        // the chart asks for, since the PDF draws its Latin in the system sans-serif: the same outlines on
        // Linux where both are DejaVu Sans; elsewhere the widths differ by a few percent at most.
        Font measured = new Font(Font.SANS_SERIF, font.getStyle(), font.getSize()).deriveFont(font.getSize2D());
        if (font.isTransformed()) {
            measured = measured.deriveFont(font.getTransform());
        }
        return env.getCalculationGraphics().getFontMetrics(measured);
    }

    /** The first font that has a glyph for the character, bold where asked and available; null if none. */
    private PDFont fontFor(int codePoint, boolean bold) throws IOException {
        if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.CONTROL) {
            PDFont latin = latin(bold);
            return covers(latin, ' ') ? latin : cjk();
        }
        PDFont latin = latin(bold);
        if (covers(latin, codePoint)) {
            return latin;
        }
        PDFont cjk = cjk();
        if (cjk != null && covers(cjk, codePoint)) {
            return cjk;
        }
        return null;
    }

    private boolean covers(PDFont font, int codePoint) {
        if (font == null) {
            return false;
        }
        return coverage.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                byte[] encoded = font.encode(Character.toString(cp));
                return encoded.length > 0;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    private PDFont latin(boolean bold) throws IOException {
        if (bold) {
            // A chosen regular font has no known bold sibling: then bold text uses the chosen font.
            PDFont boldFont = load("bold", System.getProperty(FONT_PROPERTY) == null ? null : "", BOLD_CANDIDATES);
            if (boldFont != null) {
                return boldFont;
            }
        }
        PDFont regular = load("regular", System.getProperty(FONT_PROPERTY), REGULAR_CANDIDATES);
        if (regular != null) {
            return regular;
        }
        return loaded.computeIfAbsent(bold ? "helvetica-bold" : "helvetica", key -> Optional.of(new PDType1Font(
                bold ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA))).get();
    }

    private PDFont cjk() throws IOException {
        return load("cjk", System.getProperty(CJK_FONT_PROPERTY), CJK_CANDIDATES);
    }

    /**
     * Loads a font into the document once; {@code override} (a system property's value) wins over the
     * candidates, and an empty override means "none of these".
     */
    private PDFont load(String role, String override, List<String> candidates) throws IOException {
        Optional<PDFont> known = loaded.get(role);
        if (known != null) {
            return known.orElse(null);
        }
        Optional<Path> file = override != null && override.isEmpty() ? Optional.empty() : findFont(override, candidates);
        PDFont font = null;
        if (file.isPresent()) {
            font = loadTrueType(file.get());
        }
        loaded.put(role, Optional.ofNullable(font));
        return font;
    }

    private PDFont loadTrueType(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
                collections.add(collection);
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(ttf -> {
                    if (first[0] == null) {
                        first[0] = ttf;
                    }
                });
                return first[0] == null ? null : embed(first[0]);
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            fonts.add(font);
            return embed(font);
        } catch (IOException | RuntimeException e) {
            // A font with an embedding restriction or an unreadable file: use the next choice.
            LOG.log(System.Logger.Level.WARNING, "PDF export: cannot embed font " + file + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Embeds a subset of the font. Glyph substitution is off: with it PDFBox turns "fi" into the ligature
     * glyph, and a reader then finds "reﬁt" where the chart says "refit".
     */
    private PDFont embed(TrueTypeFont font) throws IOException {
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    static Optional<Path> findFont(String override, List<String> candidates) {
        if (override != null && !override.isBlank()) {
            Path path = Path.of(override);
            return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        return candidates.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    /** Releases the font files once the document is saved (the subsets are written at save time). */
    void close() throws IOException {
        for (TrueTypeFont font : fonts) {
            font.close();
        }
        fonts.clear();
        for (TrueTypeCollection collection : collections) {
            collection.close();
        }
        collections.clear();
    }

    private static String textOf(AttributedCharacterIterator iterator) {
        StringBuilder text = new StringBuilder();
        for (char c = iterator.first(); c != CharacterIterator.DONE; c = iterator.next()) {
            text.append(c);
        }
        iterator.first();
        return text.toString();
    }
}
