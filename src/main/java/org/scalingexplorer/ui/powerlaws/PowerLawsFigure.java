package org.scalingexplorer.ui.powerlaws;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.render.RenderRequest;
import org.scalingexplorer.ui.render.ViewModelSource;
import org.scalingexplorer.ui.render.ViewFigure;

/** The Power laws view drawn offscreen: its three charts and a panel of the constants in use. */
public final class PowerLawsFigure {
    private PowerLawsFigure() {
    }

    public static ViewFigure render(RenderRequest request) {
        PowerLawsViewModel viewModel = request.viewModel(ViewModelSource::powerLaws, PowerLawsViewModel::new);
        PowerLawsCharts charts = new PowerLawsCharts(request.bundle(), request.style());
        charts.show(viewModel.figure());
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(constantsPanel(request));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel constantsPanel(RenderRequest request) {
        var bundle = request.bundle();
        List<String> lines = new ArrayList<>();
        for (LawPreset preset : LawPreset.values()) {
            StringBuilder line = new StringBuilder(bundle.getString("law." + preset.id())).append(":  ");
            for (LawConstant c : request.scenario().law(preset).constants()) {
                line.append(bundle.getString("constant." + c.key())).append(" = ")
                        .append(QuantityFormat.constant(c.value())).append("   ");
            }
            lines.add(line.toString().trim());
            lines.add("    " + preset.citation().shortForm() + ", arXiv:" + preset.citation().arxivId());
        }
        lines.add("");
        lines.add(bundle.getString("status.units"));
        return new TextPanel(bundle.getString("constants.heading"), lines, request.style());
    }
}
