package org.scalingexplorer.ui.allocation;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Row;
import org.scalingexplorer.ui.allocation.AllocationViewModel.VerdictRow;
import org.scalingexplorer.ui.chart.ReadableQuantity;

/**
 * The text of the allocation and verdict tables, column by column, shared by the window's TableViews
 * and the rendered figure so both read the same. Formats numbers; computes nothing.
 */
public final class AllocationTables {

    /** A column: its header key in the bundle and how a row reads in it. */
    public record Column<T>(String key, Function<T, String> text) {
        public String header(ResourceBundle bundle) {
            return bundle.getString(key);
        }

        public String tooltip(ResourceBundle bundle) {
            return bundle.getString(key + ".tooltip");
        }
    }

    private AllocationTables() {
    }

    public static List<Column<Row>> allocationColumns(ResourceBundle bundle) {
        return List.of(
                new Column<>("allocation.col.law", row -> bundle.getString("law." + row.preset().id())),
                new Column<>("allocation.col.params", row -> ReadableQuantity.count(row.params())),
                new Column<>("allocation.col.tokens", row -> ReadableQuantity.count(row.tokens())),
                new Column<>("allocation.col.tokensPerParam", row -> ReadableQuantity.plain(row.tokensPerParam())),
                new Column<>("allocation.col.loss", row -> ReadableQuantity.loss(row.loss())),
                new Column<>("allocation.col.gpuHours", row -> ReadableQuantity.count(row.gpuHours())),
                new Column<>("allocation.col.cost", row -> ReadableQuantity.usd(row.costUsd())),
                new Column<>("allocation.col.batch", row -> ReadableQuantity.count(row.criticalBatchTokens())),
                new Column<>("allocation.col.steps", row -> ReadableQuantity.count(row.steps())),
                new Column<>("allocation.col.inference", row -> row.inference()
                        .map(shift -> MessageFormat.format(bundle.getString("allocation.inference.shift"),
                                ReadableQuantity.times(shift.paramsRatio(row)),
                                ReadableQuantity.times(shift.tokensRatio(row)),
                                ReadableQuantity.plain(100 * shift.lifetimeSaving())))
                        .orElse(bundle.getString("allocation.inference.none"))));
    }

    public static List<Column<VerdictRow>> verdictColumns(ResourceBundle bundle) {
        return List.of(
                new Column<>("verdict.col.model", row -> row.model().name()),
                new Column<>("verdict.col.params", row -> ReadableQuantity.count(row.model().params())),
                new Column<>("verdict.col.tokens", row -> ReadableQuantity.count(row.model().tokens())),
                new Column<>("verdict.col.flops", row -> ReadableQuantity.scientific(row.model().flops())),
                new Column<>("verdict.col.tokensPerParam", row -> ReadableQuantity.plain(row.model().tokensPerParam())),
                new Column<>("verdict.col.size", row -> row.verdict().map(v -> MessageFormat.format(
                        bundle.getString(v.oversized() ? "verdict.oversized" : "verdict.undersized"),
                        ReadableQuantity.times(v.oversized() ? v.sizeRatio() : 1 / v.sizeRatio())))
                        .orElse(bundle.getString("verdict.outOfRange"))),
                new Column<>("verdict.col.loss", row -> row.verdict().map(v -> ReadableQuantity.loss(v.loss()))
                        .orElse("\u2014")),
                new Column<>("verdict.col.optimalLoss", row -> row.verdict()
                        .map(v -> ReadableQuantity.loss(v.computeOptimalLoss())).orElse("\u2014")),
                new Column<>("verdict.col.flopsToMatch", row -> row.verdict()
                        .map(v -> MessageFormat.format(bundle.getString("verdict.flopsToMatch"),
                                ReadableQuantity.scientific(v.flopsToMatchLoss()),
                                ReadableQuantity.times(v.computeOverspend())))
                        .orElse("\u2014")));
    }
}
