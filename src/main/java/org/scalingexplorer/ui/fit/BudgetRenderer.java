package org.scalingexplorer.ui.fit;

import java.awt.Paint;
import java.util.Map;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;

/** Draws each point of a series given budgets in its own budget's colour. */
final class BudgetRenderer extends XYLineAndShapeRenderer {
    private final Map<Integer, double[]> flopsOfSeries = new java.util.HashMap<>();
    BudgetScale scale;

    BudgetRenderer() {
        super(true, false);
    }

    void colourByBudget(int series, double[] flops) {
        flopsOfSeries.put(series, flops);
    }

    @Override
    public Paint getItemPaint(int series, int item) {
        double[] flops = flopsOfSeries.get(series);
        return flops == null || scale == null ? super.getItemPaint(series, item) : scale.colour(flops[item]);
    }
}
