package org.scalingexplorer.ui.valley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartImages;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ViridisColorMap;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.view.WorkMode;

/** {@code render --view loss-valley}: the map the window falls back to, drawn without a window. */
class LossValleyFigureTest {

    private static ViewFigure render(LawPreset preset) {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        models.scenario().activePresetProperty().set(preset);
        ResourceBundle bundle = ResourceBundle.getBundle("org.scalingexplorer.ui.messages", Locale.ROOT);
        return models.figure("loss-valley").draw(new FigureContext(bundle, ChartStyle.LIGHT));
    }

    @Test
    void theRenderedMapIsAViridisHeatmapOfTheActiveLaw() {
        ViewFigure figure = render(LawPreset.KAPLAN_2020);
        JFreeChart map = (JFreeChart) figure.cells().get(0);
        assertEquals("Loss valley L(N, D): Kaplan 2020", map.getTitle().getText());
        BufferedImage image = ChartImages.drawGrid(figure.cells(), figure.columns(), 1600, 1000, 1,
                ChartStyle.LIGHT.background());
        Set<Integer> colours = new HashSet<>();
        int viridis = 0;
        int lowest = ViridisColorMap.rgb(0.0);
        int highest = ViridisColorMap.rgb(1.0);
        boolean sawLowest = false;
        boolean sawHighest = false;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth() / 2; x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                sawLowest |= near(rgb, lowest);
                sawHighest |= near(rgb, highest);
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                int r = (rgb >> 16) & 0xFF;
                // Viridis is never grey: blue-purple at the bottom, green in the middle, yellow on top.
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    viridis++;
                }
            }
        }
        assertTrue(colours.size() > 500, "distinct colours: " + colours.size());
        assertTrue(viridis > 40000, "coloured pixels in the map half: " + viridis);
        assertTrue(sawLowest && sawHighest, "both ends of the colour map appear");
    }

    private static boolean near(int a, int b) {
        return Math.abs(((a >> 16) & 0xFF) - ((b >> 16) & 0xFF)) < 8 && Math.abs(((a >> 8) & 0xFF) - ((b >> 8) & 0xFF)) < 8
                && Math.abs((a & 0xFF) - (b & 0xFF)) < 8;
    }
}
