package org.scalingexplorer.ui.allocation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.ui.Drawable;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.ui.allocation.AllocationTables.Column;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Result;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.TablePanel;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The Allocation view as a figure, at the budget, hardware, rule and inference tokens it shows: the
 * two charts above, the allocation table and the reference models' verdicts below.
 */
final class AllocationFigure {
    private AllocationFigure() {
    }

    static FigureDraft draft(AllocationViewModel viewModel) {
        Result result = viewModel.result();
        List<ReferenceModel> references = viewModel.referenceModels();
        return context -> draw(result, references, context);
    }

    private static ViewFigure draw(Result result, List<ReferenceModel> references, FigureContext request) {
        AllocationCharts charts = new AllocationCharts(request.bundle(), request.style());
        charts.show(result, references);
        List<Drawable> cells = new ArrayList<>(charts.all());
        cells.add(allocationPanel(request, result));
        cells.add(verdictPanel(request, result));
        return new ViewFigure(cells, 2);
    }

    private static TablePanel allocationPanel(FigureContext request, Result result) {
        ResourceBundle bundle = request.bundle();
        // The inference column says "none" at the default of no inference tokens: leave it out.
        List<Column<AllocationViewModel.Row>> columns = AllocationTables.allocationColumns(bundle).stream()
                .filter(c -> result.inferenceTokens() > 0 || !c.key().equals("allocation.col.inference"))
                .toList();
        List<String> notes = List.of(
                MessageFormat.format(bundle.getString("allocation.figure.hardware"), result.plan().accelerator().name(),
                        QuantityFormat.count(100 * result.plan().mfu()), ReadableQuantity.usd(result.plan().usdPerGpuHour())),
                bundle.getString(result.rule() == OptimumRule.PUBLISHED_RULE
                        ? "allocation.rule.published.note" : "allocation.rule.minimum.note"));
        return table(MessageFormat.format(bundle.getString("allocation.figure.heading"),
                ReadableQuantity.scientific(result.flops())), columns, result.rows(), notes, request);
    }

    private static TablePanel verdictPanel(FigureContext request, Result result) {
        ResourceBundle bundle = request.bundle();
        return table(MessageFormat.format(bundle.getString("verdict.heading"),
                        bundle.getString("law." + result.verdictLaw().id())),
                AllocationTables.verdictColumns(bundle), result.verdicts(),
                List.of(bundle.getString("verdict.note")), request);
    }

    private static <T> TablePanel table(String heading, List<Column<T>> columns, List<T> rows, List<String> notes,
                                        FigureContext request) {
        List<String> headers = columns.stream().map(c -> c.header(request.bundle())).toList();
        List<List<String>> cells = rows.stream()
                .map(row -> columns.stream().map(c -> c.text().apply(row)).toList())
                .toList();
        return new TablePanel(heading, headers, cells, notes, request.style());
    }
}
