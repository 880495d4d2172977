package org.scalingexplorer.ui.fit;

import java.io.File;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.fit.FitCharts.Panel;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Fit" view: open a file of runs (or drop one here, or load the Chinchilla sample), see every
 * row that did not load, fit a law with a bootstrap and a hold-out, and read the constants, the
 * extrapolation and the charts. Laid out here from its parts ({@link FitImportBar},
 * {@link FitControls}, {@link FitResultsPanel}, {@link FitNextRunsPanel}). Binds and formats;
 * computes nothing.
 */
public final class FitView extends ViewPane {

    private final FitViewModel viewModel;
    private final FitWidgets widgets;
    private final FitCharts charts;
    private final FitResultsPanel results;
    private final Label thinned = new Label();

    public FitView(FitViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.widgets = new FitWidgets(bundle);
        this.charts = new FitCharts(bundle, chartStyle.getValue());
        setId("fit-view");

        setTop(new FitImportBar(viewModel, widgets, this::chooseFile, lifetime()));
        setCenter(tabs());
        results = new FitResultsPanel(widgets);
        VBox side = new VBox(10, new FitControls(viewModel, widgets, lifetime()), results,
                new FitTrustPanel(viewModel, widgets, lifetime()),
                new FitNextRunsPanel(viewModel.nextRuns(), widgets, lifetime()));
        side.setPadding(new Insets(12));
        // Wide enough for the next-run table's five columns and the two objectives' names.
        side.setPrefWidth(470);
        side.setMinWidth(360);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(scroll);

        addEventHandler(DragEvent.DRAG_OVER, this::acceptRunFile);
        addEventHandler(DragEvent.DRAG_DROPPED, this::loadDroppedFile);

        lifetime().onChange(chartStyle, (old, now) -> charts.setStyle(now));
        lifetime().follow(viewModel.plotProperty(), this::showPlot);
        lifetime().follow(viewModel.resultProperty(), results::show);
    }

    @Override
    public List<JFreeChart> charts() {
        return charts.all();
    }

    /** Asks for a file of runs and imports it; the File menu's "Open training runs" comes here too. */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(widgets.text("fit.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(widgets.text("fit.open.filter.runs"), "*.csv", "*.tsv", "*.tab",
                        "*.txt"),
                new FileChooser.ExtensionFilter(widgets.text("fit.open.filter.all"), "*.*"));
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

    // ---- charts and tables of runs ----

    private TabPane tabs() {
        Tab chartsTab = new Tab(widgets.text("fit.tab.charts"), chartGrid());
        Tab runsTab = new Tab();
        runsTab.textProperty().bind(Bindings.createStringBinding(
                () -> widgets.format("fit.tab.runs", viewModel.runs().size()), viewModel.runs()));
        runsTab.setContent(runsTable());
        Tab problemsTab = new Tab();
        problemsTab.textProperty().bind(Bindings.createStringBinding(
                () -> widgets.format("fit.tab.problems", viewModel.problems().size()), viewModel.problems()));
        problemsTab.setContent(problemsTable());
        TabPane tabs = new TabPane(chartsTab, runsTab, problemsTab);
        tabs.setId("fit-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Bad rows deserve a look: show them as soon as a file brings any.
        lifetime().onInvalidation(viewModel.problems(), () -> {
            if (!viewModel.problems().isEmpty()) {
                tabs.getSelectionModel().select(problemsTab);
            }
        });
        return tabs;
    }

    private ScrollPane chartGrid() {
        GridPane grid = new GridPane();
        ChartGrid.shapeTwoByTwo(grid);
        grid.add(ChartGrid.viewer(charts.chart(Panel.DATA), "chart-" + Panel.DATA.id(), widgets.bundle()), 0, 0);
        grid.add(ChartGrid.viewer(charts.chart(Panel.RESIDUALS), "chart-" + Panel.RESIDUALS.id(), widgets.bundle()), 1, 0);
        grid.add(ChartGrid.viewer(charts.chart(Panel.EXTRAPOLATION), "chart-" + Panel.EXTRAPOLATION.id(), widgets.bundle()), 0, 1);
        grid.add(explanation(), 1, 1);
        return ChartGrid.scrolling(grid);
    }

    private Node explanation() {
        Label title = new Label(widgets.text("fit.explain.title"));
        title.getStyleClass().add("title-4");
        Label body = new Label(widgets.text("fit.explain.body"));
        body.setWrapText(true);
        thinned.setId("fit-thinned");
        thinned.setWrapText(true);
        thinned.getStyleClass().add("text-muted");
        Label credit = new Label(widgets.text("fit.sample.credit"));
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
        table.getColumns().add(widgets.column("fit.column.params", run -> QuantityFormat.count(run.params())));
        table.getColumns().add(widgets.column("fit.column.tokens", run -> QuantityFormat.count(run.tokens())));
        table.getColumns().add(widgets.column("fit.column.flops", run -> QuantityFormat.count(run.flops())));
        table.getColumns().add(widgets.column("fit.column.loss", run -> QuantityFormat.loss(run.loss())));
        table.getColumns().add(widgets.column("fit.column.group", TrainingRun::group));
        table.getColumns().add(widgets.column("fit.column.name", TrainingRun::name));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(widgets.text("fit.source.none")));
        return table;
    }

    private TableView<RowProblem> problemsTable() {
        TableView<RowProblem> table = new TableView<>(viewModel.problems());
        table.setId("fit-problems");
        TableColumn<RowProblem, String> line = widgets.column("fit.problems.line",
                p -> Integer.toString(p.lineNumber()));
        line.setPrefWidth(70);
        TableColumn<RowProblem, String> field = widgets.column("fit.problems.field", RowProblem::field);
        field.setPrefWidth(110);
        table.getColumns().add(line);
        table.getColumns().add(field);
        table.getColumns().add(widgets.column("fit.problems.message", RowProblem::message));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(widgets.text("fit.problems.none")));
        return table;
    }

    private void showPlot(FitPlot plot) {
        charts.show(plot);
        thinned.setVisible(plot != null && plot.isThinned());
        thinned.setText(plot == null ? "" : widgets.format("fit.thinned", plot.shownRuns(), plot.totalRuns()));
    }
}
