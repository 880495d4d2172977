package org.scalingexplorer.ui.data;

import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.QuantityModel;
import org.scalingexplorer.ui.control.QuantityRow;
import org.scalingexplorer.ui.data.DataViewModel.Run;

/**
 * The side panel of the Data view's repetition tab: the sliders of the pool, epochs, N and C, Reset,
 * and the table of the data-constrained optimum, the fresh-data optimum and the user's run.
 */
final class DataRepetitionControls extends VBox {
    private static final List<String> TABLE_ROWS = List.of("constrained", "fresh", "run");
    private static final List<String> TABLE_COLUMNS = List.of("params", "tokens", "epochs", "loss");

    private final ResourceBundle bundle;
    private final GridPane optimumTable = new GridPane();
    private final Map<String, Label> tableCells = new java.util.HashMap<>();

    DataRepetitionControls(DataViewModel viewModel, ResourceBundle bundle, Lifetime lifetime) {
        this.bundle = bundle;
        Label heading = new Label(bundle.getString("data.controls.heading"));
        heading.getStyleClass().add("title-3");

        GridPane rows = QuantityRow.grid();
        int row = 0;
        for (QuantityModel quantity : viewModel.quantities()) {
            String key = quantity.key();
            QuantityRow.add(rows, row++, quantity, bundle.getString("data.quantity." + key),
                    bundle.getString("data.quantity." + key + ".tooltip"), bundle.getString("data.field.hint"),
                    bundle, lifetime);
        }

        Button reset = new Button(bundle.getString("constants.reset"), new FontIcon("mdi2u-undo-variant"));
        reset.setId("reset-data");
        reset.setTooltip(new Tooltip(bundle.getString("data.reset.tooltip")));
        reset.disableProperty().bind(Bindings.not(viewModel.modifiedProperty()));
        reset.setOnAction(e -> viewModel.reset());

        Label tableHeading = new Label(bundle.getString("data.optimum.heading"));
        tableHeading.getStyleClass().add("title-4");
        optimumTable.setId("optimum-table");
        optimumTable.setHgap(10);
        optimumTable.setVgap(4);
        Tooltip.install(optimumTable, new Tooltip(bundle.getString("data.optimum.tooltip")));
        buildOptimumTable();

        Label note = new Label(bundle.getString("data.optimum.note"));
        note.setId("optimum-note");
        note.setWrapText(true);
        note.getStyleClass().add("text-small");

        Label source = new Label(bundle.getString("data.source"));
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");

        getChildren().addAll(heading, rows, reset, tableHeading, optimumTable, note, source);
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(360);
        setMinWidth(300);
    }

    /** Header and rows of the table; the cells' texts change with the sliders, the cells stay. */
    private void buildOptimumTable() {
        for (int column = 0; column < TABLE_COLUMNS.size(); column++) {
            Label header = new Label(bundle.getString("data.optimum." + TABLE_COLUMNS.get(column)));
            header.getStyleClass().add("text-bold");
            optimumTable.add(header, column + 1, 0);
        }
        int row = 1;
        for (String id : TABLE_ROWS) {
            Label name = new Label(bundle.getString("data.optimum.row." + id));
            name.setTooltip(new Tooltip(bundle.getString("data.optimum.row." + id + ".tooltip")));
            optimumTable.add(name, 0, row);
            for (int column = 0; column < TABLE_COLUMNS.size(); column++) {
                Label value = new Label();
                value.setId("optimum-" + id + "-" + TABLE_COLUMNS.get(column));
                optimumTable.add(value, column + 1, row);
                tableCells.put(value.getId(), value);
            }
            row++;
        }
    }

    void show(DataCharts data, Run run) {
        DataConstrainedAllocation constrained = data.optimum();
        Allocation fresh = data.freshOptimum();
        showTableRow("constrained", constrained.params(), constrained.tokens(), constrained.epochs(),
                constrained.loss());
        // The fresh optimum reads its tokens as passes over a pool of the same size, to compare epochs.
        showTableRow("fresh", fresh.params(), fresh.tokens(), fresh.tokens() / constrained.uniqueTokens(),
                fresh.loss());
        showTableRow("run", run.params(), run.tokens(), run.epochs(), run.loss());
    }

    private void showTableRow(String id, double params, double tokens, double epochs, double loss) {
        tableCells.get("optimum-" + id + "-params").setText(QuantityFormat.count(params));
        tableCells.get("optimum-" + id + "-tokens").setText(QuantityFormat.count(tokens));
        tableCells.get("optimum-" + id + "-epochs").setText(QuantityFormat.count(epochs));
        tableCells.get("optimum-" + id + "-loss").setText(QuantityFormat.loss(loss));
    }
}
