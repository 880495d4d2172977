package org.scalingexplorer.ui.fit;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;
import org.scalingexplorer.ui.chart.ChartContrast;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/**
 * Viridis over log10 C between the smallest and largest budget loaded; the bar's axis reads log10 C.
 * Only the part of viridis that keeps the chart style's contrast floor on its plot is used: its yellow
 * end vanishes on a white plot, its dark blue end on a dark one.
 */
final class BudgetScale implements PaintScale {
    /** Where no floor is asked (paper): viridis from dark blue to green, as on white. */
    private static final double PAPER_FLOOR = 3.0;

    private final double low;
    private final double high;
    private final double firstShade;
    private final double lastShade;

    BudgetScale(double minFlops, double maxFlops, ChartStyle style) {
        double floor = style.minContrast() > 0 ? style.minContrast() : PAPER_FLOOR;
        double first = Double.NaN;
        double last = Double.NaN;
        // Viridis grows lighter all along: the shades that clear the floor are one stretch of it.
        for (int step = 0; step <= 100; step++) {
            double t = step / 100.0;
            if (ChartContrast.ratio(new Color(ViridisColorMap.rgb(t)), style.plotBackground()) >= floor) {
                first = Double.isNaN(first) ? t : first;
                last = t;
            }
        }
        this.firstShade = Double.isNaN(first) ? 0 : first;
        this.lastShade = Double.isNaN(last) ? 1 : last;
        double lowLog = Math.log10(minFlops);
        double highLog = Math.log10(maxFlops);
        // A single budget still gets a bar to read.
        this.low = highLog > lowLog ? lowLog : lowLog - 0.5;
        this.high = highLog > lowLog ? highLog : highLog + 0.5;
    }

    @Override
    public double getLowerBound() {
        return low;
    }

    @Override
    public double getUpperBound() {
        return high;
    }

    @Override
    public Paint getPaint(double log10Flops) {
        double t = Math.max(0, Math.min(1, (log10Flops - low) / (high - low)));
        return new Color(ViridisColorMap.rgb(firstShade + t * (lastShade - firstShade)));
    }

    Color colour(double flops) {
        return (Color) getPaint(Math.log10(flops));
    }
}
