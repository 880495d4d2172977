package org.scalingexplorer.ui.curves;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.jfree.chart.JFreeChart;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.curves.CurvePreview;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Curves" view: open a training log (File menu, the button here, or drop a file) through an
 * import dialog that previews the column mapping, or load the demo curves the schedule law
 * generates; then the curves and their envelope, Approach 1, final checkpoints for the Fit view, and
 * the schedule law, one tab each, with the rows the reader skipped or merged in a fifth. Binds and
 * words; computes nothing.
 */
public final class CurvesView extends ViewPane {

    private final CurvesViewModel viewModel;
    private final CurvesWidgets widgets;
    private final CurvesCharts charts;

    public CurvesView(CurvesViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.widgets = new CurvesWidgets(new CurvesText(bundle));
        this.charts = new CurvesCharts(bundle, chartStyle.getValue());
        setId("curves-view");
        setTop(importBar());
        setCenter(tabs());
        addEventHandler(DragEvent.DRAG_OVER, this::acceptCurveFile);
        addEventHandler(DragEvent.DRAG_DROPPED, this::openDroppedFile);
        lifetime().onChange(chartStyle, (old, now) -> charts.setStyle(now));
    }

    @Override
    public List<JFreeChart> charts() {
        return charts.all();
    }

    /** Asks for a curve file, previews it in the import dialog and loads it; the File menu comes here too. */
    public void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(widgets.text("curves.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(widgets.text("curves.open.filter.curves"), "*.csv", "*.tsv", "*.tab",
                        "*.txt", "*.jsonl", "*.ndjson", "*.json"),
                new FileChooser.ExtensionFilter(widgets.text("curves.open.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            importFile(file.toPath());
        }
    }

    /** The import dialog for {@code file}; loads what it returns. */
    void importFile(Path file) {
        CurvePreview preview;
        try {
            preview = CurvePreview.of(file);
        } catch (IllegalArgumentException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText(widgets.text("curves.import.failed"));
            alert.getDialogPane().setId("curves-import-error");
            if (getScene() != null) {
                alert.initOwner(getScene().getWindow());
            }
            alert.show();
            return;
        }
        CurveImportDialog dialog = new CurveImportDialog(preview, widgets);
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
        }
        Optional<CurveSource> chosen = dialog.showAndWait();
        chosen.ifPresent(viewModel::load);
    }

    private HBox importBar() {
        Button open = widgets.tip(new Button(widgets.text("curves.open"), new FontIcon("mdi2f-folder-open-outline")),
                "curves.open.tooltip");
        open.setId("curves-open");
        open.setOnAction(e -> chooseFile());
        Button demo = widgets.tip(new Button(widgets.text("curves.demo"), new FontIcon("mdi2f-function-variant")),
                "curves.demo.tooltip");
        demo.setId("curves-demo");
        demo.setOnAction(e -> viewModel.loadDemo());
        open.disableProperty().bind(viewModel.loadingProperty());
        demo.disableProperty().bind(viewModel.loadingProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("curves-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(viewModel.loadProgressProperty());
        Button cancel = widgets.tip(new Button(widgets.text("curves.cancel"), new FontIcon("mdi2c-close-circle-outline")),
                "curves.cancel.tooltip");
        cancel.setId("curves-cancel");
        cancel.setOnAction(e -> viewModel.cancelLoad());
        HBox working = new HBox(6, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(viewModel.loadingProperty());
        working.managedProperty().bind(viewModel.loadingProperty());

        Label source = CurvesWidgets.wrapping("curves-source");
        source.getStyleClass().add("text-bold");
        source.textProperty().bind(Bindings.createStringBinding(() -> viewModel.loaded() == null
                ? widgets.text("curves.source.none") : viewModel.loaded().source().demo()
                ? widgets.text("curves.source.demo") : widgets.format("curves.source.file", viewModel.loaded().label()),
                viewModel.loadedProperty()));
        Label status = CurvesWidgets.wrapping("curves-status");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, viewModel.statusProperty(),
                viewModel.loadProgressProperty(), viewModel.errorMessageProperty(), viewModel.loadedProperty()));
        VBox texts = new VBox(2, source, status);
        HBox.setHgrow(texts, Priority.ALWAYS);
        open.setMinWidth(Button.USE_PREF_SIZE);
        demo.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        HBox bar = new HBox(10, open, demo, working, texts);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));
        return bar;
    }

    private String statusText() {
        return switch (viewModel.status()) {
            case EMPTY -> widgets.text("curves.status.empty");
            case LOADING -> widgets.format("curves.status.loading", percent(viewModel.loadProgressProperty().get()));
            case LOADED -> String.join("  ", widgets.words().summary(viewModel.loaded()).subList(1, 2));
            case LOAD_FAILED -> widgets.format("curves.status.failed", viewModel.errorMessageProperty().get());
            case LOAD_CANCELLED -> widgets.text("curves.status.cancelled");
        };
    }

    private static String percent(double fraction) {
        return fraction < 0 ? "" : Math.round(100 * fraction) + "%";
    }

    private TabPane tabs() {
        Tab curves = tab(CurvesViewModel.Panel.CURVES, new CurvesTab(viewModel, widgets, charts, lifetime()));
        Tab approach1 = tab(CurvesViewModel.Panel.APPROACH_1, new Approach1Tab(viewModel, widgets, charts, lifetime()));
        Tab checkpoints = tab(CurvesViewModel.Panel.FINAL_CHECKPOINTS,
                new FinalCheckpointsTab(viewModel, widgets, charts, lifetime()));
        Tab schedule = tab(CurvesViewModel.Panel.SCHEDULE_LAW, new ScheduleLawTab(viewModel, widgets, charts, lifetime()));
        ImportReportTab report = new ImportReportTab(viewModel, widgets, lifetime());
        Tab rows = new Tab();
        rows.setId("curves-tab-rows");
        rows.textProperty().bind(report.titleProperty());
        rows.setContent(report);
        TabPane tabs = new TabPane(curves, approach1, checkpoints, schedule, rows);
        tabs.setId("curves-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        List<Tab> panels = List.of(curves, approach1, checkpoints, schedule);
        lifetime().follow(viewModel.panelProperty(), panel -> tabs.getSelectionModel().select(panels.get(panel.ordinal())));
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0 && now.intValue() < panels.size()) {
                viewModel.panelProperty().set(CurvesViewModel.Panel.values()[now.intValue()]);
            }
        });
        return tabs;
    }

    private Tab tab(CurvesViewModel.Panel panel, javafx.scene.Node content) {
        String key = "curves.tab." + panel.name().toLowerCase(java.util.Locale.ROOT);
        Tab tab = new Tab(widgets.text(key), content);
        tab.setId("curves-tab-" + panel.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip(widgets.text(key + ".tooltip"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tab.setTooltip(tip);
        return tab;
    }

    private void acceptCurveFile(DragEvent event) {
        if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1
                && !viewModel.loadingProperty().get()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        event.consume();
    }

    private void openDroppedFile(DragEvent event) {
        boolean accepted = event.getDragboard().hasFiles() && event.getDragboard().getFiles().size() == 1;
        event.setDropCompleted(accepted);
        event.consume();
        if (accepted) {
            Path file = event.getDragboard().getFiles().get(0).toPath();
            // The dialog waits for the user: not inside the drop's event handling.
            javafx.application.Platform.runLater(() -> importFile(file));
        }
    }
}
