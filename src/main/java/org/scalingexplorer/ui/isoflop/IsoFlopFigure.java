package org.scalingexplorer.ui.isoflop;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.Figure;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.LawSweep;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The IsoFLOP view as a figure, with the budgets and comparison law it shows: the two laws' bananas
 * side by side, the minima against C, and a panel with the fitted exponents and each minimum.
 */
final class IsoFlopFigure {
    private IsoFlopFigure() {
    }

    static FigureDraft draft(IsoFlopViewModel viewModel) {
        Figure figure = viewModel.figure();
        return context -> draw(figure, context);
    }

    private static ViewFigure draw(Figure figure, FigureContext request) {
        IsoFlopCharts charts = new IsoFlopCharts(request.bundle(), request.style());
        charts.show(figure, false);
        List<Drawable> cells = new ArrayList<>();
        cells.add(charts.activeBananas());
        if (figure.comparison().isPresent()) {
            cells.add(charts.comparisonBananas());
        }
        cells.add(charts.minima());
        cells.add(fitPanel(request, figure));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel fitPanel(FigureContext request, Figure figure) {
        ResourceBundle bundle = request.bundle();
        List<String> lines = new ArrayList<>();
        for (LawSweep sweep : figure.sweeps()) {
            String fit = MessageFormat.format(bundle.getString("isoflop.fit"),
                    bundle.getString("law." + sweep.preset().id()),
                    IsoFlopCharts.exponent(sweep.sweep().paramsFit().exponent()),
                    IsoFlopCharts.exponent(sweep.sweep().tokensFit().exponent()));
            lines.addAll(fit.lines().toList());
            sweep.publishedExponent().ifPresent(exponent -> lines.add(MessageFormat.format(
                    bundle.getString("isoflop.fit.published"), IsoFlopCharts.exponent(exponent))));
            // Four minima a line keeps the panel inside half the figure's width.
            StringBuilder minima = new StringBuilder("    ");
            List<IsoFlopProfile> profiles = sweep.sweep().profiles();
            for (int i = 0; i < profiles.size(); i++) {
                IsoFlopProfile profile = profiles.get(i);
                minima.append(ReadableQuantity.scientific(profile.flops())).append(" \u2192 N = ")
                        .append(ReadableQuantity.count(profile.minimum().params())).append("    ");
                if (i % 4 == 3 || i == profiles.size() - 1) {
                    lines.add(minima.toString().stripTrailing());
                    minima = new StringBuilder("    ");
                }
            }
            lines.add("");
        }
        lines.addAll(bundle.getString("isoflop.figure.note").lines().toList());
        return new TextPanel(bundle.getString("isoflop.figure.heading"), lines, request.style());
    }
}
