package org.scalingexplorer.ui.curves;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.scalingexplorer.ui.view.SideDrawer;
import org.scalingexplorer.engine.curves.ComputeEnvelope;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.Lifetime;

/**
 * The curves tab: loss against tokens or compute per run, coloured by size; checkpoints read before
 * their schedule ended as rings (a toggle and their count); the envelope and the runs that hold it.
 */
final class CurvesTab extends BorderPane {

    private final CurvesViewModel viewModel;
    private final CurvesCharts charts;

    CurvesTab(CurvesViewModel viewModel, CurvesWidgets widgets, CurvesCharts charts, Lifetime lifetime) {
        this.viewModel = viewModel;
        this.charts = charts;
        setCenter(widgets.stacked(List.of(charts.chart(CurvesCharts.Chart.CURVES)),
                List.of("chart-" + CurvesCharts.Chart.CURVES.id())));

        ComboBox<CurvesViewModel.XAxis> axis = new ComboBox<>(FXCollections.observableArrayList(
                CurvesViewModel.XAxis.values()));
        axis.setId("curves-x-axis");
        axis.setConverter(CurvesWidgets.converter(value -> widgets.text("curves.axis." + value.name().toLowerCase(Locale.ROOT))));
        axis.valueProperty().bindBidirectional(viewModel.xAxisProperty());
        GridPane settings = CurvesWidgets.grid();
        widgets.row(settings, 0, "curves.axis", "curves.axis.tooltip", axis);

        CheckBox mid = widgets.tip(new CheckBox(), "curves.mid.tooltip");
        mid.setId("curves-show-mid");
        mid.setWrapText(true);
        mid.selectedProperty().bindBidirectional(viewModel.showMidScheduleProperty());
        mid.textProperty().bind(Bindings.createStringBinding(() -> widgets.format("curves.mid",
                CurvesText.count(viewModel.loaded() == null ? 0 : viewModel.loaded().imported().midScheduleCheckpoints())),
                viewModel.loadedProperty()));

        Label summary = CurvesWidgets.wrapping("curves-summary");
        summary.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", widgets.words().summary(viewModel.loaded())), viewModel.loadedProperty()));
        Label notes = CurvesWidgets.wrapping("curves-notes");
        notes.getStyleClass().add("text-muted");

        TableView<ComputeEnvelope.Holder> holders = new TableView<>();
        holders.setId("curves-holders");
        holders.getColumns().add(widgets.runColumn("curves.holders.run", ComputeEnvelope.Holder::run));
        holders.getColumns().add(widgets.column("curves.holders.range",
                h -> QuantityFormat.count(h.fromFlops()) + " – " + QuantityFormat.count(h.toFlops()), 160));
        holders.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        holders.setPlaceholder(new Label(widgets.text("curves.holders.none")));
        holders.setPrefHeight(220);
        widgets.tip(holders, "curves.holders.tooltip");

        VBox side = new VBox(8, widgets.heading("curves.side.heading"), settings, mid, summary, notes,
                widgets.heading("curves.holders.heading"), holders);
        // Collapses behind a handle when the window leaves the charts too little room (1280 px with the lessons open).
        SideDrawer.beside(this, CurvesWidgets.side(side), widgets.words().bundle());

        lifetime.follow(viewModel.loadedProperty(), loaded -> {
            holders.getItems().setAll(loaded == null ? List.of() : loaded.envelope().holders());
            redraw();
        });
        lifetime.onInvalidation(viewModel.xAxisProperty(), this::redraw);
        lifetime.onInvalidation(viewModel.showMidScheduleProperty(), this::redraw);
        notes.textProperty().bind(Bindings.createStringBinding(() -> notesText(widgets), viewModel.loadedProperty(),
                viewModel.xAxisProperty()));
    }

    private String notesText(CurvesWidgets widgets) {
        CurvesPlot plot = viewModel.plot();
        if (plot == null) {
            return widgets.text("curves.notes.empty");
        }
        StringBuilder notes = new StringBuilder(widgets.text(viewModel.xAxisProperty().get() == CurvesViewModel.XAxis.COMPUTE
                ? "curves.notes.envelope" : "curves.notes.noEnvelope"));
        if (plot.thinned()) {
            notes.append('\n').append(widgets.format("curves.notes.thinned", CurvesText.count(plot.shownPoints()),
                    CurvesText.count(plot.totalPoints())));
        }
        return notes.toString();
    }

    private void redraw() {
        charts.showCurves(viewModel.plot(), viewModel.xAxisProperty().get(), viewModel.showMidScheduleProperty().get());
    }
}
