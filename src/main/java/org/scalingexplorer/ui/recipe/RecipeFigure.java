package org.scalingexplorer.ui.recipe;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;
import org.scalingexplorer.engine.plan.ShapeCandidate;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.engine.recipe.CorrectionStepExponent;
import org.scalingexplorer.engine.recipe.mup.MupResult;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.TablePanel;
import org.scalingexplorer.ui.chart.TextPanel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Recipe view as a figure: the panel on screen, its charts and the notes beside them (and for the
 * shapes panel the table of shapes), drawn from the view-model's last results; it never trains or
 * fits anything again.
 */
final class RecipeFigure {
    private RecipeFigure() {
    }

    static FigureDraft draft(RecipeViewModel viewModel) {
        RecipePanel panel = viewModel.panelProperty().get();
        RecipeViewModel.Result result = viewModel.result();
        MupResult mup = viewModel.mup().result();
        MupLab.Status status = viewModel.mup().statusProperty().get();
        List<CorrectionStepExponent> steps = viewModel.correctionSteps().shownSteps();
        TruncatedCosineTrap trap = viewModel.scheduleTrap().trap();
        String trapProblem = viewModel.scheduleTrap().problemProperty().get();
        return context -> draw(panel, result, mup, status, steps, trap, trapProblem, context);
    }

    private static ViewFigure draw(RecipePanel panel, RecipeViewModel.Result result, MupResult mup,
                                   MupLab.Status status, List<CorrectionStepExponent> steps, TruncatedCosineTrap trap,
                                   String trapProblem, FigureContext context) {
        ResourceBundle bundle = context.bundle();
        RecipeNotes notes = RecipeNotes.of(panel, result, mup, status, steps, bundle);
        TextPanel text = new TextPanel(notes.heading(), notes.all(), context.style());
        List<Drawable> cells = new ArrayList<>();
        int columns;
        switch (panel) {
            case BATCH -> {
                BatchCharts charts = new BatchCharts(bundle, context.style());
                charts.show(result.batch());
                cells.addAll(charts.all());
                columns = 3;
            }
            case HYPER -> {
                HyperCharts charts = new HyperCharts(bundle, context.style());
                charts.show(result.hyper());
                cells.addAll(charts.all());
                columns = 3;
            }
            case MUP -> {
                MupCharts charts = new MupCharts(bundle, context.style());
                charts.show(mup);
                cells.addAll(charts.all());
                columns = 3;
            }
            case SHAPES -> {
                ShapeCharts charts = new ShapeCharts(bundle, context.style());
                charts.show(result.shapes());
                cells.addAll(charts.all());
                cells.add(shapesTable(result.shapes(), context));
                columns = 3;
            }
            case RECONCILE -> {
                ReconcileCharts charts = new ReconcileCharts(bundle, context.style());
                charts.show(result.reconcile());
                charts.showSteps(steps);
                cells.addAll(charts.computed());
                // Two rows of charts leave a cell of text on each row: the notes beside the computed
                // charts, the sources and method beside the real runs (in one cell the last lines were cut).
                RecipeNotes trapNotes = RecipeNotes.trap(trap, trapProblem, bundle);
                List<String> lines = new ArrayList<>(notes.lines());
                lines.add("");
                lines.add(trapNotes.heading());
                lines.addAll(trapNotes.lines());
                cells.add(new TextPanel(notes.heading(), lines, context.style()));
                cells.addAll(charts.realRuns());
                List<String> caveats = new ArrayList<>(notes.caveats());
                caveats.addAll(trapNotes.caveats());
                cells.add(new TextPanel(bundle.getString("recipe.notes.caveats"), caveats, context.style()));
                return new ViewFigure(cells, 3);
            }
            case BALANCE -> {
                BalanceCharts charts = new BalanceCharts(bundle, context.style());
                charts.show(result.balance());
                cells.addAll(charts.all());
                columns = 2;
            }
            default -> throw new IllegalStateException("unknown panel " + panel);
        }
        cells.add(text);
        return new ViewFigure(cells, columns);
    }

    private static TablePanel shapesTable(ShapesPanel panel, FigureContext context) {
        ResourceBundle bundle = context.bundle();
        List<String> headers = List.of(bundle.getString("recipe.shapes.col.shape"),
                bundle.getString("recipe.shapes.col.nonEmbedding"), bundle.getString("recipe.shapes.col.input"),
                bundle.getString("recipe.shapes.col.output"), bundle.getString("recipe.shapes.col.published"));
        List<List<String>> rows = new ArrayList<>();
        for (ShapeCandidate candidate : panel.suggestions().candidates()) {
            TransformerShape shape = candidate.shape();
            rows.add(List.of(shape.layers() + " \u00D7 " + shape.width(), ReadableQuantity.count(shape.nonEmbeddingParams()),
                    ReadableQuantity.count(shape.inputEmbeddingParams()),
                    shape.tiedEmbeddings() ? bundle.getString("recipe.shapes.tiedCell")
                            : ReadableQuantity.count(shape.outputEmbeddingParams()),
                    String.join(", ", candidate.publishedAs().stream().map(p -> p.name()).toList())));
        }
        List<String> nearby = List.of(java.text.MessageFormat.format(bundle.getString("recipe.shapes.figure.nearby"),
                String.join(", ", panel.suggestions().publishedNearby().stream().map(p -> p.name()).toList())));
        return new TablePanel(bundle.getString("recipe.shapes.figure.heading"), headers, rows, nearby, context.style());
    }
}
