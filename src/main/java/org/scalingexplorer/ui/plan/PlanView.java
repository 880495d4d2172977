package org.scalingexplorer.ui.plan;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.plan.NoiseModel;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.NumberField;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Plan" view: the design of a virtual scaling study at the side, the recovered against the true
 * compute-optimal line and the table of estimates in the middle, transformer shapes below. Binds;
 * computes nothing.
 */
public final class PlanView extends ViewPane {

    private final PlanViewModel viewModel;
    private final ResourceBundle bundle;
    private final PlanCharts charts;
    private final GridPane resultTable = new GridPane();
    private final GridPane comparisonTable = new GridPane();
    private final Label comparisonCaption = new Label();
    private final Label comparisonVerdict = new Label();

    public PlanView(PlanViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new PlanCharts(bundle, chartStyle.getValue());
        setId("plan-view");

        ChartViewer viewer = ChartGrid.viewer(charts.chart(), "chart-plan", bundle);
        viewer.setMinSize(260, 220);
        Tooltip.install(viewer, new Tooltip(bundle.getString("plan.chart.tooltip")));
        resultTable.setId("plan-results");
        resultTable.setHgap(14);
        resultTable.setVgap(3);
        // Before the first study the chart has nothing to draw: say what will appear there.
        Label beforeFirstStudy = new Label(bundle.getString("plan.chart.empty"));
        beforeFirstStudy.setId("plan-chart-empty");
        beforeFirstStudy.setWrapText(true);
        beforeFirstStudy.setMaxWidth(420);
        beforeFirstStudy.getStyleClass().addAll("explanation-card", "text-muted");
        beforeFirstStudy.setPadding(new Insets(12));
        beforeFirstStudy.visibleProperty().bind(viewModel.resultProperty().isNull());
        javafx.scene.layout.StackPane chartPane = new javafx.scene.layout.StackPane(viewer, beforeFirstStudy);
        VBox centre = new VBox(8, chartPane, resultTable, comparisonSection(), shapesSection());
        centre.setPadding(new Insets(6));
        // Scrolls: the comparison and the shapes below the chart do not fit a short window. The chart
        // takes about half of the visible height so it still grows with the window.
        ScrollPane centreScroll = new ScrollPane(centre);
        centreScroll.setFitToWidth(true);
        centreScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        viewer.prefHeightProperty().bind(centreScroll.heightProperty().multiply(0.5));
        viewer.visibleProperty().bind(viewModel.resultProperty().isNotNull());
        setCenter(centreScroll);

        ScrollPane side = new ScrollPane(controls());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);

