package org.scalingexplorer.ui.powerlaws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/** The Power laws view as a figure: its three charts and a panel of the constants in use. */
final class PowerLawsFigure {
    private PowerLawsFigure() {
    }

    static FigureDraft draft(PowerLawsViewModel viewModel) {
        PowerLawsViewModel.Figure figure = viewModel.figure();
        Map<LawPreset, ScalingLaw> laws = viewModel.scenario().laws();
        return context -> draw(figure, laws, context);
    }

    private static ViewFigure draw(PowerLawsViewModel.Figure figure, Map<LawPreset, ScalingLaw> laws,
                                   FigureContext context) {
        PowerLawsCharts charts = new PowerLawsCharts(context.bundle(), context.style());
        charts.show(figure);
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(constantsPanel(laws, context));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel constantsPanel(Map<LawPreset, ScalingLaw> laws, FigureContext context) {
        var bundle = context.bundle();
        List<String> lines = new ArrayList<>();
        for (LawPreset preset : LawPreset.values()) {
            StringBuilder line = new StringBuilder(bundle.getString("law." + preset.id())).append(":  ");
            for (LawConstant c : laws.get(preset).constants()) {
                line.append(bundle.getString("constant." + c.key())).append(" = ")
                        .append(QuantityFormat.constant(c.value())).append("   ");
            }
            lines.add(line.toString().trim());
            lines.add("    " + preset.citation().shortForm() + ", arXiv:" + preset.citation().arxivId());
        }
        lines.add("");
        lines.add(bundle.getString("status.units"));
        return new TextPanel(bundle.getString("constants.heading"), lines, context.style());
    }
}
