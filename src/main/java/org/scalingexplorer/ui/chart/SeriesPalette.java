package org.scalingexplorer.ui.chart;

import java.awt.Color;

/** Okabe-Ito colours: distinguishable with the common forms of colour blindness, and in print. */
public final class SeriesPalette {
    private static final Color[] COLORS = {
        new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00),
        new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x000000)
    };

    private SeriesPalette() {
    }

    public static Color color(int index) {
        return COLORS[Math.floorMod(index, COLORS.length)];
    }
}
