package org.scalingexplorer.ui.fit;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.io.SampleData;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.render.RenderRequest;
import org.scalingexplorer.ui.render.ViewFigure;

/**
 * The Fit view drawn offscreen: the Chinchilla sample fitted by Approach 3 without its 5
 * highest-loss runs, as the replication did, with a small bootstrap for the band (a few seconds).
 */
public final class FitFigure {

    /** Enough resamples to draw a band, few enough to render in seconds; the view offers 1,000 and more. */
    static final int RENDER_RESAMPLES = 100;

    private FitFigure() {
    }

    public static ViewFigure render(RenderRequest request) {
        List<TrainingRun> runs = SampleData.chinchillaEpoch();
        FitResult result = FitComputation.fit(new FitRequest(runs, FitApproach.APPROACH_3, FitVariable.FLOPS,
                SampleData.CHINCHILLA_EPOCH_HIGHEST_LOSS_DROPPED, RENDER_RESAMPLES, FitViewModel.DEFAULT_TARGET_FLOPS,
                0, FitViewModel.BOOTSTRAP_SEED), fraction -> { }, () -> false);
        FitCharts charts = new FitCharts(request.bundle(), request.style());
        charts.show(result.plot());
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(resultsPanel(result, request));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel resultsPanel(FitResult result, RenderRequest request) {
        ResourceBundle bundle = request.bundle();
        List<String> lines = new ArrayList<>();
        lines.add(MessageFormat.format(bundle.getString("fit.figure.runs"), result.fittedRuns(), result.excludedRuns(),
                result.bootstrap() == null ? 0 : result.bootstrap().resamples()));
        lines.add(result.converged()
                ? MessageFormat.format(bundle.getString("fit.status.converged"), result.status())
                : MessageFormat.format(bundle.getString("fit.status.notConverged"), result.status()));
        lines.add("");
        for (ParameterEstimate estimate : result.parameters()) {
            lines.add(row(bundle, estimate));
        }
        lines.add("");
        lines.add(MessageFormat.format(bundle.getString("fit.extrapolation.heading"),
                QuantityFormat.count(result.request().targetFlops())));
        for (ParameterEstimate estimate : result.extrapolation()) {
            lines.add(row(bundle, estimate));
        }
        lines.add("");
        lines.add(bundle.getString("fit.sample.credit"));
        return new TextPanel(bundle.getString("fit.figure.heading"), lines, request.style());
    }

    private static String row(ResourceBundle bundle, ParameterEstimate estimate) {
        return FitText.name(bundle, estimate) + " = " + FitText.value(estimate) + "   "
                + FitText.interval(bundle, estimate);
    }
}
