package org.scalingexplorer.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.fit.Approach3Fitter;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.plan.RepeatedStudy;
import org.scalingexplorer.engine.plan.StartStrategy;
import org.scalingexplorer.engine.plan.StudySummary;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.engine.plan.VirtualExperiment;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.render.RenderRequest;
import org.scalingexplorer.ui.render.ViewModelSource;
import org.scalingexplorer.ui.render.ViewFigure;

/**
 * The Plan view drawn offscreen with its default study: the compute-optimal chart, the table of
 * estimates and the shapes for the default target N. Runs the study on the calling thread (about
 * a second: one full-grid fit and the near-truth repeats).
 */
public final class PlanFigure {
    private PlanFigure() {
    }

    public static ViewFigure render(RenderRequest request) {
        PlanViewModel viewModel = request.viewModel(ViewModelSource::plan, PlanViewModel::new);
        VirtualExperiment experiment = viewModel.experiment();
        long seed = viewModel.seedProperty().get();
        List<TrainingRun> runs = experiment.sampleRuns(seed);
        var recovery = experiment.recover(runs, new Approach3Fitter().withPenalty(viewModel.penalty()), f -> { },
                () -> false);
        StudySummary study = RepeatedStudy.run(experiment, viewModel.penalty(), StartStrategy.NEAR_TRUTH,
                viewModel.repetitionsProperty().get(), seed, f -> { }, () -> false);
        PlanResult result = PlanResult.of(experiment, seed, runs, recovery, study);
        PlanCharts charts = new PlanCharts(request.bundle(), request.style());
        charts.show(result);
        List<Drawable> cells = new ArrayList<>();
        cells.add(charts.chart());
        cells.add(resultsPanel(request.bundle(), result, viewModel, request));
        return new ViewFigure(cells, 2);
    }

    private static TextPanel resultsPanel(ResourceBundle bundle, PlanResult result, PlanViewModel viewModel,
                                          RenderRequest request) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("  |  ", PlanTable.header(bundle, result)));
        for (List<String> row : PlanTable.rows(bundle, result)) {
            lines.add(String.join("  |  ", row));
        }
        lines.add("");
        lines.add(bundle.getString("plan.shapes.heading") + ": " + bundle.getString("plan.shapes.params") + " "
                + QuantityFormat.count(viewModel.shapeParamsProperty().get()));
        for (TransformerShape shape : viewModel.shapes().subList(0, Math.min(5, viewModel.shapes().size()))) {
            lines.add("  " + bundle.getString("plan.shapes.layers") + " " + shape.layers() + ", "
                    + bundle.getString("plan.shapes.width") + " " + shape.width() + ", "
                    + bundle.getString("plan.shapes.heads") + " " + shape.heads() + " × " + shape.headSize() + ", "
                    + bundle.getString("plan.shapes.count") + " " + QuantityFormat.count(shape.nonEmbeddingParams())
                    + ", " + bundle.getString("plan.shapes.embedding") + " "
                    + QuantityFormat.count(shape.embeddingParams()));
        }
        return new TextPanel(bundle.getString("plan.controls.heading"), lines, request.style());
    }
}
