package org.scalingexplorer.ui.fit;

/**
 * One budget group of runs as the charts draw it. {@code name} is the file's group column, or empty
 * when groups were formed by clustering FLOPs; {@code flops} is the group's geometric-mean budget
 * and {@code budgetRank} its place from 0 (smallest budget) to 1 (largest), for colouring.
 * {@code points} are the group's runs in the fit; {@code residuals} are ln(L / L_fit) of those runs;
 * {@code curve} is the fitted loss along the group's isoFLOP line (empty before a fit).
 */
public record GroupSeries(String name, double flops, double budgetRank, PlotPoints points, PlotPoints residuals,
                          PlotPoints curve) {

    public boolean isNamed() {
        return !name.isEmpty();
    }
}
