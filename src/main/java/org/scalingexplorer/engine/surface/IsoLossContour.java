package org.scalingexplorer.engine.surface;

import java.util.List;

/** Every piece of the contour L(N, D) = {@code loss} inside a surface's window. */
public record IsoLossContour(double loss, List<ContourLine> lines) {

    public IsoLossContour {
        lines = List.copyOf(lines);
    }

    public int pointCount() {
        return lines.stream().mapToInt(ContourLine::size).sum();
    }
}
