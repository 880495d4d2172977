package org.scalingexplorer.ui.data;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.data.DataViewCharts.Panel;
import org.scalingexplorer.ui.data.DataViewModel.Run;

/**
 * The "Data" view: what repeating data is worth, the data-constrained optimum against the fresh-data
 * one, and quality against quantity. Charts in two tabs, sliders and the optimum table at the side.
 * Binds; computes nothing.
 */
public final class DataView extends BorderPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final DataViewModel viewModel;
    private final ResourceBundle bundle;
    private final DataViewCharts charts;
    private static final List<String> TABLE_ROWS = List.of("constrained", "fresh", "run");
    private static final List<String> TABLE_COLUMNS = List.of("params", "tokens", "epochs", "loss");

    private final GridPane optimumTable = new GridPane();
    private final java.util.Map<String, Label> tableCells = new java.util.HashMap<>();

    public DataView(DataViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new DataViewCharts(bundle, chartStyle.getValue());
        setId("data-view");

        Tab repetition = new Tab(bundle.getString("data.tab.repetition"),
                grid(Panel.EFFECTIVE_TOKENS, Panel.REPETITION_LOSS, Panel.OPTIMUM_VS_POOL, Panel.BANANA));
        repetition.setTooltip(new Tooltip(bundle.getString("data.tab.repetition.tooltip")));
        Tab quality = new Tab(bundle.getString("data.tab.quality"),
                grid(Panel.QUALITY_QUANTITY, Panel.OFFSET_LINES, Panel.MIXTURE, null));
        quality.setTooltip(new Tooltip(bundle.getString("data.tab.quality.tooltip")));
        TabPane tabs = new TabPane(repetition, quality);
        tabs.setId("data-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        ScrollPane side = new ScrollPane(controls());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);

        show();
        viewModel.chartsProperty().addListener((obs, old, now) -> show());
        // The run is published before the charts in one recompute, so the charts' change alone redraws both.
        chartStyle.addListener((obs, old, now) -> charts.setStyle(now));
    }

    /** The charts this view draws, for tests and exports. */
    public DataViewCharts charts() {
        return charts;
    }

    private void show() {
        charts.show(viewModel.charts(), viewModel.run());
        showOptimum(viewModel.charts(), viewModel.run());
    }

    /** Four cells in a 2 x 2 grid; a null cell holds the reading notes instead of a chart. */
    private GridPane grid(Panel topLeft, Panel topRight, Panel bottomLeft, Panel bottomRight) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(6);
        grid.setPadding(new Insets(6));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(row);
        }
        grid.add(cell(topLeft), 0, 0);
        grid.add(cell(topRight), 1, 0);
        grid.add(cell(bottomLeft), 0, 1);
        grid.add(cell(bottomRight), 1, 1);
        return grid;
    }

    private Node cell(Panel panel) {
        if (panel == null) {
            Label title = new Label(bundle.getString("data.explain.title"));
            title.getStyleClass().add("title-4");
            Label body = new Label(bundle.getString("data.explain.quality"));
            body.setWrapText(true);
            VBox box = new VBox(8, title, body);
            box.setPadding(new Insets(12));
            box.getStyleClass().add("explanation-card");
            return box;
        }
        ChartViewer viewer = new ChartViewer(charts.chart(panel), false);
        viewer.setId("chart-" + panel.id());
        viewer.setMinSize(200, 160);
        Tooltip.install(viewer, new Tooltip(bundle.getString("chart.data." + panel.id() + ".tooltip")));
        return viewer;
    }

    private VBox controls() {
        Label heading = new Label(bundle.getString("data.controls.heading"));
        heading.getStyleClass().add("title-3");

        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        int row = 0;
        for (DataQuantityModel quantity : viewModel.quantities()) {
            addRow(rows, row++, quantity);
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

        VBox box = new VBox(10, heading, rows, reset, tableHeading, optimumTable, note, source);
        box.setPadding(new Insets(12));
        box.setPrefWidth(360);
        box.setMinWidth(300);
        return box;
    }

    private void addRow(GridPane rows, int row, DataQuantityModel quantity) {
        String key = quantity.key();
        Label name = new Label(bundle.getString("data.quantity." + key));
        name.setMinWidth(54);

        Slider slider = new Slider(quantity.range().sliderMin(), quantity.range().sliderMax(),
                quantity.sliderPositionProperty().get());
        slider.setId("slider-" + key);
        slider.valueProperty().bindBidirectional(quantity.sliderPositionProperty());
        slider.setPrefWidth(140);
        GridPane.setHgrow(slider, Priority.ALWAYS);

        TextField field = new TextField(quantity.textProperty().get());
        field.setId("field-" + key);
        field.setPrefColumnCount(7);
        quantity.textProperty().addListener((obs, old, now) -> {
            if (!field.isFocused()) {
                field.setText(now);
            }
        });
        field.setOnAction(e -> {
            if (quantity.submit(field.getText())) {
                field.setText(quantity.textProperty().get());
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !quantity.submit(field.getText())) {
                field.setText(quantity.textProperty().get());
            }
        });
        quantity.invalidInputProperty().addListener((obs, old, invalid) -> field.pseudoClassStateChanged(DANGER, invalid));

        String rangeText = MessageFormat.format(bundle.getString("constants.range"),
                QuantityFormat.constant(quantity.range().min()), QuantityFormat.constant(quantity.range().max()),
                bundle.getString("constants.scale.log"));
        String tip = bundle.getString("data.quantity." + key + ".tooltip") + "\n" + rangeText;
        Tooltip.install(name, new Tooltip(tip));
        slider.setTooltip(new Tooltip(tip));
        field.setTooltip(new Tooltip(tip + "\n" + bundle.getString("data.field.hint")));
        rows.addRow(row, name, slider, field);
    }

    /** Header and rows of the table; the cells' texts change with the sliders, the cells stay. */
    private void buildOptimumTable() {
        List<String> headers = List.of("data.optimum.params", "data.optimum.tokens", "data.optimum.epochs",
                "data.optimum.loss");
        for (int column = 0; column < headers.size(); column++) {
            Label header = new Label(bundle.getString(headers.get(column)));
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

    private void showOptimum(DataCharts data, Run run) {
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
