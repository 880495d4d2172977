package org.scalingexplorer.ui.fit;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/** Viridis over log10 C between the smallest and largest budget loaded; the bar's axis reads log10 C. */
final class BudgetScale implements PaintScale {
    /** Viridis from dark blue to green; its last yellow would vanish on a white plot. */
    private static final double LARGEST_BUDGET_SHADE = 0.85;

    private final double low;
    private final double high;

    BudgetScale(double minFlops, double maxFlops) {
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
        return new Color(ViridisColorMap.rgb(t * LARGEST_BUDGET_SHADE));
    }

    Color colour(double flops) {
        return (Color) getPaint(Math.log10(flops));
    }
}
