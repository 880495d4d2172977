package org.scalingexplorer.ui.curves;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.ui.view.SideDrawer;
import org.scalingexplorer.ui.control.Lifetime;

/**
 * Final checkpoints: one click sends one run per curve (its last checkpoint, or only finished curves)
 * to the Fit view; beside it, Approach 2 on checkpoints read mid-schedule against finished ones.
 */
final class FinalCheckpointsTab extends BorderPane {

    FinalCheckpointsTab(CurvesViewModel viewModel, CurvesWidgets widgets, CurvesCharts charts, Lifetime lifetime) {
        FinalCheckpointsModel model = viewModel.finalCheckpoints();
        setCenter(widgets.stacked(List.of(charts.chart(CurvesCharts.Chart.CHECKPOINTS)),
                List.of("chart-" + CurvesCharts.Chart.CHECKPOINTS.id())));

        CheckBox finishedOnly = widgets.tip(new CheckBox(widgets.text("curves.final.finishedOnly")),
                "curves.final.finishedOnly.tooltip");
        finishedOnly.setId("curves-finished-only");
        finishedOnly.setWrapText(true);
        finishedOnly.selectedProperty().bindBidirectional(model.finishedOnlyProperty());

        Button send = widgets.tip(new Button(null, new FontIcon("mdi2s-send")), "curves.final.send.tooltip");
        send.setId("curves-send-to-fit");
        send.setWrapText(true);
        send.textProperty().bind(Bindings.createStringBinding(() -> widgets.format("curves.final.send",
                CurvesText.count(model.selectionProperty().get().runs().size())), model.selectionProperty()));
        send.disableProperty().bind(model.canSendBinding().not());
        send.setOnAction(e -> model.send());

        Label sent = CurvesWidgets.wrapping("curves-sent");
        sent.textProperty().bind(Bindings.createStringBinding(() -> model.sentProperty().get() == null ? ""
                : widgets.format("curves.final.sent", CurvesText.count(model.sentProperty().get().runs().size())),
                model.sentProperty()));

        Label lines = CurvesWidgets.wrapping("curves-final-lines");
        lines.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", widgets.words().checkpoints(
                model.selectionProperty().get(), model.finishedOnlyProperty().get(), model.comparisonProperty().get())),
                model.selectionProperty(), model.comparisonProperty(), model.finishedOnlyProperty()));

        ListView<String> skipped = new ListView<>();
        skipped.setId("curves-skipped-curves");
        skipped.setPrefHeight(120);
        skipped.setPlaceholder(new Label(widgets.text("curves.final.noneSkipped")));
        widgets.tip(skipped, "curves.final.skipped.tooltip");

        VBox side = new VBox(8, widgets.heading("curves.final.heading"), finishedOnly, send, sent, lines,
                widgets.heading("curves.final.skipped"), skipped);
        // Collapses behind a handle when the window leaves the charts too little room (1280 px with the lessons open).
        SideDrawer.beside(this, CurvesWidgets.side(side), widgets.words().bundle());

        lifetime.follow(model.selectionProperty(), selection -> skipped.getItems().setAll(selection.skipped()));
        lifetime.follow(model.comparisonProperty(), comparison ->
                charts.showCheckpoints(comparison == null ? null : comparison.fits()));
    }
}
