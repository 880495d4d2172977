package org.scalingexplorer.ui.data;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.DataConstrainedAllocation;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.engine.repetition.DataPool;
import org.scalingexplorer.engine.repetition.MixtureOffset;
import org.scalingexplorer.engine.repetition.PoolCrossing;
import org.scalingexplorer.engine.repetition.QualityQuantityCurves;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.data.DataViewCharts.Panel;
import org.scalingexplorer.ui.data.DataViewModel.PoolField;
import org.scalingexplorer.ui.data.DataViewModel.PoolInputError;
import org.scalingexplorer.ui.data.DataViewModel.Run;
import org.scalingexplorer.ui.scenario.ConstantRange;

/**
 * The "Data" view: what repeating data is worth, the data-constrained optimum against the fresh-data
 * one, and quality against quantity. Charts in two tabs; at the side, the controls of the tab shown:
 * the scenario sliders and optimum table, or the pool table, test-set offsets and mixture weight.
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

    private static final List<PoolField> POOL_FIELDS =
            List.of(PoolField.NAME, PoolField.UNIQUE_TOKENS, PoolField.QUALITY_OFFSET);
    private final GridPane poolTable = new GridPane();
    /** The text fields of each pool row, in the order of {@link #POOL_FIELDS}; rebuilt when the row count changes. */
    private final List<List<TextField>> poolFields = new ArrayList<>();
    private final Label poolError = new Label();
    private final Label poolCrossings = new Label();
    private final Label mixtureReadout = new Label();

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

        VBox repetitionControls = controls();
        VBox qualityControls = qualityControls();
        ScrollPane side = new ScrollPane(repetitionControls);
        side.setId("data-side");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                side.setContent(now == quality ? qualityControls : repetitionControls));

        show();
        viewModel.chartsProperty().addListener((obs, old, now) -> show());
        viewModel.poolErrorProperty().addListener((obs, old, now) -> showPoolError(now));
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
        showPools(viewModel.pools());
        showCrossings(viewModel.charts().qualityQuantity());
        showMixture(viewModel.charts().mixture());
    }

    /** Four cells in a 2 x 2 grid; a null cell holds the reading notes instead of a chart. */
    private GridPane grid(Panel topLeft, Panel topRight, Panel bottomLeft, Panel bottomRight) {
        GridPane grid = new GridPane();
        ChartGrid.shapeTwoByTwo(grid);
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
            String key = quantity.key();
            addRow(rows, row++, quantity, bundle.getString("data.quantity." + key),
                    bundle.getString("data.quantity." + key + ".tooltip"));
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

    private void addRow(GridPane rows, int row, DataQuantityModel quantity, String label, String description) {
        String key = quantity.key();
        Label name = new Label(label);
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
                bundle.getString(quantity.range().logScale() ? "constants.scale.log" : "constants.scale.linear"));
        String tip = description + "\n" + rangeText;
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

    /** The side panel of the quality tab: the pool table, one offset slider per test set, the mixture weight. */
    private VBox qualityControls() {
        Label heading = new Label(bundle.getString("data.quality.heading"));
        heading.getStyleClass().add("title-3");

        Label poolsHeading = new Label(bundle.getString("data.pools.heading"));
        poolsHeading.getStyleClass().add("title-4");
        poolsHeading.setTooltip(new Tooltip(bundle.getString("data.pools.tooltip")));
        poolTable.setId("pool-table");
        poolTable.setHgap(6);
        poolTable.setVgap(4);

        Button addPool = new Button(bundle.getString("data.pools.add"), new FontIcon("mdi2p-plus"));
        addPool.setId("add-pool");
        addPool.setTooltip(new Tooltip(MessageFormat.format(bundle.getString("data.pools.add.tooltip"),
                DataViewModel.MAX_POOLS)));
        addPool.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.pools().size() >= DataViewModel.MAX_POOLS, viewModel.poolsProperty()));
        addPool.setOnAction(e -> viewModel.addPool(
                n -> MessageFormat.format(bundle.getString("data.pools.newName"), n)));

        poolError.setId("pool-error");
        poolError.setWrapText(true);
        poolError.getStyleClass().add("danger");
        poolError.managedProperty().bind(poolError.visibleProperty());
        poolError.setVisible(false);

        poolCrossings.setId("pool-crossings");
        poolCrossings.setWrapText(true);
        poolCrossings.getStyleClass().add("text-small");
        poolCrossings.setTooltip(new Tooltip(bundle.getString("data.pools.crossings.tooltip")));

        Label offsetsHeading = new Label(bundle.getString("data.offsets.heading"));
        offsetsHeading.getStyleClass().add("title-4");
        GridPane offsetRows = new GridPane();
        offsetRows.setHgap(8);
        offsetRows.setVgap(6);
        List<DataQuantityModel> offsets = viewModel.testSetOffsets();
        for (int k = 0; k < offsets.size(); k++) {
            String name = DataViewCharts.testSetName(bundle, viewModel.testDistributions().get(k).name());
            addRow(offsetRows, k, offsets.get(k), name,
                    MessageFormat.format(bundle.getString("data.offsets.tooltip"), name));
        }

        Label mixtureHeading = new Label(bundle.getString("data.mixture.heading"));
        mixtureHeading.getStyleClass().add("title-4");
        GridPane mixtureRows = new GridPane();
        mixtureRows.setHgap(8);
        mixtureRows.setVgap(6);
        addRow(mixtureRows, 0, viewModel.mixtureWeight(), bundle.getString("data.mixture.weight"),
                bundle.getString("data.mixture.weight.tooltip"));
        mixtureReadout.setId("mixture-readout");
        mixtureReadout.setWrapText(true);
        mixtureReadout.setTooltip(new Tooltip(bundle.getString("data.mixture.readout.tooltip")));

        Button reset = new Button(bundle.getString("constants.reset"), new FontIcon("mdi2u-undo-variant"));
        reset.setId("reset-data-quality");
        reset.setTooltip(new Tooltip(bundle.getString("data.reset.quality.tooltip")));
        reset.disableProperty().bind(Bindings.not(viewModel.modifiedProperty()));
        reset.setOnAction(e -> viewModel.reset());

        Label source = new Label(bundle.getString("data.source"));
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");

        VBox box = new VBox(10, heading, poolsHeading, poolTable, addPool, poolError, poolCrossings,
                offsetsHeading, offsetRows, mixtureHeading, mixtureRows, mixtureReadout, reset, source);
        box.setPadding(new Insets(12));
        box.setPrefWidth(380);
        box.setMinWidth(320);
        return box;
    }

    /** Fills the pool table; its rows are rebuilt only when a pool is added or removed, so a field keeps focus. */
    private void showPools(List<DataPool> pools) {
        if (pools.size() != poolFields.size()) {
            buildPoolRows(pools.size());
        }
        for (int row = 0; row < pools.size(); row++) {
            for (int column = 0; column < POOL_FIELDS.size(); column++) {
                TextField field = poolFields.get(row).get(column);
                field.setText(poolText(pools.get(row), POOL_FIELDS.get(column)));
            }
        }
    }

    private void buildPoolRows(int count) {
        poolTable.getChildren().clear();
        poolFields.clear();
        for (int column = 0; column < POOL_FIELDS.size(); column++) {
            Label header = new Label(bundle.getString(columnKey(POOL_FIELDS.get(column))));
            header.getStyleClass().add("text-bold");
            header.setTooltip(new Tooltip(columnTooltip(POOL_FIELDS.get(column))));
            poolTable.add(header, column, 0);
        }
        for (int row = 0; row < count; row++) {
            List<TextField> fields = new ArrayList<>();
            for (int column = 0; column < POOL_FIELDS.size(); column++) {
                PoolField which = POOL_FIELDS.get(column);
                TextField field = new TextField();
                field.setId("pool-" + (row + 1) + "-" + fieldId(which));
                field.setPrefColumnCount(which == PoolField.NAME ? 9 : 6);
                field.setTooltip(new Tooltip(columnTooltip(which) + "\n" + bundle.getString("data.field.hint")));
                int poolRow = row;
                field.setOnAction(e -> commitPoolField(field, poolRow, which));
                field.focusedProperty().addListener((obs, was, focused) -> {
                    // A field of a row that was just rebuilt away must not write into the pool now at its index.
                    boolean current = poolFields.stream().anyMatch(rowFields -> rowFields.contains(field));
                    if (!focused && current && !commitPoolField(field, poolRow, which)) {
                        // Leaving a refused cell shows the pool's value again; the message stays until the next edit.
                        field.setText(poolText(viewModel.pools().get(poolRow), which));
                    }
                });
                poolTable.add(field, column, row + 1);
                fields.add(field);
            }
            Button remove = new Button(null, new FontIcon("mdi2m-minus-circle-outline"));
            remove.setId("remove-pool-" + (row + 1));
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip(bundle.getString("data.pools.remove.tooltip")));
            remove.setDisable(count <= DataViewModel.MIN_POOLS);
            int poolRow = row;
            remove.setOnAction(e -> viewModel.removePool(poolRow));
            poolTable.add(remove, POOL_FIELDS.size(), row + 1);
            poolFields.add(fields);
        }
    }

    /**
     * Hands a cell's text to the view-model unless it still shows the pool's value: an illustrative
     * pool's name is shown translated, and leaving it unedited must not rename the pool.
     */
    private boolean commitPoolField(TextField field, int row, PoolField which) {
        if (field.getText().equals(poolText(viewModel.pools().get(row), which))) {
            return true;
        }
        return viewModel.editPool(row, which, field.getText());
    }

    private String poolText(DataPool pool, PoolField which) {
        return switch (which) {
            case NAME -> DataViewCharts.poolName(bundle, pool.name());
            case UNIQUE_TOKENS -> QuantityFormat.constant(pool.uniqueTokens());
            case QUALITY_OFFSET -> QuantityFormat.constant(pool.qualityOffset());
        };
    }

    private static String fieldId(PoolField which) {
        return switch (which) {
            case NAME -> "name";
            case UNIQUE_TOKENS -> "uniqueTokens";
            case QUALITY_OFFSET -> "qualityOffset";
        };
    }

    private static String columnKey(PoolField which) {
        return "data.pools.column." + fieldId(which);
    }

    private String columnTooltip(PoolField which) {
        ConstantRange range = rangeOf(which);
        return range == null ? bundle.getString(columnKey(which) + ".tooltip")
                : MessageFormat.format(bundle.getString(columnKey(which) + ".tooltip"),
                        QuantityFormat.constant(range.min()), QuantityFormat.constant(range.max()));
    }

    private static ConstantRange rangeOf(PoolField which) {
        return switch (which) {
            case NAME -> null;
            case UNIQUE_TOKENS -> DataViewModel.POOL_TOKENS_RANGE;
            case QUALITY_OFFSET -> DataViewModel.POOL_QUALITY_RANGE;
        };
    }

    /** The refusal names the row (counting from 1) and the column, and marks the cell. */
    private void showPoolError(PoolInputError error) {
        for (int row = 0; row < poolFields.size(); row++) {
            for (int column = 0; column < POOL_FIELDS.size(); column++) {
                poolFields.get(row).get(column).pseudoClassStateChanged(DANGER,
                        error != null && error.row() == row && error.field() == POOL_FIELDS.get(column));
            }
        }
        if (error == null) {
            poolError.setVisible(false);
            poolError.setText("");
            return;
        }
        ConstantRange range = rangeOf(error.field());
        String problem = range == null
                ? bundle.getString("data.pools.problem." + error.problem().name())
                : MessageFormat.format(bundle.getString("data.pools.problem." + error.problem().name()),
                        QuantityFormat.constant(range.min()), QuantityFormat.constant(range.max()));
        poolError.setText(MessageFormat.format(bundle.getString("data.pools.error"), error.row() + 1,
                bundle.getString(columnKey(error.field())), error.typed(), problem));
        poolError.setVisible(true);
    }

    private void showCrossings(QualityQuantityCurves curves) {
        List<String> lines = new ArrayList<>();
        for (PoolCrossing crossing : curves.crossings()) {
            lines.add(MessageFormat.format(bundle.getString("data.pools.crossing"),
                    DataViewCharts.poolName(bundle, crossing.betterBelow().name()),
                    DataViewCharts.poolName(bundle, crossing.betterAbove().name()),
                    QuantityFormat.count(crossing.flops())));
        }
        if (lines.isEmpty()) {
            double[] flops = curves.flops();
            lines.add(MessageFormat.format(bundle.getString("data.pools.noCrossing"),
                    QuantityFormat.count(flops[0]), QuantityFormat.count(flops[flops.length - 1])));
        }
        poolCrossings.setText(String.join("\n", lines));
    }

    private void showMixture(MixtureOffset.MixtureCurve mixture) {
        mixtureReadout.setText(MessageFormat.format(bundle.getString("data.mixture.readout"),
                String.format(Locale.ROOT, "%.2f", mixture.chosenWeight()),
                String.format(Locale.ROOT, "%+.4f", mixture.chosenOffset()),
                String.format(Locale.ROOT, "%.2f", mixture.bestWeight()),
                String.format(Locale.ROOT, "%+.4f", mixture.bestOffset())));
    }
}
