package org.scalingexplorer.ui.allocation;

import org.scalingexplorer.ui.chart.DisplayConverter;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.compute.Accelerator;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.allocation.AllocationTables.Column;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Result;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Row;
import org.scalingexplorer.ui.allocation.AllocationViewModel.VerdictRow;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.control.NumberField;
import org.scalingexplorer.ui.scenario.LawConstantsPanel;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Allocation" view: a budget slider and field, hardware inputs and expected inference tokens;
 * the per-law table; N and D against C and the reference models on (C, N); and the reference models'
 * verdicts under the active law. Binds; computes nothing.
 */
public final class AllocationView extends ViewPane {

    private static final PseudoClass ACTIVE_LAW = PseudoClass.getPseudoClass("active-law");
    private static final double TABLE_HEADER_HEIGHT = 42;
    /** Room for the horizontal scroll bar a table gets when the window is narrower than its columns. */
    private static final double SCROLL_BAR = 16;
    private static final double CHART_HEIGHT = 360;
    /**
     * Column widths that keep law names, headers and verdicts whole in the 820 pixels the view has
     * beside the sliders at the default window size; a narrower or wider table scales them alike.
     */
    private static final java.util.Map<String, Double> COLUMN_WIDTHS = java.util.Map.ofEntries(
            java.util.Map.entry("allocation.col.law", 300.0),
            java.util.Map.entry("allocation.col.inference", 190.0),
            java.util.Map.entry("allocation.col.tokensPerParam", 54.0),
            java.util.Map.entry("allocation.col.gpuHours", 82.0),
            java.util.Map.entry("verdict.col.model", 120.0),
            java.util.Map.entry("verdict.col.flopsToMatch", 170.0),
            java.util.Map.entry("verdict.col.flops", 72.0),
            java.util.Map.entry("verdict.col.tokensPerParam", 54.0),
            java.util.Map.entry("verdict.col.size", 132.0),
            java.util.Map.entry("verdict.col.optimalLoss", 96.0));
    private static final double NUMBER_COLUMN_WIDTH = 64;

    private final AllocationViewModel viewModel;
    private final ResourceBundle bundle;
    private final AllocationCharts charts;
    private final TableView<Row> allocationTable = new TableView<>();
    private final TableView<VerdictRow> verdictTable = new TableView<>();
    private final Label ruleNote = new Label();
    private final Label verdictHeading = new Label();
    /** The spinners' object views of the view-model's doubles, kept so the bindings are not collected. */
    private final ObjectProperty<Double> mfuPercent;
    private final ObjectProperty<Double> price;

