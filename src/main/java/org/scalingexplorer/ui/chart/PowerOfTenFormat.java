package org.scalingexplorer.ui.chart;

/** Tick labels 10¹⁸, 10¹⁹ for a log10 axis, in the superscript digits the log axes use. */
public final class PowerOfTenFormat extends java.text.NumberFormat {
    @Override
    public StringBuffer format(double number, StringBuffer target, java.text.FieldPosition position) {
        long exponent = Math.round(number);
        if (Math.abs(number - exponent) > 1e-9) {
            return target.append(String.format(java.util.Locale.ROOT, "10^%.1f", number));
        }
        return target.append(DecadeLogAxis.powerOfTenText((int) exponent));
    }

    @Override
    public StringBuffer format(long number, StringBuffer target, java.text.FieldPosition position) {
        return format((double) number, target, position);
    }

    @Override
    public Number parse(String source, java.text.ParsePosition position) {
        throw new UnsupportedOperationException("tick labels are not parsed");
    }
}
