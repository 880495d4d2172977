package org.scalingexplorer.ui.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 logarithmic axis with the ticks a reader of scaling-law plots expects. JFreeChart's
 * LogAxis spaces its ticks evenly in log space, which puts labels at values like 10^0.35; here,
 * over a decade or more, majors sit at 10^k labelled with a superscript exponent and minors at
 * 2..9 x 10^k; over a narrower range (a loss axis from 1.7 to 4) majors sit at round plain numbers.
 */
public class DecadeLogAxis extends LogAxis {

    private static final String SUPERSCRIPT_DIGITS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final double[] NICE_STEPS = {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10};

    public DecadeLogAxis(String label) {
        super(label);
        setBase(10);
        setSmallestValue(1e-300);
        setMinorTickMarksVisible(true);
        setMinorTickMarkOutsideLength(2f);
        setTickMarkOutsideLength(4f);
    }

    @Override
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        return ticks(anchor);
    }

    @Override
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        return ticks(anchor);
    }

    List<LogTick> ticks(TextAnchor anchor) {
        double lower = Math.max(getLowerBound(), getSmallestValue());
        double upper = getUpperBound();
        if (!(upper > lower)) {
            return List.of();
        }
        double decades = Math.log10(upper) - Math.log10(lower);
        if (decades >= 2.5) {
            return decadeTicks(lower, upper, decades, anchor);
        }
        // One or two decades hold too few powers of ten to read values from (a loss axis from 1.5 to
        // 15 would show only "10"): label 1, 2 and 5 of each decade instead.
        return decades >= 1 ? oneTwoFiveTicks(lower, upper, anchor) : plainTicks(lower, upper, anchor);
    }

    private List<LogTick> oneTwoFiveTicks(double lower, double upper, TextAnchor anchor) {
        List<LogTick> ticks = new ArrayList<>();
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        for (int exponent = first; exponent <= last; exponent++) {
            double decade = Math.pow(10, exponent);
            for (int mantissa = 1; mantissa <= 9; mantissa++) {
                double value = mantissa * decade;
                if (value < lower * (1 - 1e-9) || value > upper * (1 + 1e-9)) {
                    continue;
                }
                boolean labelled = mantissa == 1 || mantissa == 2 || mantissa == 5;
                ticks.add(labelled
                        ? new LogTick(TickType.MAJOR, value, new AttributedString(plainLabel(value, decade)), anchor)
                        : new LogTick(TickType.MINOR, value, null, anchor));
            }
        }
        return ticks;
    }

    private List<LogTick> decadeTicks(double lower, double upper, double decades, TextAnchor anchor) {
        List<LogTick> ticks = new ArrayList<>();
        int labelEvery = decades > 12 ? 3 : decades > 7 ? 2 : 1;
        int first = (int) Math.floor(Math.log10(lower));
        int last = (int) Math.ceil(Math.log10(upper));
        for (int exponent = first; exponent <= last; exponent++) {
            double decade = Math.pow(10, exponent);
            if (decade >= lower * (1 - 1e-9) && decade <= upper * (1 + 1e-9)) {
                boolean labelled = Math.floorMod(exponent, labelEvery) == 0;
                ticks.add(new LogTick(TickType.MAJOR, decade, labelled ? powerOfTen(exponent) : null, anchor));
            }
            if (decades <= 9) {
                for (int mantissa = 2; mantissa <= 9; mantissa++) {
                    double minor = mantissa * decade;
                    if (minor > lower && minor < upper) {
                        ticks.add(new LogTick(TickType.MINOR, minor, null, anchor));
                    }
                }
            }
        }
        return ticks;
    }

    private List<LogTick> plainTicks(double lower, double upper, TextAnchor anchor) {
        double span = upper - lower;
        // The nice steps scaled to the span's decade, so 2e9..9e9 gets steps of 1e9, not 10.
        double scale = Math.pow(10, Math.floor(Math.log10(span)) - 1);
        double step = NICE_STEPS[NICE_STEPS.length - 1] * scale * 10;
        for (double candidate : NICE_STEPS) {
            if (span / (candidate * scale * 10) <= 8) {
                step = candidate * scale * 10;
                break;
            }
        }
        double minorStep = step / 5;
        List<LogTick> ticks = new ArrayList<>();
        long first = (long) Math.ceil(lower / minorStep);
        long last = (long) Math.floor(upper / minorStep);
        for (long k = first; k <= last; k++) {
            double value = k * minorStep;
            boolean major = Math.floorMod(k, 5) == 0;
            ticks.add(major
                    ? new LogTick(TickType.MAJOR, value, new AttributedString(plainLabel(value, step)), anchor)
                    : new LogTick(TickType.MINOR, value, null, anchor));
        }
        return ticks;
    }

    /** 2.25 or 0.05 near one; 4e9 for counts and 2e-4 for rates, where a row of zeros would not fit. */
    private static String plainLabel(double value, double step) {
        if (step >= 1e4 || step < 0.01) {
            int exponent = (int) Math.floor(Math.log10(Math.abs(value)) + 1e-9);
            return new DecimalFormat("0.##").format(value / Math.pow(10, exponent)) + "e" + exponent;
        }
        DecimalFormat format = new DecimalFormat(step < 0.1 ? "0.00" : step < 1 ? "0.0#" : "0");
        return format.format(value);
    }

    /**
     * "10" with the exponent in Unicode superscript digits: the same glyphs on screen (FXGraphics2D),
     * in PNG and in vector output, where attributed superscripts are not drawn alike.
     */
    static AttributedString powerOfTen(int exponent) {
        return new AttributedString(powerOfTenText(exponent));
    }

    /** "10" and the exponent in superscript digits, for labels outside this axis (a colour bar's ticks). */
    public static String powerOfTenText(int exponent) {
        String digits = Integer.toString(exponent);
        StringBuilder text = new StringBuilder("10");
        for (char c : digits.toCharArray()) {
            text.append(c == '-' ? '\u207B' : SUPERSCRIPT_DIGITS.charAt(c - '0'));
        }
        return text.toString();
    }
}