    public AllocationView(AllocationViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new AllocationCharts(bundle, chartStyle.getValue());
        this.mfuPercent = new javafx.beans.property.SimpleObjectProperty<>(100 * viewModel.mfuProperty().get());
        this.price = viewModel.usdPerGpuHourProperty().asObject();
        setId("allocation-view");

        allocationTable.setId("allocation-table");
        buildColumns(allocationTable, AllocationTables.allocationColumns(bundle));
        allocationTable.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ACTIVE_LAW, !empty && row != null && row.active());
            }
        });
        allocationTable.setFixedCellSize(26);
        // Every row visible without an inner scroll bar: rows plus AtlantaFX's taller header.
        allocationTable.setPrefHeight(26 * LawPreset.values().length + TABLE_HEADER_HEIGHT + SCROLL_BAR);
        allocationTable.setMinHeight(allocationTable.getPrefHeight());

        verdictTable.setId("verdict-table");
        buildColumns(verdictTable, AllocationTables.verdictColumns(bundle));
        verdictTable.setFixedCellSize(26);
        verdictTable.setPrefHeight(26 * viewModel.referenceModels().size() + TABLE_HEADER_HEIGHT + SCROLL_BAR);
        verdictTable.setMinHeight(verdictTable.getPrefHeight());

        ruleNote.setId("allocation-note");
        ruleNote.setWrapText(true);
        ruleNote.getStyleClass().add("text-muted");

        GridPane chartsGrid = new GridPane();
        chartsGrid.setHgap(6);
        chartsGrid.setVgap(6);
        chartsGrid.add(viewer(charts.frontiers(), "chart-allocation-frontiers"), 0, 0);
        chartsGrid.add(viewer(charts.references(), "chart-allocation-references"), 1, 0);
        ChartGrid.reflowByWidth(chartsGrid, CHART_HEIGHT);
        ChartGrid.refresh(chartsGrid);

        Label verdictNote = new Label(bundle.getString("verdict.note"));
        verdictNote.setWrapText(true);
        verdictNote.getStyleClass().add("text-muted");
        // One page that scrolls: the table, the charts and the verdicts do not fit one screen together,
        // and squeezing them leaves each unreadable.
        VBox centre = new VBox(6, controls(), allocationTable, ruleNote, chartsGrid, verdictBar(), verdictNote,
                verdictTable);
        centre.setPadding(new Insets(0, 6, 6, 6));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        LawConstantsPanel constants = new LawConstantsPanel(bundle, viewModel.scenario(), viewModel.constants(),
                viewModel.modifiedProperty(), viewModel::reset, lifetime());
        ScrollPane side = new ScrollPane(constants);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);

        lifetime().onChange(chartStyle, (old, now) -> charts.setStyle(now));
        lifetime().follow(viewModel.resultProperty(), this::show);
    }

    @Override
    public List<JFreeChart> charts() {
        return charts.all();
    }

    private FlowPane controls() {
        Slider budget = new Slider(AllocationViewModel.LOG10_FLOPS_MIN, AllocationViewModel.LOG10_FLOPS_MAX,
                viewModel.log10FlopsProperty().get());
        budget.setId("budget-slider");
        budget.setShowTickMarks(true);
        budget.setShowTickLabels(true);
        budget.setMajorTickUnit(3);
        budget.setMinorTickCount(2);
        budget.setBlockIncrement(0.1);
        budget.setPrefWidth(240);
        budget.setLabelFormatter(new DisplayConverter<>(log10 -> "1e" + Math.round(log10)));
        budget.valueProperty().bindBidirectional(viewModel.log10FlopsProperty());
        budget.setTooltip(new Tooltip(bundle.getString("allocation.budget.tooltip")));

        NumberField budgetField = new NumberField("budget-field",
                viewModel.flopsProperty().map(flops -> ReadableQuantity.scientific(flops.doubleValue())),
                viewModel::submitBudget, lifetime());
        budgetField.setPrefColumnCount(8);
        budgetField.setTooltip(new Tooltip(bundle.getString("allocation.budget.field.tooltip")));
        Label budgetLabel = new Label(bundle.getString("allocation.budget"));
        budgetLabel.setLabelFor(budget);
        HBox budgetBox = new HBox(8, budgetLabel, budget, budgetField, new Label("FLOPs"));
        budgetBox.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Accelerator> hardware = new ComboBox<>();
        hardware.setId("hardware");
        hardware.getItems().setAll(Accelerator.presets());
        hardware.setConverter(new DisplayConverter<>(accelerator -> accelerator.name()));
        hardware.valueProperty().bindBidirectional(viewModel.acceleratorProperty());
        hardware.setTooltip(new Tooltip(bundle.getString("allocation.hardware.tooltip")));
        Label hardwareLabel = new Label(bundle.getString("allocation.hardware"));
        hardwareLabel.setLabelFor(hardware);

        Spinner<Double> mfu = new Spinner<>();
        mfu.setId("mfu");
        mfu.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 100, mfuPercent.get(), 5));
        mfu.setEditable(true);
        mfu.setPrefWidth(90);
        mfu.getValueFactory().valueProperty().bindBidirectional(mfuPercent);
        mfuPercent.addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.mfuProperty().set(now / 100);
            }
        });
        lifetime().onChange(viewModel.mfuProperty(), (old, now) -> {
            // Percent and fraction round-trip with a rounding error; only a real change is passed on.
            if (mfuPercent.get() == null || Math.abs(mfuPercent.get() - 100 * now.doubleValue()) > 1e-9) {
                mfuPercent.set(100 * now.doubleValue());
            }
        });
        mfu.setTooltip(new Tooltip(bundle.getString("allocation.mfu.tooltip")));
        Label mfuLabel = new Label(bundle.getString("allocation.mfu"));
        mfuLabel.setLabelFor(mfu);

        Spinner<Double> priceSpinner = new Spinner<>();
        priceSpinner.setId("price");
        priceSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, price.get(), 0.25));
        priceSpinner.setEditable(true);
        priceSpinner.setPrefWidth(90);
        priceSpinner.getValueFactory().valueProperty().bindBidirectional(price);
        priceSpinner.setTooltip(new Tooltip(bundle.getString("allocation.price.tooltip")));
        Label priceLabel = new Label(bundle.getString("allocation.price"));
        priceLabel.setLabelFor(priceSpinner);
        HBox hardwareBox = new HBox(8, hardwareLabel, hardware, mfuLabel, mfu, priceLabel, priceSpinner);
        hardwareBox.setAlignment(Pos.CENTER_LEFT);

        ComboBox<OptimumRule> rule = new ComboBox<>();
        rule.setId("optimum-rule");
        rule.getItems().setAll(OptimumRule.values());
        rule.setConverter(new DisplayConverter<>(value -> bundle.getString("allocation.rule." + value.name())));
        rule.valueProperty().bindBidirectional(viewModel.ruleProperty());
        rule.setTooltip(new Tooltip(bundle.getString("allocation.rule.tooltip")));
        Label ruleLabel = new Label(bundle.getString("allocation.rule"));
        ruleLabel.setLabelFor(rule);

        NumberField inference = new NumberField("inference-tokens", viewModel.inferenceTokensProperty().map(
                tokens -> tokens.doubleValue() > 0 ? ReadableQuantity.scientific(tokens.doubleValue()) : ""),
                viewModel::submitInferenceTokens, lifetime());
        inference.setPromptText("0");
        inference.setTooltip(new Tooltip(bundle.getString("allocation.inference.tooltip")));
        Label inferenceLabel = new Label(bundle.getString("allocation.inference"));
        inferenceLabel.setLabelFor(inference);
        HBox ruleBox = new HBox(8, ruleLabel, rule, inferenceLabel, inference);
        ruleBox.setAlignment(Pos.CENTER_LEFT);

        FlowPane bar = new FlowPane(18, 6, budgetBox, hardwareBox, ruleBox);
        bar.setPadding(new Insets(8, 4, 2, 4));
        return bar;
    }

    private FlowPane verdictBar() {
        verdictHeading.getStyleClass().add("title-4");
        ComboBox<LawPreset> law = new ComboBox<>();
        law.setId("verdict-law");
        law.getItems().setAll(LawPreset.values());
        law.setConverter(new DisplayConverter<>(preset -> bundle.getString("law." + preset.id())));
        // The verdicts judge under the active law: choosing here is choosing in the toolbar.
        law.valueProperty().bindBidirectional(viewModel.scenario().activePresetProperty());
        law.setTooltip(new Tooltip(bundle.getString("verdict.law.tooltip")));
        Label lawLabel = new Label(bundle.getString("verdict.law"));
        lawLabel.setLabelFor(law);
        verdictHeading.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        law.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        lawLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Wraps to a second line where heading, label and chooser do not fit one.
        FlowPane bar = new FlowPane(12, 6, verdictHeading, lawLabel, law);
        bar.setPadding(new Insets(8, 0, 0, 0));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private <T> void buildColumns(TableView<T> table, List<Column<T>> columns) {
        for (Column<T> column : columns) {
            TableColumn<T, String> tableColumn = new TableColumn<>();
            // Never narrower than designed: a narrow window scrolls the table rather than cutting law names.
            Label header = org.scalingexplorer.ui.control.HeaderWidth.follow(tableColumn, column.header(bundle),
                    COLUMN_WIDTHS.getOrDefault(column.key(), NUMBER_COLUMN_WIDTH));
            header.setTooltip(new Tooltip(column.tooltip(bundle)));
            tableColumn.setId("col-" + column.key().substring(column.key().lastIndexOf('.') + 1));
            tableColumn.setSortable(false);
            tableColumn.setReorderable(false);
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(column.text().apply(cell.getValue())));
            if (!table.getColumns().isEmpty()) {
                tableColumn.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            // A narrow window cuts long cells short; the tooltip still shows them whole.
            tableColumn.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String text, boolean empty) {
                    super.updateItem(text, empty);
                    setText(empty ? null : text);
                    setTooltip(empty || text == null ? null : new Tooltip(text));
                }
            });
            table.getColumns().add(tableColumn);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private void show(Result result) {
        charts.show(result, viewModel.referenceModels());
        allocationTable.getItems().setAll(result.rows());
        // The inference column says nothing until inference tokens are typed: give its width to the rest.
        allocationTable.getColumns().get(allocationTable.getColumns().size() - 1)
                .setVisible(result.inferenceTokens() > 0);
        verdictTable.getItems().setAll(result.verdicts());
        String note = bundle.getString(result.rule() == OptimumRule.PUBLISHED_RULE
                ? "allocation.rule.published.note" : "allocation.rule.minimum.note");
        if (result.inferenceTokens() > 0) {
            note = MessageFormat.format(bundle.getString("allocation.inference.note"),
                    ReadableQuantity.count(result.inferenceTokens()));
        }
        ruleNote.setText(note);
        verdictHeading.setText(MessageFormat.format(bundle.getString("verdict.heading"),
                bundle.getString("law." + result.verdictLaw().id())));
    }

    private ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = ChartGrid.viewer(chart, id, bundle);
        viewer.setMinSize(200, 220);
        return viewer;
    }
}
