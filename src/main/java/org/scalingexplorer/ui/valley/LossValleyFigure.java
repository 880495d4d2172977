package org.scalingexplorer.ui.valley;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Loss valley view as a figure, over the window, budgets and path it shows. The command line has no 3D, so it draws the map the window
 * shows where 3D is unavailable: the heatmap with contours, path and isoFLOP lines, beside the law and
 * the budgets it shows.
 */
final class LossValleyFigure {
    private LossValleyFigure() {
    }

    static FigureDraft draft(LossValleyViewModel viewModel) {
        ValleyFrame frame = viewModel.frame();
        ScalingLaw law = viewModel.scenario().law(frame.preset());
        return context -> draw(frame, law, context);
    }

    static ViewFigure draw(ValleyFrame frame, ScalingLaw law, FigureContext request) {
        ValleyMapChart map = new ValleyMapChart(request.bundle(), request.style());
        map.show(frame);
        return new ViewFigure(List.of(map.chart(), notes(request.bundle(), request, frame, law)), 2);
    }

    private static TextPanel notes(ResourceBundle bundle, FigureContext request, ValleyFrame frame, ScalingLaw law) {
        List<String> lines = new ArrayList<>();
        StringBuilder constants = new StringBuilder(bundle.getString("law." + frame.preset().id())).append(":  ");
        for (LawConstant c : law.constants()) {
            constants.append(bundle.getString("constant." + c.key())).append(" = ")
                    .append(QuantityFormat.constant(c.value())).append("   ");
        }
        lines.add(constants.toString().trim());
        lines.add("    " + frame.preset().citation().shortForm() + ", arXiv:" + frame.preset().citation().arxivId());
        lines.add("");
        lines.add(MessageFormat.format(bundle.getString("valley.figure.window"),
                ValleyText.decadeRange(frame.window().log10ParamsMin(), frame.window().log10ParamsMax()),
                ValleyText.decadeRange(frame.window().log10TokensMin(), frame.window().log10TokensMax())));
        lines.add(MessageFormat.format(bundle.getString("valley.summary"),
                QuantityFormat.loss(frame.minLoss()), QuantityFormat.loss(frame.maxLoss())));
        lines.add(bundle.getString("valley.path.rule." + frame.pathRule().name()));
        lines.add("");
        for (ValleyFrame.IsoFlopLine line : frame.isoFlopLines()) {
            lines.add(MessageFormat.format(bundle.getString(line.minimumInsideWindow()
                            ? "valley.figure.minimum" : "valley.figure.minimum.edge"),
                    ValleyText.powerOfTen(line.log10Flops()), QuantityFormat.count(Math.pow(10, line.minimumLog10Params())),
                    QuantityFormat.count(Math.pow(10, line.minimumLog10Tokens())), QuantityFormat.loss(line.minimumLoss())));
        }
        lines.add("");
        for (String paragraph : bundle.getString("valley.explain.figure").split("\n")) {
            lines.add(paragraph);
        }
        return new TextPanel(bundle.getString("view.loss-valley"), lines, request.style());
    }
}
