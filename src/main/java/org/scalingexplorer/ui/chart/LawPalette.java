package org.scalingexplorer.ui.chart;

import java.awt.Color;
import org.scalingexplorer.engine.law.LawPreset;

/** The colour of each law, the same in every chart, table and legend of every view. */
public final class LawPalette {
    private LawPalette() {
    }

    public static Color colorOf(LawPreset preset) {
        return switch (preset) {
            case CHINCHILLA_2022 -> SeriesPalette.color(0);
            case KAPLAN_2020 -> SeriesPalette.color(1);
            case EPOCH_2024 -> SeriesPalette.color(2);
            case CHINCHILLA_APPROACH_1 -> SeriesPalette.color(3);
            case CHINCHILLA_UNROUNDED -> SeriesPalette.color(4);
        };
    }
}
