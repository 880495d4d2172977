package org.scalingexplorer.ui.fit;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.fit.FormScore;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.engine.fit.TrustWarning;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Fit view as a figure: the runs the user loaded and the fit shown (or the runs alone before a
 * fit, or empty charts before any runs), and a panel with the source, the estimates and the
 * extrapolation. It draws the view-model's last result; it never fits.
 */
final class FitFigure {

    private FitFigure() {
    }

    static FigureDraft draft(FitViewModel viewModel) {
        FitViewModel.LoadedRuns loaded = viewModel.loaded();
        FitPlot plot = viewModel.plot();
        FitResult result = viewModel.result();
        return context -> draw(loaded, plot, result, context);
    }

    private static ViewFigure draw(FitViewModel.LoadedRuns loaded, FitPlot plot, FitResult result,
                                   FigureContext context) {
        FitCharts charts = new FitCharts(context.bundle(), context.style());
        charts.show(plot);
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(resultsPanel(loaded, result, context));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel resultsPanel(FitViewModel.LoadedRuns loaded, FitResult result, FigureContext context) {
        ResourceBundle bundle = context.bundle();
        List<String> lines = new ArrayList<>();
        if (loaded == null) {
            lines.add(bundle.getString("fit.source.none"));
            return new TextPanel(bundle.getString("fit.figure.heading"), lines, context.style());
        }
        lines.add(loaded.sample() ? bundle.getString("fit.source.sample")
                : MessageFormat.format(bundle.getString("fit.source.file"), loaded.source()));
        if (result == null) {
            lines.add(MessageFormat.format(bundle.getString("fit.figure.notFitted"), loaded.runs().size()));
        } else {
            lines.add(MessageFormat.format(bundle.getString("fit.figure.runs"), result.fittedRuns(),
                    result.excludedRuns(), result.bootstrap() == null ? 0 : result.bootstrap().resamples()));
            if (result.outcome() != null) {
                lines.add(MessageFormat.format(bundle.getString("fit.figure.form"),
                        bundle.getString("fit.form." + result.formId())));
            }
            // A converged minimiser goes without saying in the figure; one that gave up does not.
            if (!result.converged()) {
                lines.add(MessageFormat.format(bundle.getString("fit.status.notConverged"), result.status()));
            }
            // What says how far to trust the fit comes first: the panel's foot is cut when space runs out.
            trust(bundle, result, lines);
            lines.add("");
            for (ParameterEstimate estimate : result.parameters()) {
                lines.add(row(bundle, estimate));
            }
            if (!result.extrapolation().isEmpty()) {
                lines.add(MessageFormat.format(bundle.getString("fit.extrapolation.heading"),
                        QuantityFormat.count(result.request().targetFlops())));
            }
            for (ParameterEstimate estimate : result.extrapolation()) {
                lines.add(row(bundle, estimate));
            }
        }
        if (loaded.sample()) {
            lines.add("");
            lines.add(bundle.getString("fit.sample.credit"));
        }
        return new TextPanel(bundle.getString("fit.figure.heading"), lines, context.style());
    }

    /** The comparison of forms, the hold-out and the warnings, a line each: what says how far to trust the fit. */
    private static void trust(ResourceBundle bundle, FitResult result, List<String> lines) {
        if (result.ranking() != null) {
            lines.add(MessageFormat.format(bundle.getString("fit.figure.forms"), result.ranking().scores().stream()
                    .filter(FormScore::fitted)
                    .map(score -> bundle.getString("fit.form." + score.form()) + " " + FitText.percent(score.cvMeanRelError()))
                    .collect(Collectors.joining("; "))));
        }
        var holdout = result.holdout();
        if (holdout != null) {
            lines.add(MessageFormat.format(bundle.getString("fit.holdout.result"), holdout.nRuns(),
                    FitText.holdout(bundle, holdout.spec()), holdout.trainRuns(), FitText.percent(holdout.meanRelError()),
                    FitText.percent(holdout.maxRelError()), FitText.percent(holdout.coverage95())));
        }
        if (!result.warnings().isEmpty()) {
            lines.add(MessageFormat.format(bundle.getString("fit.figure.warnings"), result.warnings().stream()
                    .map(warning -> warningText(bundle, warning)).collect(Collectors.joining("; "))));
        }
    }

    /** A warning's kind and the first runs it names. */
    private static String warningText(ResourceBundle bundle, TrustWarning warning) {
        List<String> runs = FitText.warningRuns(bundle, warning);
        String named = String.join(", ", runs.subList(0, Math.min(3, runs.size()))) + (runs.size() > 3 ? ", …" : "");
        return FitText.warningTitle(bundle, warning) + " (" + named + ")";
    }

    private static String row(ResourceBundle bundle, ParameterEstimate estimate) {
        return FitText.name(bundle, estimate) + " = " + FitText.value(estimate) + "   "
                + FitText.interval(bundle, estimate);
    }
}
