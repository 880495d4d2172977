package org.scalingexplorer.ui.curves;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.view.SideDrawer;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.NumberField;

/**
 * Approach 1 (Hoffmann et al. 2022): N_opt(C) and D_opt(C) from the envelope with bootstrap
 * intervals, and the switch between a total and a non-embedding count of N, each exponent beside
 * the other.
 */
final class Approach1Tab extends BorderPane {

    Approach1Tab(CurvesViewModel viewModel, CurvesWidgets widgets, CurvesCharts charts, Lifetime lifetime) {
        Approach1Model model = viewModel.approach1();
        setCenter(widgets.stacked(List.of(charts.chart(CurvesCharts.Chart.APPROACH1_PARAMS),
                        charts.chart(CurvesCharts.Chart.APPROACH1_TOKENS)),
                List.of("chart-" + CurvesCharts.Chart.APPROACH1_PARAMS.id(), "chart-" + CurvesCharts.Chart.APPROACH1_TOKENS.id())));

        ToggleGroup counts = new ToggleGroup();
        VBox countBox = new VBox(4);
        for (ParamCount count : ParamCount.values()) {
            String key = "curves.count." + count.name().toLowerCase(Locale.ROOT);
            RadioButton button = widgets.tip(new RadioButton(widgets.text(key + ".choice")), key + ".tooltip");
            button.setId("curves-count-" + count.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            button.setWrapText(true);
            button.setToggleGroup(counts);
            button.setOnAction(e -> model.countProperty().set(count));
            lifetime.follow(model.countProperty(), now -> button.setSelected(now == count));
            if (count == ParamCount.NON_EMBEDDING) {
                button.disableProperty().bind(Bindings.createBooleanBinding(
                        () -> model.result() == null || !model.result().secondCount(), model.resultProperty()));
            }
            countBox.getChildren().add(button);
        }

        NumberField resamples = new NumberField("curves-resamples", Bindings.createStringBinding(
                () -> Integer.toString(model.resamplesProperty().get()), model.resamplesProperty()),
                model::submitResamples, lifetime);
        GridPane settings = CurvesWidgets.grid();
        widgets.row(settings, 0, "curves.a1.resamplesLabel", "curves.a1.resamples.tooltip", resamples);

        ProgressBar progress = new ProgressBar();
        progress.setId("curves-a1-progress");
        progress.progressProperty().bind(model.progressProperty());
        Button cancel = widgets.tip(new Button(widgets.text("curves.cancel"), new FontIcon("mdi2c-close-circle-outline")),
                "curves.a1.cancel.tooltip");
        cancel.setId("curves-a1-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox working = new HBox(6, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.runningProperty());
        working.managedProperty().bind(model.runningProperty());

        Label exponents = CurvesWidgets.wrapping("curves-a1-exponents");
        exponents.textProperty().bind(Bindings.createStringBinding(() -> {
            String failure = model.failureProperty().get();
            return failure != null ? widgets.format("curves.a1.error", failure)
                    : String.join("\n", widgets.words().approach1(model.result(), model.countProperty().get()));
        }, model.resultProperty(), model.countProperty(), model.failureProperty()));
        Label note = CurvesWidgets.wrapping("curves-a1-note");
        note.setText(widgets.text("curves.a1.note"));
        note.getStyleClass().add("text-muted");

        VBox side = new VBox(8, widgets.heading("curves.a1.heading"), countBox, settings, working, exponents, note);
        // Collapses behind a handle when the window leaves the charts too little room (1280 px with the lessons open).
        SideDrawer.beside(this, CurvesWidgets.side(side), widgets.words().bundle());

        lifetime.onInvalidation(model.resultProperty(), () -> charts.showApproach1(model.shown()));
        lifetime.follow(model.countProperty(), count -> charts.showApproach1(model.shown()));
    }
}
