package org.scalingexplorer.ui.view;

import java.util.List;
import org.jfree.chart.ui.Drawable;

/** What a view draws in an export, a report or the command line: its charts (and text panels) in a grid. */
public record ViewFigure(List<? extends Drawable> cells, int columns) {
    public ViewFigure {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one chart");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, got " + columns);
        }
    }
}
