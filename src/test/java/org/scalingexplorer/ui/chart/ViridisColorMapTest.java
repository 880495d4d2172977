package org.scalingexplorer.ui.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ViridisColorMapTest {

    @Test
    void endsAndMiddleAreViridis() {
        assertEquals(0x440154, ViridisColorMap.rgb(0));
        assertEquals(0x21908D, ViridisColorMap.rgb(0.5));
        assertEquals(0xFDE725, ViridisColorMap.rgb(1));
        assertEquals(0x440154, ViridisColorMap.rgb(-3));
        assertEquals(0xFDE725, ViridisColorMap.rgb(7));
        assertEquals(0x440154, ViridisColorMap.rgb(Double.NaN));
    }

    @Test
    void lightnessRisesAllTheWay() {
        double previous = -1;
        for (int i = 0; i <= 200; i++) {
            double[] rgb = ViridisColorMap.rgbFractions(i / 200.0);
            double luma = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
            assertTrue(luma >= previous - 1e-3, "at " + i / 200.0);
            previous = luma;
        }
    }

    @Test
    void scalesAndFills() {
        assertEquals(ViridisColorMap.rgb(0.25), ViridisColorMap.rgb(2.5, 2, 4));
        int[] colours = new int[3];
        ViridisColorMap.fill(new double[] {2, 3, 4}, 2, 4, colours);
        assertArrayEquals(new int[] {0x440154, 0x21908D, 0xFDE725}, colours);
    }
}
