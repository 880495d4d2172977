package org.scalingexplorer.ui.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * The charts of one view, drawn in one style: on screen (through FXGraphics2D) and in every export.
 * A theme switch restyles them all at once; a subclass restyles what {@link ChartStyle#apply} does not
 * reach (markers, colour bars, labels).
 */
public abstract class ChartSet {
    private ChartStyle style;

    protected ChartSet(ChartStyle style) {
        this.style = style;
    }

    /** Every chart of the set, in the order a figure shows them. */
    public abstract List<JFreeChart> all();

    public final ChartStyle style() {
        return style;
    }

    public final void setStyle(ChartStyle newStyle) {
        this.style = newStyle;
        all().forEach(newStyle::apply);
        restyle(newStyle);
    }

    /** Restyles what the charts' own styling does not reach; nothing by default. */
    protected void restyle(ChartStyle newStyle) {
    }
}