        lifetime().onChange(chartStyle, (old, now) -> charts.setStyle(now));
        lifetime().follow(viewModel.resultProperty(), this::show);
        lifetime().follow(viewModel.comparisonProperty(), this::showComparison);
    }

    @Override
    public List<JFreeChart> charts() {
        return charts.all();
    }

    private VBox controls() {
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        // Names keep room for a whole English word: squeezed by the fields at 1280x800 they were ~55 px
        // wide and broke mid-word ("Smalles / t budget C").
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(110);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().setAll(names, inputs);
        int row = 0;

        ComboBox<LawPreset> law = new ComboBox<>();
        law.setId("plan-law");
        law.getItems().setAll(PlanViewModel.TRUE_LAWS);
        law.valueProperty().bindBidirectional(viewModel.lawProperty());
        law.setCellFactory(named((LawPreset p) -> bundle.getString("law." + p.id())));
        law.setButtonCell(named((LawPreset p) -> bundle.getString("law." + p.id())).call(null));
        law.setMinWidth(Region.USE_PREF_SIZE);
        addRow(rows, row++, "plan.law", law);

        addRow(rows, row++, "plan.smallestBudget", field("smallest-budget",
                count(viewModel.smallestBudgetProperty()), viewModel::submitSmallestBudget));
        addRow(rows, row++, "plan.largestBudget", field("largest-budget",
                count(viewModel.largestBudgetProperty()), viewModel::submitLargestBudget));
        addRow(rows, row++, "plan.budgetCount", field("budget-count",
                whole(viewModel.budgetCountProperty()), viewModel::submitBudgetCount));
        addRow(rows, row++, "plan.perBudget", field("per-budget",
                whole(viewModel.perBudgetProperty()), viewModel::submitPerBudget));

        ComboBox<NoiseModel> noiseModel = new ComboBox<>();
        noiseModel.setId("plan-noise-model");
        noiseModel.getItems().setAll(NoiseModel.values());
        noiseModel.valueProperty().bindBidirectional(viewModel.noiseModelProperty());
        noiseModel.setCellFactory(named((NoiseModel m) -> bundle.getString("plan.noiseModel." + m.id())));
        noiseModel.setButtonCell(named((NoiseModel m) -> bundle.getString("plan.noiseModel." + m.id())).call(null));
        addRow(rows, row++, "plan.noiseModel", noiseModel);
        addRow(rows, row++, "plan.noise", field("noise", constant(viewModel.noiseProperty()),
                viewModel::submitNoise));

        ComboBox<String> objective = new ComboBox<>();
        objective.setId("plan-objective");
        objective.getItems().setAll(PlanViewModel.OBJECTIVES);
        objective.valueProperty().bindBidirectional(viewModel.objectiveProperty());
        objective.setCellFactory(named((String id) -> bundle.getString("plan.objective." + id)));
        objective.setButtonCell(named((String id) -> bundle.getString("plan.objective." + id)).call(null));
        objective.setMinWidth(Region.USE_PREF_SIZE);
        addRow(rows, row++, "plan.objective", objective);
        addRow(rows, row++, "plan.lambda", field("lambda", constant(viewModel.lambdaProperty()),
                viewModel::submitLambda));
        addRow(rows, row++, "plan.target", field("target", count(viewModel.targetFlopsProperty()),
                viewModel::submitTargetFlops));
        addRow(rows, row++, "plan.seed", field("seed", whole(viewModel.seedProperty()), viewModel::submitSeed));
        addRow(rows, row++, "plan.repetitions", field("repetitions", whole(viewModel.repetitionsProperty()),
                viewModel::submitRepetitions));

        Button run = new Button(bundle.getString("plan.run"));
        run.setId("plan-run");
        run.setDefaultButton(true);
        run.setTooltip(new Tooltip(bundle.getString("plan.run.tooltip")));
        run.setOnAction(e -> viewModel.run());
        Button cancel = new Button(bundle.getString("plan.cancel"));
        cancel.setId("plan-cancel");
        cancel.setTooltip(new Tooltip(bundle.getString("plan.cancel.tooltip")));
        cancel.disableProperty().bind(viewModel.runningProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("plan-progress");
        progress.setTooltip(new Tooltip(bundle.getString("plan.progress.tooltip")));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());

        Label status = new Label();
        status.setId("plan-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!viewModel.problemProperty().get().isEmpty()) {
                return viewModel.problemProperty().get();
            }
            if (viewModel.cancelledProperty().get()) {
                return bundle.getString("plan.cancelled");
            }
            return viewModel.result() == null ? bundle.getString("plan.results.none") : "";
        }, viewModel.problemProperty(), viewModel.cancelledProperty(), viewModel.resultProperty()));

        Label heading = new Label(bundle.getString("plan.controls.heading"));
        heading.getStyleClass().add("title-4");
        Label note = new Label(bundle.getString("plan.note"));
        note.setWrapText(true);
        VBox box = new VBox(10, heading, rows, new HBox(8, run, cancel), progress, status, comparisonControls(), note);
        box.setPadding(new Insets(12));
        box.setPrefWidth(400);
        return box;
    }

    /** Compare and cancel, progress and a status line that also says why a lambda below 1 is refused. */
    private VBox comparisonControls() {
        Button compare = new Button(bundle.getString("plan.compare.run"));
        compare.setId("plan-compare");
        compare.setTooltip(new Tooltip(bundle.getString("plan.compare.run.tooltip")));
        compare.setOnAction(e -> viewModel.runComparison());
        Button cancel = new Button(bundle.getString("plan.compare.cancel"));
        cancel.setId("plan-compare-cancel");
        cancel.setTooltip(new Tooltip(bundle.getString("plan.compare.cancel.tooltip")));
        cancel.disableProperty().bind(viewModel.comparisonRunningProperty().not());
        cancel.setOnAction(e -> viewModel.cancelComparison());
        ProgressBar progress = new ProgressBar();
        progress.setId("plan-compare-progress");
        progress.setTooltip(new Tooltip(bundle.getString("plan.compare.progress.tooltip")));
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.comparisonProgressProperty());
        progress.visibleProperty().bind(viewModel.comparisonRunningProperty());

        Label status = new Label();
        status.setId("plan-compare-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!viewModel.lambdaAcceptedProperty().get()) {
                return bundle.getString("plan.compare.lambdaRefused");
            }
            if (!viewModel.comparisonProblemProperty().get().isEmpty()) {
                return viewModel.comparisonProblemProperty().get();
            }
            return viewModel.comparisonCancelledProperty().get() ? bundle.getString("plan.compare.cancelled") : "";
        }, viewModel.lambdaAcceptedProperty(), viewModel.comparisonProblemProperty(),
                viewModel.comparisonCancelledProperty()));
        // AtlantaFX colours a label with the "danger" style class as an error; a cancel is no error.
        status.textProperty().addListener((obs, old, now) -> {
            status.getStyleClass().remove("danger");
            if (!now.isEmpty() && !now.equals(bundle.getString("plan.compare.cancelled"))) {
                status.getStyleClass().add("danger");
            }
        });
        // A label that is empty takes no room.
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        return new VBox(10, new HBox(8, compare, cancel), progress, status);
    }

    private VBox comparisonSection() {
        Label heading = new Label(bundle.getString("plan.compare.heading"));
        heading.getStyleClass().add("title-4");
        // A grid of labels, as the study's results: every cell as wide as its text, so nothing is cut off.
        comparisonTable.setId("plan-comparison");
        comparisonTable.setHgap(14);
        comparisonTable.setVgap(3);
        Tooltip.install(comparisonTable, new Tooltip(bundle.getString("plan.compare.table.tooltip")));
        comparisonCaption.setId("plan-comparison-caption");
        comparisonCaption.setWrapText(true);
        comparisonVerdict.setId("plan-comparison-verdict");
        comparisonVerdict.setWrapText(true);
        comparisonVerdict.getStyleClass().add("text-bold");
        comparisonVerdict.setTooltip(new Tooltip(bundle.getString("plan.compare.verdict.tooltip")));
        return new VBox(6, heading, comparisonCaption, comparisonTable, comparisonVerdict);
    }

    private void showComparison(ObjectiveComparisonResult result) {
        comparisonTable.getChildren().clear();
        if (result == null) {
            comparisonTable.add(wrapped(bundle.getString("plan.compare.none")), 0, 0);
            comparisonCaption.setText("");
            comparisonVerdict.setText("");
            return;
        }
        List<String> header = ComparisonTable.header(bundle, result);
        for (int c = 0; c < header.size(); c++) {
            Label cell = new Label(header.get(c));
            cell.getStyleClass().add("text-bold");
            cell.setMinWidth(Region.USE_PREF_SIZE);
            comparisonTable.add(cell, c, 0);
        }
        List<List<String>> rows = ComparisonTable.rows(bundle, result);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Label cell = new Label(rows.get(r).get(c));
                cell.setId("plan-comparison-" + r + "-" + c);
                cell.setMinWidth(Region.USE_PREF_SIZE);
                comparisonTable.add(cell, c, r + 1);
            }
        }
        comparisonCaption.setText(java.text.MessageFormat.format(bundle.getString("plan.compare.caption"),
                Long.toString(result.seed()), QuantityFormat.constant(result.lambda()),
                QuantityFormat.constant(result.experiment().noiseScale())));
        comparisonVerdict.setText(ComparisonTable.verdict(bundle, result));
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private VBox shapesSection() {
        Label heading = new Label(bundle.getString("plan.shapes.heading"));
        heading.getStyleClass().add("title-4");
        TextField params = field("shape-params", count(viewModel.shapeParamsProperty()),
                viewModel::submitShapeParams);
        TextField vocabulary = field("vocab", whole(viewModel.vocabularyProperty()), viewModel::submitVocabulary);
        HBox inputs = new HBox(8, new Label(bundle.getString("plan.shapes.params")), params,
                new Label(bundle.getString("plan.shapes.vocab")), vocabulary);

        TableView<TransformerShape> table = new TableView<>(viewModel.shapes());
        table.setId("plan-shapes");
        table.setPlaceholder(new Label(bundle.getString("plan.shapes.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(190);
        table.getColumns().setAll(List.of(
                column("plan.shapes.layers", s -> Integer.toString(s.layers())),
                column("plan.shapes.width", s -> Integer.toString(s.width())),
                column("plan.shapes.heads", s -> Integer.toString(s.heads())),
                column("plan.shapes.headSize", s -> Integer.toString(s.headSize())),
                column("plan.shapes.aspect", s -> String.format(Locale.ROOT, "%.0f", s.aspectRatio())),
                column("plan.shapes.count", s -> QuantityFormat.count(s.nonEmbeddingParams())),
                column("plan.shapes.difference", s -> String.format(Locale.ROOT, "%+.2f%%",
                        100 * (s.nonEmbeddingParams() - viewModel.shapeParamsProperty().get())
                                / viewModel.shapeParamsProperty().get())),
                column("plan.shapes.embedding", s -> QuantityFormat.count(s.embeddingParams()))));
        Label note = new Label(bundle.getString("plan.shapes.note"));
        note.setWrapText(true);
        return new VBox(6, heading, inputs, table, note);
    }

    private static final double NUMBER_COLUMN_WIDTH = 72;

    private TableColumn<TransformerShape, String> column(String key, Function<TransformerShape, String> text) {
        TableColumn<TransformerShape, String> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setSortable(false);
        // Wide enough for "+0.03%" or "1.2e9" at 14 px; the header may ask more.
        org.scalingexplorer.ui.control.HeaderWidth.follow(column, bundle.getString(key), NUMBER_COLUMN_WIDTH);
        return column;
    }

    private void show(PlanResult result) {
        charts.show(result);
        resultTable.getChildren().clear();
        if (result == null) {
            return;
        }
        List<String> header = PlanTable.header(bundle, result);
        for (int c = 0; c < header.size(); c++) {
            Label cell = new Label(header.get(c));
            cell.getStyleClass().add("text-bold");
            resultTable.add(cell, c, 0);
        }
        List<List<String>> rows = PlanTable.rows(bundle, result);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Label cell = new Label(rows.get(r).get(c));
                cell.setId("plan-result-" + r + "-" + c);
                resultTable.add(cell, c, r + 1);
            }
        }
    }

    private void addRow(GridPane rows, int row, String key, javafx.scene.Node input) {
        Label name = new Label(bundle.getString(key));
        name.setWrapText(true);
        Tooltip tip = new Tooltip(bundle.getString(key + ".tooltip"));
        Tooltip.install(name, tip);
        Tooltip.install(input, tip);
        GridPane.setHgrow(input, Priority.ALWAYS);
        int gridRow = rows.getRowCount();
        if (input instanceof ComboBox<?> wide && wide.getMinWidth() == Region.USE_PREF_SIZE) {
            // A chooser that must show a whole law name takes the panel's width, its name above it.
            rows.add(name, 0, gridRow, 2, 1);
            rows.add(input, 0, gridRow + 1, 2, 1);
            wide.setMaxWidth(Double.MAX_VALUE);
        } else {
            rows.addRow(gridRow, name, input);
        }
    }

    /** A field for one number of the design; the view-model parses and checks what is typed. */
    private TextField field(String id, ObservableValue<String> shown, Predicate<String> submit) {
        NumberField field = new NumberField("plan-" + id, shown, submit, lifetime());
        field.setTooltip(new Tooltip(bundle.getString("plan.field.hint")));
        return field;
    }

    private static ObservableValue<String> count(ObservableValue<? extends Number> value) {
        return value.map(v -> QuantityFormat.count(v.doubleValue()));
    }

    private static ObservableValue<String> constant(ObservableValue<? extends Number> value) {
        return value.map(v -> QuantityFormat.constant(v.doubleValue()));
    }

    private static ObservableValue<String> whole(ObservableValue<? extends Number> value) {
        return value.map(v -> Long.toString(v.longValue()));
    }

    private static <T> Callback<javafx.scene.control.ListView<T>, ListCell<T>> named(Function<T, String> name) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : name.apply(item));
            }
        };
    }
}
