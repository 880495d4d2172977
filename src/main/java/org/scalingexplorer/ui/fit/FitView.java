package org.scalingexplorer.ui.fit;

import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.fit.FitVariable;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Suggestion;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.fit.FitCharts.Panel;
import org.scalingexplorer.ui.fit.FitViewModel.Status;

/**
 * The "Fit" view: open a file of runs (or drop one here, or load the Chinchilla sample), see every
 * row that did not load, fit a law with a bootstrap and a hold-out, and read the constants, the
 * extrapolation and the charts. Binds and formats; computes nothing.
 */
public final class FitView extends BorderPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final double TABLE_ROW_HEIGHT = 26;

    private final FitViewModel viewModel;
    private final ResourceBundle bundle;
    private final FitCharts charts;
    private final ObservableList<ParameterEstimate> parameterRows = FXCollections.observableArrayList();
    private final ObservableList<ParameterEstimate> extrapolationRows = FXCollections.observableArrayList();
    private final ObservableList<ParameterEstimate> comparisonRows = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestionRows = FXCollections.observableArrayList();
    private final TableColumn<ParameterEstimate, String> primaryColumn = new TableColumn<>();
    private final TableColumn<ParameterEstimate, String> otherColumn = new TableColumn<>();
    private final Label comparisonStatus = new Label();
    private final Label extrapolationHeading = new Label();
    private final Label convergence = new Label();
    private final Label holdoutResult = new Label();
    private final Label bootstrapResult = new Label();
    private final Label skippedGroups = new Label();
    private final Label thinned = new Label();
    // Bidirectional bindings hold their ends weakly: these adapters must live as long as the view.
    private final ObjectProperty<Integer> excludeValue;
    private final ObjectProperty<Integer> resamplesValue;
    // Listeners on the long-lived view-model are added weakly and kept alive by these fields.
    private final ChangeListener<FitPlot> plotListener;
    private final ChangeListener<FitResult> resultListener;
    private final ChangeListener<ChartStyle> styleListener;
    private final List<Object> viewModelListeners = new java.util.ArrayList<>();

    public FitView(FitViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new FitCharts(bundle, chartStyle.getValue());
        this.excludeValue = viewModel.excludeHighestLossProperty().asObject();
        this.resamplesValue = viewModel.resamplesProperty().asObject();
        setId("fit-view");

        setTop(importBar());
        setCenter(tabs());
        ScrollPane side = new ScrollPane(controls());
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);

        addEventHandler(DragEvent.DRAG_OVER, this::acceptRunFile);
        addEventHandler(DragEvent.DRAG_DROPPED, this::loadDroppedFile);

        this.plotListener = (obs, old, now) -> showPlot(now);
        this.resultListener = (obs, old, now) -> showResult(now);
        this.styleListener = (obs, old, now) -> charts.setStyle(now);
        showPlot(viewModel.plot());
        showResult(viewModel.result());
        viewModel.plotProperty().addListener(new WeakChangeListener<>(plotListener));
        viewModel.resultProperty().addListener(new WeakChangeListener<>(resultListener));
        chartStyle.addListener(new WeakChangeListener<>(styleListener));
    }

    /** The charts this view draws, for tests and exports. */
    public FitCharts charts() {
        return charts;
    }

    // ---- import bar ----

    private Node importBar() {
        Button open = new Button(text("fit.open"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("fit-open");
        open.setTooltip(new Tooltip(text("fit.open.tooltip")));
        open.setOnAction(e -> chooseRunsFile());
        open.disableProperty().bind(viewModel.busyBinding());

        Button sample = new Button(text("fit.sample"), new FontIcon("mdi2d-database-import-outline"));
        sample.setId("fit-sample");
        sample.setTooltip(new Tooltip(text("fit.sample.tooltip")));
        sample.setOnAction(e -> viewModel.loadSample());
        sample.disableProperty().bind(viewModel.busyBinding());

        Label source = new Label();
        source.setId("fit-source");
        source.setWrapText(true);
        source.textProperty().bind(Bindings.createStringBinding(this::sourceText, viewModel.loadedProperty()));
        source.getStyleClass().add("text-bold");

        ProgressBar progress = new ProgressBar();
        progress.setId("fit-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(Bindings.when(viewModel.fittingProperty())
                .then(viewModel.fitProgressProperty()).otherwise(viewModel.loadProgressProperty()));
        Button cancel = new Button(text("fit.cancel"), new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("fit-cancel");
        cancel.setTooltip(new Tooltip(text("fit.cancel.tooltip")));
        cancel.setOnAction(e -> {
            viewModel.cancelLoad();
            viewModel.cancelFit();
        });
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(viewModel.busyBinding());
        working.managedProperty().bind(viewModel.busyBinding());

        Label status = new Label();
        status.setId("fit-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, viewModel.statusProperty(),
                viewModel.loadProgressProperty(), viewModel.fitProgressProperty(), viewModel.errorMessageProperty()));
        watch(viewModel.statusProperty(), (obs, old, now) -> status.pseudoClassStateChanged(DANGER,
                now == Status.LOAD_FAILED || now == Status.FIT_FAILED));

        for (Button button : List.of(open, sample, cancel)) {
            button.setMinWidth(Button.USE_PREF_SIZE);
        }
        status.setMaxWidth(Double.MAX_VALUE);
        VBox texts = new VBox(2, source, status);
        HBox.setHgrow(texts, Priority.ALWAYS);
        HBox bar = new HBox(10, open, sample, working, texts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));
        return bar;
    }

    /** Asks for a file of runs and imports it; the File menu's "Open runs" comes here too. */
    public void chooseRunsFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text("fit.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(text("fit.open.filter.runs"), "*.csv", "*.tsv", "*.tab", "*.txt"),
                new FileChooser.ExtensionFilter(text("fit.open.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            viewModel.loadFile(file.toPath());
        }
    }

    private void acceptRunFile(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1
                && !viewModel.busyBinding().get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void loadDroppedFile(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1;
        if (accepted) {
            viewModel.loadFile(event.getDragboard().getFiles().get(0).toPath());
        }
        event.setDropCompleted(accepted);
        event.consume();
    }

    private String sourceText() {
        FitViewModel.LoadedRuns loaded = viewModel.loaded();
        if (loaded == null) {
            return text("fit.source.none");
        }
        return loaded.sample() ? text("fit.source.sample") : format("fit.source.file", loaded.source());
    }

    private String statusText() {
        return switch (viewModel.status()) {
            case EMPTY -> text("fit.status.empty");
            case LOADING -> format("fit.status.loading", percent(viewModel.loadProgressProperty().get()));
            case LOADED -> format("fit.status.loaded", viewModel.runs().size(), viewModel.problems().size());
            case LOAD_FAILED -> format("fit.status.loadFailed", viewModel.errorMessageProperty().get());
            case LOAD_CANCELLED -> text("fit.status.loadCancelled");
            case FITTING -> format("fit.status.fitting", percent(viewModel.fitProgressProperty().get()));
            case FITTED -> format("fit.status.fitted", viewModel.result() == null ? 0 : viewModel.result().fittedRuns());
            case FIT_FAILED -> format("fit.status.fitFailed", viewModel.errorMessageProperty().get());
            case FIT_CANCELLED -> text("fit.status.fitCancelled");
        };
    }

    private static String percent(double fraction) {
        return fraction < 0 ? "" : Math.round(100 * fraction) + "%";
    }

    // ---- charts and tables of runs ----

    private TabPane tabs() {
        Tab chartsTab = new Tab(text("fit.tab.charts"), chartGrid());
        Tab runsTab = new Tab();
        runsTab.textProperty().bind(Bindings.createStringBinding(() -> format("fit.tab.runs", viewModel.runs().size()),
                viewModel.runs()));
        runsTab.setContent(runsTable());
        Tab problemsTab = new Tab();
        problemsTab.textProperty().bind(Bindings.createStringBinding(
                () -> format("fit.tab.problems", viewModel.problems().size()), viewModel.problems()));
        problemsTab.setContent(problemsTable());
        TabPane tabs = new TabPane(chartsTab, runsTab, problemsTab);
        tabs.setId("fit-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Bad rows deserve a look: show them as soon as a file brings any.
        javafx.collections.ListChangeListener<RowProblem> showProblems = change -> {
            if (!viewModel.problems().isEmpty()) {
                tabs.getSelectionModel().select(problemsTab);
            }
        };
        viewModelListeners.add(showProblems);
        viewModel.problems().addListener(new javafx.collections.WeakListChangeListener<>(showProblems));
        return tabs;
    }

    private GridPane chartGrid() {
        GridPane grid = new GridPane();
        ChartGrid.shapeTwoByTwo(grid);
        grid.add(viewer(Panel.DATA), 0, 0);
        grid.add(viewer(Panel.RESIDUALS), 1, 0);
        grid.add(viewer(Panel.EXTRAPOLATION), 0, 1);
        grid.add(explanation(), 1, 1);
        return grid;
    }

    private ChartViewer viewer(Panel panel) {
        ChartViewer viewer = new ChartViewer(charts.chart(panel), false);
        viewer.setId("chart-" + panel.id());
        viewer.setMinSize(200, 160);
        return viewer;
    }

    private Node explanation() {
        Label title = new Label(text("fit.explain.title"));
        title.getStyleClass().add("title-4");
        Label body = new Label(text("fit.explain.body"));
        body.setWrapText(true);
        thinned.setId("fit-thinned");
        thinned.setWrapText(true);
        thinned.getStyleClass().add("text-muted");
        Label credit = new Label(text("fit.sample.credit"));
        credit.setId("fit-credit");
        credit.setWrapText(true);
        credit.getStyleClass().add("text-muted");
        credit.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.loaded() != null && viewModel.loaded().sample(), viewModel.loadedProperty()));
        credit.managedProperty().bind(credit.visibleProperty());
        VBox box = new VBox(8, title, body, thinned, credit);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("explanation-card");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private TableView<TrainingRun> runsTable() {
        TableView<TrainingRun> table = new TableView<>(viewModel.runs());
        table.setId("fit-runs");
        table.getColumns().add(column("fit.column.params", run -> QuantityFormat.count(run.params())));
        table.getColumns().add(column("fit.column.tokens", run -> QuantityFormat.count(run.tokens())));
        table.getColumns().add(column("fit.column.flops", run -> QuantityFormat.count(run.flops())));
        table.getColumns().add(column("fit.column.loss", run -> QuantityFormat.loss(run.loss())));
        table.getColumns().add(column("fit.column.group", TrainingRun::group));
        table.getColumns().add(column("fit.column.name", TrainingRun::name));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text("fit.source.none")));
        return table;
    }

    private TableView<RowProblem> problemsTable() {
        TableView<RowProblem> table = new TableView<>(viewModel.problems());
        table.setId("fit-problems");
        TableColumn<RowProblem, String> line = column("fit.problems.line", p -> Integer.toString(p.lineNumber()));
        line.setPrefWidth(70);
        TableColumn<RowProblem, String> field = column("fit.problems.field", RowProblem::field);
        field.setPrefWidth(110);
        table.getColumns().add(line);
        table.getColumns().add(field);
        table.getColumns().add(column("fit.problems.message", RowProblem::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(text("fit.problems.none")));
        return table;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    // ---- fit controls and results ----

    private VBox controls() {
        Label heading = new Label(text("fit.controls.heading"));
        heading.getStyleClass().add("title-3");

        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);

        ComboBox<FitApproach> approach = new ComboBox<>(FXCollections.observableArrayList(FitApproach.values()));
        approach.setId("fit-approach");
        approach.setConverter(converter(a -> text("fit.approach." + a.id())));
        approach.valueProperty().bindBidirectional(viewModel.approachProperty());
        approach.setMaxWidth(Double.MAX_VALUE);
        addRow(rows, 0, "fit.approach", "fit.approach.tooltip", approach);
        Label formula = new Label();
        formula.setId("fit-formula");
        formula.setWrapText(true);
        formula.getStyleClass().add("text-small");
        formula.textProperty().bind(Bindings.createStringBinding(
                () -> text("fit.approach." + viewModel.approachProperty().get().id() + ".formula"),
                viewModel.approachProperty()));
        rows.add(formula, 1, 1);

        ComboBox<FitVariable> variable = new ComboBox<>(FXCollections.observableArrayList(FitVariable.values()));
        variable.setId("fit-variable");
        variable.setConverter(converter(v -> text("fit.variable." + v.id())));
        variable.valueProperty().bindBidirectional(viewModel.powerLawVariableProperty());
        Label variableLabel = addRow(rows, 2, "fit.variable", "fit.approach.tooltip", variable);
        var powerLaw = viewModel.approachProperty().isEqualTo(FitApproach.POWER_LAW);
        for (Node node : List.of(variable, variableLabel)) {
            node.visibleProperty().bind(powerLaw);
            node.managedProperty().bind(powerLaw);
        }

        Spinner<Integer> exclude = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1_000_000,
                viewModel.excludeHighestLossProperty().get()));
        exclude.setId("fit-exclude");
        exclude.setEditable(true);
        exclude.setPrefWidth(100);
        exclude.getValueFactory().valueProperty().bindBidirectional(excludeValue);
        addRow(rows, 3, "fit.exclude", "fit.exclude.tooltip", exclude);

        ComboBox<Integer> resamples = new ComboBox<>(FXCollections.observableArrayList(FitViewModel.RESAMPLE_CHOICES));
        resamples.setId("fit-resamples");
        resamples.setConverter(converter(n -> n == 0 ? text("fit.interval.none") : String.format(Locale.ROOT, "%,d", n)));
        resamples.valueProperty().bindBidirectional(resamplesValue);
        addRow(rows, 4, "fit.resamples", "fit.resamples.tooltip", resamples);

        TextField target = numberField("fit-target", viewModel.targetFlopsProperty(), viewModel::submitTargetFlops);
        addRow(rows, 5, "fit.target", "fit.target.tooltip", target);

        CheckBox holdout = new CheckBox(text("fit.holdout"));
        holdout.setId("fit-holdout-enabled");
        holdout.setTooltip(new Tooltip(text("fit.holdout.tooltip")));
        holdout.setSelected(viewModel.holdoutFlopsProperty().get() > 0);
        holdout.setOnAction(e -> viewModel.setHoldout(holdout.isSelected()));
        watch(viewModel.holdoutFlopsProperty(), (obs, old, now) -> holdout.setSelected(now.doubleValue() > 0));
        TextField cutoff = numberField("fit-holdout", viewModel.holdoutFlopsProperty(), viewModel::submitHoldoutFlops);
        cutoff.disableProperty().bind(holdout.selectedProperty().not());
        holdout.setMinWidth(CheckBox.USE_PREF_SIZE);
        rows.add(holdout, 0, 6);
        rows.add(cutoff, 1, 6);
        var approach2 = viewModel.approachProperty().isEqualTo(FitApproach.APPROACH_2);
        holdout.disableProperty().bind(approach2);
        Label holdoutNote = note("fit.holdout.approach2");
        holdoutNote.visibleProperty().bind(approach2);
        holdoutNote.managedProperty().bind(approach2);

        Button fit = new Button(text("fit.run"), new FontIcon("mdi2c-chart-bell-curve"));
        fit.setId("fit-run");
        fit.setDefaultButton(false);
        fit.getStyleClass().add("accent");
        fit.setMaxWidth(Double.MAX_VALUE);
        fit.setTooltip(new Tooltip(text("fit.run.tooltip")));
        fit.disableProperty().bind(viewModel.canFitBinding().not());
        fit.setOnAction(e -> viewModel.fit());

        Label stale = note("fit.status.stale");
        stale.setId("fit-stale");
        stale.visibleProperty().bind(viewModel.staleProperty());
        stale.managedProperty().bind(viewModel.staleProperty());

        convergence.setId("fit-convergence");
        convergence.setWrapText(true);

        Label resultsHeading = new Label(text("fit.results.heading"));
        resultsHeading.getStyleClass().add("title-4");
        resultsHeading.setWrapText(true);
        TableView<ParameterEstimate> parameters = estimatesTable("fit-parameters", parameterRows);
        extrapolationHeading.getStyleClass().add("title-4");
        extrapolationHeading.setWrapText(true);
        TableView<ParameterEstimate> extrapolation = estimatesTable("fit-extrapolation", extrapolationRows);
        for (Node node : List.of(extrapolationHeading, extrapolation)) {
            node.visibleProperty().bind(Bindings.isNotEmpty(extrapolationRows));
            node.managedProperty().bind(node.visibleProperty());
        }
        holdoutResult.setId("fit-holdout-result");
        bootstrapResult.setId("fit-bootstrap-result");
        skippedGroups.setId("fit-skipped");
        for (Label label : List.of(holdoutResult, bootstrapResult, skippedGroups)) {
            label.setWrapText(true);
            label.managedProperty().bind(label.visibleProperty());
        }
        bootstrapResult.getStyleClass().add("text-small");
        skippedGroups.getStyleClass().add("text-small");

        VBox box = new VBox(10, heading, rows, holdoutNote, objectiveControls(), fit, stale, convergence,
                resultsHeading, parameters, extrapolationHeading, extrapolation, holdoutResult, bootstrapResult,
                skippedGroups, comparisonSection(), nextRunsSection());
        box.setPadding(new Insets(12));
        // Wide enough for the next-run table's five columns and the two objectives' names.
        box.setPrefWidth(470);
        box.setMinWidth(360);
        return box;
    }

    /** Approach 3's objective, its lambda and the comparison switch; shown for Approach 3 only. */
    private Node objectiveControls() {
        GridPane rows = new GridPane();
        rows.setHgap(8);
        rows.setVgap(6);
        ComboBox<Approach3Objective.Kind> objective = new ComboBox<>(
                FXCollections.observableArrayList(Approach3Objective.Kind.values()));
        objective.setId("fit-objective");
        objective.setConverter(converter(kind -> text("fit.objective." + kind.id())));
        objective.valueProperty().bindBidirectional(viewModel.objectiveKindProperty());
        objective.setMaxWidth(Double.MAX_VALUE);
        addRow(rows, 0, "fit.objective", "fit.objective.tooltip", objective);

        TextField lambda = new TextField(FitText.lambda(viewModel.envelopeLambdaProperty().get()));
        lambda.setId("fit-lambda");
        lambda.setPrefColumnCount(6);
        addRow(rows, 1, "fit.lambda", "fit.lambda.tooltip", lambda);
        Label refused = new Label();
        refused.setId("fit-lambda-refused");
        refused.setWrapText(true);
        refused.getStyleClass().add("text-small");
        refused.pseudoClassStateChanged(DANGER, true);
        refused.setVisible(false);
        refused.managedProperty().bind(refused.visibleProperty());
        rows.add(refused, 1, 2);
        Runnable submit = () -> {
            boolean valid = viewModel.submitEnvelopeLambda(lambda.getText());
            lambda.pseudoClassStateChanged(DANGER, !valid);
            refused.setVisible(!valid);
            refused.setText(valid ? "" : format("fit.lambda.refused",
                    FitText.lambda(viewModel.envelopeLambdaProperty().get())));
            if (valid) {
                lambda.setText(FitText.lambda(viewModel.envelopeLambdaProperty().get()));
            }
        };
        lambda.setOnAction(e -> submit.run());
        lambda.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                submit.run();
            }
        });
        watch(viewModel.envelopeLambdaProperty(), (obs, old, now) -> {
            if (!lambda.isFocused()) {
                lambda.setText(FitText.lambda(now.doubleValue()));
            }
        });

        CheckBox compare = new CheckBox(text("fit.compare"));
        compare.setId("fit-compare");
        compare.setTooltip(wrapped("fit.compare.tooltip"));
        compare.selectedProperty().bindBidirectional(viewModel.compareObjectivesProperty());

        VBox box = new VBox(6, rows, compare);
        var approach3 = viewModel.approachProperty().isEqualTo(FitApproach.APPROACH_3);
        box.visibleProperty().bind(approach3);
        box.managedProperty().bind(approach3);
        return box;
    }

    /** Both objectives' constants side by side, when the last fit compared them. */
    private Node comparisonSection() {
        Label heading = new Label(text("fit.comparison.heading"));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        TableView<ParameterEstimate> table = new TableView<>(comparisonRows);
        table.setId("fit-comparison");
        TableColumn<ParameterEstimate, String> quantity = column("fit.column.quantity", e -> FitText.name(bundle, e));
        fixWidth(quantity, 142);
        primaryColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(FitText.value(cell.getValue())));
        otherColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(comparisonOther(cell.getValue())));
        for (TableColumn<ParameterEstimate, String> c : List.of(primaryColumn, otherColumn)) {
            c.setSortable(false);
        }
        table.getColumns().add(quantity);
        table.getColumns().add(primaryColumn);
        table.getColumns().add(otherColumn);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(TABLE_ROW_HEIGHT);
        table.setTooltip(wrapped("fit.comparison.tooltip"));
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(comparisonRows.size(), 1) + 1.7) * TABLE_ROW_HEIGHT, comparisonRows));
        table.minHeightProperty().bind(table.prefHeightProperty());
        comparisonStatus.setId("fit-comparison-status");
        comparisonStatus.setWrapText(true);
        comparisonStatus.pseudoClassStateChanged(DANGER, true);
        comparisonStatus.managedProperty().bind(comparisonStatus.visibleProperty());
        VBox box = new VBox(6, heading, table, comparisonStatus);
        box.visibleProperty().bind(Bindings.isNotEmpty(comparisonRows));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String comparisonOther(ParameterEstimate primary) {
        FitResult result = viewModel.result();
        if (result == null || result.comparison() == null) {
            return "";
        }
        return result.comparison().otherParameter(primary.key()).map(FitText::value).orElse("–");
    }

    /** The button that ranks candidate next runs, its progress and cancel, and the ranking. */
    private Node nextRunsSection() {
        Label heading = new Label(text("fit.next.heading"));
        heading.getStyleClass().add("title-4");
        Button suggest = new Button(text("fit.next.run"), new FontIcon("mdi2l-lightbulb-on-outline"));
        suggest.setId("fit-next-run");
        suggest.setMaxWidth(Double.MAX_VALUE);
        suggest.setTooltip(wrappedText(format("fit.next.run.tooltip", FitViewModel.NEXT_RUN_RESAMPLES)));
        suggest.disableProperty().bind(viewModel.canSuggestNextRunsBinding().not());
        suggest.setOnAction(e -> viewModel.suggestNextRuns());
        // A disabled button shows no tooltip: say next to it why it is disabled.
        Label needsFit = note("fit.next.needsFit");
        needsFit.visibleProperty().bind(suggest.disabledProperty().and(viewModel.suggestingNextRunsProperty().not()));
        needsFit.managedProperty().bind(needsFit.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("fit-next-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(viewModel.nextRunsProgressProperty());
        progress.setTooltip(new Tooltip(text("fit.next.progress.tooltip")));
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button(text("fit.next.cancel"), new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("fit-next-cancel");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip(text("fit.next.cancel.tooltip")));
        cancel.setOnAction(e -> viewModel.cancelNextRuns());
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(viewModel.suggestingNextRunsProperty());
        working.managedProperty().bind(working.visibleProperty());

        Label current = new Label();
        current.setId("fit-next-current");
        current.setWrapText(true);
        current.textProperty().bind(Bindings.createStringBinding(this::nextRunsText, viewModel.nextRunsProperty(),
                viewModel.nextRunsErrorProperty(), viewModel.nextRunsCancelledProperty()));
        current.managedProperty().bind(current.visibleProperty());
        current.visibleProperty().bind(current.textProperty().isNotEmpty());
        watch(viewModel.nextRunsErrorProperty(), (obs, old, now) -> current.pseudoClassStateChanged(DANGER,
                !now.isEmpty()));

        TableView<Suggestion> table = new TableView<>(suggestionRows);
        table.setId("fit-next-runs");
        TableColumn<Suggestion, String> flops = column("fit.next.column.flops", s -> QuantityFormat.count(s.run().flops()));
        TableColumn<Suggestion, String> params = column("fit.next.column.params",
                s -> QuantityFormat.count(s.run().params()));
        TableColumn<Suggestion, String> tokens = column("fit.next.column.tokens",
                s -> QuantityFormat.count(s.run().tokens()));
        TableColumn<Suggestion, String> shrinkage = column("fit.next.column.shrinkage",
                s -> String.format(Locale.ROOT, "%.1f%%", 100 * s.shrinkage()));
        // Counts and percentages are short; the interval, two losses, takes the width that is left.
        fixWidth(flops, 74);
        fixWidth(params, 74);
        fixWidth(tokens, 74);
        fixWidth(shrinkage, 76);
        table.getColumns().add(flops);
        table.getColumns().add(params);
        table.getColumns().add(tokens);
        table.getColumns().add(column("fit.next.column.interval", s -> format("fit.interval",
                QuantityFormat.loss(s.interval().low()), QuantityFormat.loss(s.interval().high()))));
        table.getColumns().add(shrinkage);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(TABLE_ROW_HEIGHT);
        table.setTooltip(wrapped("fit.next.table.tooltip"));
        table.setPlaceholder(new Label(text("fit.next.none")));
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(suggestionRows.size(), 1) + 1.7) * TABLE_ROW_HEIGHT, suggestionRows));
        table.minHeightProperty().bind(table.prefHeightProperty());
        watch(viewModel.nextRunsProperty(), (obs, old, now) -> suggestionRows.setAll(
                now == null ? List.of() : now.suggestions()));
        if (viewModel.nextRuns() != null) {
            suggestionRows.setAll(viewModel.nextRuns().suggestions());
        }
        return new VBox(6, heading, suggest, needsFit, working, current, table);
    }

    private String nextRunsText() {
        if (!viewModel.nextRunsErrorProperty().get().isEmpty()) {
            return format("fit.next.failed", viewModel.nextRunsErrorProperty().get());
        }
        if (viewModel.nextRunsCancelledProperty().get()) {
            return text("fit.next.cancelled");
        }
        Advice advice = viewModel.nextRuns();
        if (advice == null) {
            return "";
        }
        return format("fit.next.current", QuantityFormat.count(advice.targetFlops()),
                QuantityFormat.loss(advice.currentInterval().low()), QuantityFormat.loss(advice.currentInterval().high()),
                advice.resamples());
    }

    private Tooltip wrapped(String key) {
        return wrappedText(text(key));
    }

    private static Tooltip wrappedText(String content) {
        Tooltip tip = new Tooltip(content);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    private Label addRow(GridPane rows, int row, String labelKey, String tooltipKey, javafx.scene.control.Control control) {
        Label label = new Label(text(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(text(tooltipKey));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        label.setTooltip(tip);
        control.setTooltip(tip);
        GridPane.setHgrow(control, Priority.ALWAYS);
        rows.addRow(row, label, control);
        return label;
    }

    /** A field showing a FLOPs setting; Enter or leaving it submits, a bad number is marked and undone. */
    private TextField numberField(String id, javafx.beans.property.DoubleProperty value,
                                  java.util.function.Predicate<String> submit) {
        TextField field = new TextField(flops(value.get()));
        field.setId(id);
        field.setPrefColumnCount(8);
        field.setTooltip(new Tooltip(text("fit.field.hint")));
        watch(value, (obs, old, now) -> {
            field.pseudoClassStateChanged(DANGER, false);
            if (!field.isFocused()) {
                field.setText(flops(now.doubleValue()));
            }
        });
        Runnable accept = () -> {
            boolean valid = submit.test(field.getText());
            field.pseudoClassStateChanged(DANGER, !valid);
            if (valid) {
                field.setText(flops(value.get()));
            }
        };
        field.setOnAction(e -> accept.run());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                if (!submit.test(field.getText())) {
                    field.setText(flops(value.get()));
                }
                field.pseudoClassStateChanged(DANGER, false);
            }
        });
        return field;
    }

    /**
     * Listens to the view-model weakly, the listener kept alive by this view: a view replaced by a
     * language switch must not keep updating for the view-model, which lives on.
     */
    private <T> void watch(ObservableValue<T> value, ChangeListener<? super T> listener) {
        viewModelListeners.add(listener);
        value.addListener(new WeakChangeListener<>(listener));
    }

    private static String flops(double value) {
        return value > 0 ? QuantityFormat.count(value) : "";
    }

    private TableView<ParameterEstimate> estimatesTable(String id, ObservableList<ParameterEstimate> rows) {
        TableView<ParameterEstimate> table = new TableView<>(rows);
        table.setId(id);
        TableColumn<ParameterEstimate, String> quantity = column("fit.column.quantity", e -> FitText.name(bundle, e));
        fixWidth(quantity, 142);
        TableColumn<ParameterEstimate, String> estimate = column("fit.column.estimate", FitText::value);
        fixWidth(estimate, 82);
        TableColumn<ParameterEstimate, String> interval = column("fit.column.interval", e -> FitText.interval(bundle, e));
        table.getColumns().add(quantity);
        table.getColumns().add(estimate);
        table.getColumns().add(interval);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(TABLE_ROW_HEIGHT);
        table.setPlaceholder(new Label(text("fit.status.empty")));
        // As tall as its rows: the side panel scrolls, the table does not.
        table.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> (Math.max(rows.size(), 1) + 1.7) * TABLE_ROW_HEIGHT, rows));
        table.minHeightProperty().bind(table.prefHeightProperty());
        return table;
    }

    /** The resize policy spreads spare width over every column; the interval, last, needs it most. */
    private static void fixWidth(TableColumn<?, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    private Label note(String key) {
        Label note = new Label(text(key));
        note.setWrapText(true);
        note.getStyleClass().add("text-small");
        return note;
    }

    private void showPlot(FitPlot plot) {
        charts.show(plot);
        thinned.setVisible(plot != null && plot.isThinned());
        thinned.setText(plot == null ? "" : format("fit.thinned", plot.shownRuns(), plot.totalRuns()));
    }

    private void showResult(FitResult result) {
        showComparison(result == null ? null : result.comparison());
        if (result == null) {
            parameterRows.clear();
            extrapolationRows.clear();
            convergence.setText("");
            convergence.pseudoClassStateChanged(DANGER, false);
            for (Label label : List.of(holdoutResult, bootstrapResult, skippedGroups)) {
                label.setVisible(false);
            }
            return;
        }
        parameterRows.setAll(result.parameters());
        extrapolationRows.setAll(result.extrapolation());
        extrapolationHeading.setText(format("fit.extrapolation.heading",
                QuantityFormat.count(result.request().targetFlops())));
        convergence.setText(result.status().isEmpty() ? ""
                : result.converged() ? format("fit.status.converged", result.status())
                : format("fit.status.notConverged", result.status()));
        convergence.pseudoClassStateChanged(DANGER, !result.converged());
        convergence.setVisible(!result.status().isEmpty());
        var holdout = result.holdout();
        holdoutResult.setVisible(holdout != null);
        if (holdout != null) {
            holdoutResult.setText(format("fit.holdout.result", holdout.nRuns(), QuantityFormat.count(holdout.cutoffFlops()),
                    holdout.trainRuns(), FitText.percent(holdout.meanRelError()), FitText.percent(holdout.maxRelError())));
        }
        var bootstrap = result.bootstrap();
        bootstrapResult.setVisible(bootstrap != null);
        if (bootstrap != null) {
            bootstrapResult.setText(format("fit.bootstrap.result", bootstrap.resamples(), bootstrap.failedResamples(),
                    bootstrap.unconvergedResamples()));
        }
        skippedGroups.setVisible(!result.skippedGroups().isEmpty());
        skippedGroups.setText(format("fit.skipped", String.join("; ", result.skippedGroups())));
    }

    private void showComparison(FitComparison comparison) {
        if (comparison == null) {
            comparisonRows.clear();
            comparisonStatus.setVisible(false);
            return;
        }
        primaryColumn.setText(objectiveHeader(comparison.primaryObjective()));
        otherColumn.setText(objectiveHeader(comparison.otherObjective()));
        comparisonRows.setAll(comparison.primary());
        comparisonStatus.setVisible(!comparison.otherConverged());
        comparisonStatus.setText(format("fit.comparison.notConverged", comparison.otherStatus()));
    }

    /** An objective's name short enough for a column header: "Log-Huber", "Envelope λ = 10". */
    private String objectiveHeader(Approach3Objective objective) {
        return objective.kind() == Approach3Objective.Kind.LOG_HUBER ? text("fit.comparison.column.logHuber")
                : format("fit.comparison.column.lowerEnvelope", FitText.lambda(objective.lambda()));
    }

    private <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    private String text(String key) {
        return bundle.getString(key);
    }

    private String format(String key, Object... args) {
        return MessageFormat.format(bundle.getString(key), args);
    }
}
