package org.scalingexplorer.ui.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/** Colours and fonts of a chart, for the light and the dark theme and for print. */
public record ChartStyle(Color background, Color plotBackground, Color foreground, Color grid, Font font) {

    static {
        // JFreeChart draws rotated text (the y-axis labels) through TextLayout by default, a workaround
        // for a Java 1.4 bug: PDF and SVG then get glyph outlines, not text, and on screen it costs a
        // tenth of each redraw. drawString draws the same rotated string on every Graphics2D this app
        // uses. Every chart is styled here before it is drawn, so this runs first.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    public static final ChartStyle LIGHT = new ChartStyle(new Color(0xFFFFFF), new Color(0xFFFFFF),
            new Color(0x24292F), new Color(0xD0D7DE), FontStack.chartFont(Font.PLAIN, 12));
    public static final ChartStyle DARK = new ChartStyle(new Color(0x0D1117), new Color(0x161B22),
            new Color(0xE6EDF3), new Color(0x30363D), FontStack.chartFont(Font.PLAIN, 12));
    /** For reports and papers: white paper, black ink, a grid light enough to print grey, no tint. */
    public static final ChartStyle PRINT = new ChartStyle(Color.WHITE, Color.WHITE,
            Color.BLACK, new Color(0xC8C8C8), FontStack.chartFont(Font.PLAIN, 12));

    /** For projectors: black ground, white text, large type. */
    public static final ChartStyle PRESENTATION = new ChartStyle(new Color(0x000000), new Color(0x000000),
            new Color(0xFFFFFF), new Color(0x5A5A5A), FontStack.chartFont(Font.PLAIN, 18));

    /**
     * The least WCAG contrast every series, label and annotation keeps against the plot: 3:1 in the
     * light and the dark theme (Okabe-Ito's orange, sky blue and yellow are 1.3 to 2.4:1 on white, its
     * blue and black vanish on a dark plot), 4.5:1 on a projector; none on paper, which keeps the
     * published palette exactly.
     */
    public double minContrast() {
        if (sameColours(PRESENTATION)) {
            return 4.5;
        }
        return sameColours(PRINT) ? 0 : 3.0;
    }

    /**
     * This style for drawing through Java2D (PNG, SVG, PDF): Java2D's logical sans-serif in place of the
     * window's family. A physical font has no fallback there, and Noto Sans CJK lacks the superscripts
     * ⁰ and ⁵ to ⁹, which came out as boxes in "C = 10¹⁹ FLOPs"; the logical font covers Latin, Greek,
     * those superscripts and Chinese. On screen JavaFX falls back by itself and keeps the family.
     */
    public ChartStyle forJava2D() {
        if (Font.SANS_SERIF.equals(font.getFamily(java.util.Locale.ROOT)) || Font.SANS_SERIF.equals(font.getName())) {
            return this;
        }
        return new ChartStyle(background, plotBackground, foreground, grid,
                new Font(Font.SANS_SERIF, font.getStyle(), font.getSize()).deriveFont(font.getSize2D()));
    }

    /** Whether this style has the colours of {@code other}: the fonts may differ (see {@link #forJava2D}). */
    private boolean sameColours(ChartStyle other) {
        return background.equals(other.background) && plotBackground.equals(other.plotBackground)
                && foreground.equals(other.foreground) && grid.equals(other.grid);
    }

    /**
     * A series colour as this style draws it: lifted to the contrast floor against the plot where it is
     * under it. For charts that set colours after {@link #apply}, which lifts those already there.
     */
    public Color ink(Color color) {
        double min = minContrast();
        return min > 0 ? ChartContrast.readable(color, plotBackground, min) : color;
    }

    public void apply(JFreeChart chart) {
        chart.setBackgroundPaint(background);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setPaint(foreground);
            chart.getTitle().setFont(font.deriveFont(Font.BOLD, font.getSize2D() + 2));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setBackgroundPaint(background);
            legend.setItemPaint(foreground);
            legend.setItemFont(font);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(plotBackground);
            plot.setOutlinePaint(grid);
            plot.setDomainGridlinePaint(grid);
            plot.setRangeGridlinePaint(grid);
            plot.setDomainMinorGridlinesVisible(true);
            plot.setRangeMinorGridlinesVisible(true);
            Color minorGrid = new Color(grid.getRed(), grid.getGreen(), grid.getBlue(), 90);
            plot.setDomainMinorGridlinePaint(minorGrid);
            plot.setRangeMinorGridlinePaint(minorGrid);
            plot.setDomainGridlineStroke(new BasicStroke(0.8f));
            plot.setRangeGridlineStroke(new BasicStroke(0.8f));
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                style(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                style(plot.getRangeAxis(i));
            }
        }
        ChartContrast.enforce(chart, this);
    }

    private void style(ValueAxis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelPaint(foreground);
        axis.setTickLabelPaint(foreground);
        axis.setAxisLinePaint(foreground);
        axis.setTickMarkPaint(foreground);
        axis.setLabelFont(font.deriveFont(font.getSize2D() + 1));
        axis.setTickLabelFont(font);
    }
}
