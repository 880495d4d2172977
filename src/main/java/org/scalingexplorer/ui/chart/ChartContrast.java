package org.scalingexplorer.ui.chart;

import java.awt.Color;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * Ink that stays readable on a dark chart: every series, item label, marker and text annotation whose
 * colour falls under the style's contrast floor (WCAG 2 ratio) against the plot is lifted toward white
 * until it clears it, keeping its hue. Translucent fills (bands, shaded ranges) are grounds, not ink,
 * and are left alone. Text drawn in another style's foreground takes this style's, so a label made in
 * one theme does not keep that theme's colour after a switch.
 */
public final class ChartContrast {
    /** Below this alpha a paint is a shaded area under the ink, not ink. */
    static final int INK_ALPHA = 128;
    /** Each lifted colour and the colour it was lifted from: a switch back to a light theme restores it. */
    private static final java.util.Map<Color, Color> LIFTED = new java.util.concurrent.ConcurrentHashMap<>();

    private ChartContrast() {
    }

    /** WCAG 2 relative luminance of an opaque colour. */
    public static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    /** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** {@code ink} mixed toward white (on a dark ground) or black (on a light one) until it has {@code min}. */
    public static Color readable(Color ink, Color ground, double min) {
        if (ink.getAlpha() < INK_ALPHA || ratio(opaque(ink), ground) >= min) {
            return ink;
        }
        Color lifted = lift(ink, ground, min);
        LIFTED.putIfAbsent(lifted, ink);
        return lifted;
    }

    /** The colour {@code ink} was lifted from in a darker theme, or itself. */
    static Color original(Color ink) {
        Color from = LIFTED.get(ink);
        return from == null ? ink : original(from);
    }

    private static Color lift(Color ink, Color ground, double min) {
        int target = luminance(ground) < 0.18 ? 255 : 0;
        for (int step = 1; step <= 20; step++) {
            double t = step / 20.0;
            Color mixed = new Color(mix(ink.getRed(), target, t), mix(ink.getGreen(), target, t),
                    mix(ink.getBlue(), target, t), ink.getAlpha());
            if (ratio(opaque(mixed), ground) >= min) {
                return mixed;
            }
        }
        return new Color(target, target, target, ink.getAlpha());
    }

    /** Lifts every ink of {@code chart} that falls under {@code style}'s floor; nothing when it has none. */
    static void enforce(JFreeChart chart, ChartStyle style) {
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        // Over a colour map the plot's background is not what ink is read against: that chart picks its
        // own ink per region and haloes its lines; there only the theme's text colour is followed.
        Ink ink = new Ink(style.foreground(), style.plotBackground(), overImage(plot) ? 0 : style.minContrast());
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            XYDataset dataset = plot.getDataset(r);
            if (renderer == null) {
                continue;
            }
            if (dataset != null) {
                for (int s = 0; s < dataset.getSeriesCount(); s++) {
                    if (renderer.getSeriesPaint(s) instanceof Color color) {
                        renderer.setSeriesPaint(s, ink.line(color), false);
                    }
                }
            }
            if (renderer.getDefaultItemLabelPaint() instanceof Color color) {
                renderer.setDefaultItemLabelPaint(ink.text(color));
            }
            if (renderer instanceof AbstractXYItemRenderer abstractRenderer) {
                abstractRenderer.getAnnotations().forEach(a -> ink.restyle((XYAnnotation) a));
            }
        }
        plot.getAnnotations().forEach(a -> ink.restyle((XYAnnotation) a));
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            for (int r = 0; r < Math.max(1, plot.getRendererCount()); r++) {
                ink.restyle(plot.getDomainMarkers(r, layer));
                ink.restyle(plot.getRangeMarkers(r, layer));
            }
        }
        LegendItemCollection fixed = plot.getFixedLegendItems();
        if (fixed != null) {
            Ink legendInk = new Ink(style.foreground(), style.background(), style.minContrast());
            for (int i = 0; i < fixed.getItemCount(); i++) {
                LegendItem item = fixed.get(i);
                if (item.getLinePaint() instanceof Color c) {
                    item.setLinePaint(legendInk.line(c));
                }
                // A mark with an outline that clears the floor reads by it (a white dot ringed in black).
                boolean outlined = item.isShapeOutlineVisible() && item.getOutlinePaint() instanceof Color ring
                        && ratio(opaque(ring), style.background()) >= style.minContrast();
                if (item.getFillPaint() instanceof Color c && !outlined) {
                    item.setFillPaint(legendInk.line(c));
                }
            }
        }
    }

    /** Whether a picture (a colour map) is drawn under the series: a renderer's non-text annotation. */
    static boolean overImage(XYPlot plot) {
        for (int r = 0; r < plot.getRendererCount(); r++) {
            if (plot.getRenderer(r) instanceof AbstractXYItemRenderer renderer
                    && renderer.getAnnotations().stream().anyMatch(a -> !(a instanceof XYTextAnnotation))) {
                return true;
            }
        }
        return false;
    }

    /** How one chart's ink is drawn in a style: its foreground for text, a floor against a ground. */
    private record Ink(Color foreground, Color ground, double min) {
        private static final Set<Color> FOREGROUNDS = Set.of(ChartStyle.LIGHT.foreground(),
                ChartStyle.DARK.foreground(), ChartStyle.PRINT.foreground(), ChartStyle.PRESENTATION.foreground());

        /** A line or mark: its original colour, lifted to the floor when there is one. */
        Color line(Color color) {
            Color original = original(color);
            return min > 0 ? readable(original, ground, min) : original;
        }

        /** Text: another style's foreground becomes this one's; any other colour is a line's. */
        Color text(Color color) {
            return FOREGROUNDS.contains(color) ? foreground : line(color);
        }

        void restyle(java.util.Collection<?> markers) {
            if (markers == null) {
                return;
            }
            for (Object each : markers) {
                Marker marker = (Marker) each;
                if (marker.getLabelPaint() instanceof Color color) {
                    marker.setLabelPaint(text(color));
                }
                if (marker instanceof org.jfree.chart.plot.ValueMarker && marker.getPaint() instanceof Color color) {
                    marker.setPaint(text(color));
                }
            }
        }

        void restyle(XYAnnotation annotation) {
            if (annotation instanceof XYTextAnnotation text && text.getPaint() instanceof Color color) {
                // Text on its own box is read against the box, which the chart chose for it.
                text.setPaint(text.getBackgroundPaint() == null ? text(color) : color);
            }
        }
    }

    private static Color opaque(Color color) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue());
    }

    private static int mix(int channel, int target, double t) {
        return (int) Math.round(channel + (target - channel) * t);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
