package org.scalingexplorer.ui.curves;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.scalingexplorer.ui.view.SideDrawer;
import org.scalingexplorer.engine.curves.ScheduleReading;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.NumberField;

/**
 * The schedule law (Tissue et al. 2024): how the runs' schedules are read, the one or two runs of a
 * size it is fitted on, the schedule it predicts (drawn against the observed run where the file has
 * one), every other run of the size predicted, and the truncated-cosine trap on the size's cosines.
 */
final class ScheduleLawTab extends BorderPane {

    private static final String NONE = "";

    ScheduleLawTab(CurvesViewModel viewModel, CurvesWidgets widgets, CurvesCharts charts, Lifetime lifetime) {
        ScheduleLawModel model = viewModel.scheduleLaw();
        setCenter(widgets.stacked(List.of(charts.chart(CurvesCharts.Chart.SCHEDULE_PREDICTION),
                        charts.chart(CurvesCharts.Chart.SCHEDULE_TRAP)),
                List.of("chart-" + CurvesCharts.Chart.SCHEDULE_PREDICTION.id(),
                        "chart-" + CurvesCharts.Chart.SCHEDULE_TRAP.id())));

        GridPane reading = CurvesWidgets.grid();
        ComboBox<String> shape = choice("curves-reading-shape", FXCollections.observableArrayList(ScheduleReading.LOGGED,
                ScheduleReading.COSINE, ScheduleReading.CONSTANT, ScheduleReading.WSD),
                value -> widgets.text("curves.shape." + value), model.readingShapeProperty(), lifetime);
        widgets.row(reading, 0, "curves.schedule.reading", "curves.schedule.reading.tooltip", shape);
        widgets.row(reading, 1, "curves.schedule.warmup", "curves.schedule.warmup.tooltip",
                whole("curves-warmup", model.warmupStepsProperty(), model::submitWarmupSteps, lifetime));
        widgets.row(reading, 2, "curves.schedule.final", "curves.schedule.final.tooltip", new NumberField("curves-final",
                Bindings.createStringBinding(() -> Double.toString(model.finalFractionProperty().get()),
                        model.finalFractionProperty()), model::submitFinalFraction, lifetime));
        widgets.row(reading, 3, "curves.schedule.decay", "curves.schedule.decay.tooltip", new NumberField("curves-decay",
                Bindings.createStringBinding(() -> Double.toString(model.decayFractionProperty().get()),
                        model.decayFractionProperty()), model::submitDecayFraction, lifetime));

        GridPane fit = CurvesWidgets.grid();
        ComboBox<String> first = choice("curves-fit-run", FXCollections.observableArrayList(), name -> name,
                model.fitRunProperty(), lifetime);
        lifetime.follow(javafx.beans.binding.Bindings.size(model.runs()), size -> {
            first.getItems().setAll(model.runs());
            first.setValue(model.fitRunProperty().get());
        });
        widgets.row(fit, 0, "curves.schedule.fitRun", "curves.schedule.fitRun.tooltip", first);
        ComboBox<String> second = new ComboBox<>();
        second.setId("curves-second-fit-run");
        second.setConverter(CurvesWidgets.converter(name -> name.equals(NONE) ? widgets.text("curves.schedule.none") : name));
        lifetime.onInvalidation(model.sameSizeRuns(), () -> {
            List<String> items = new ArrayList<>(List.of(NONE));
            items.addAll(model.sameSizeRuns());
            second.getItems().setAll(items);
            second.setValue(model.secondFitRunProperty().get() == null ? NONE : model.secondFitRunProperty().get());
        });
        second.getItems().setAll(NONE);
        lifetime.follow(model.secondFitRunProperty(), now -> second.setValue(now == null ? NONE : now));
        second.valueProperty().addListener((obs, old, now) -> {
            String chosen = now == null || now.equals(NONE) ? null : now;
            if (!Objects.equals(chosen, model.secondFitRunProperty().get()) && (chosen == null
                    || model.sameSizeRuns().contains(chosen))) {
                model.secondFitRunProperty().set(chosen);
            }
        });
        widgets.row(fit, 1, "curves.schedule.secondRun", "curves.schedule.secondRun.tooltip", second);

        GridPane predict = CurvesWidgets.grid();
        ComboBox<String> target = choice("curves-target-shape",
                FXCollections.observableArrayList(ScheduleLawModel.TARGET_SHAPES),
                value -> widgets.text("curves.shape." + value), model.targetShapeProperty(), lifetime);
        widgets.row(predict, 0, "curves.schedule.target", "curves.schedule.target.tooltip", target);
        widgets.row(predict, 1, "curves.schedule.targetSteps", "curves.schedule.targetSteps.tooltip",
                whole("curves-target-steps", model.targetStepsProperty(), model::submitTargetSteps, lifetime));

        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(22, 22);
        working.visibleProperty().bind(model.runningProperty());
        working.managedProperty().bind(model.runningProperty());
        Label lines = CurvesWidgets.wrapping("curves-schedule-lines");
        lines.textProperty().bind(Bindings.createStringBinding(
                () -> String.join("\n", widgets.words().schedule(model.result())), model.resultProperty()));
        Label note = CurvesWidgets.wrapping("curves-schedule-note");
        note.setText(widgets.text("curves.schedule.note"));
        note.getStyleClass().add("text-muted");

        TableView<ScheduleLawResult.Prediction> predictions = new TableView<>();
        predictions.setId("curves-predictions");
        predictions.getColumns().add(widgets.runColumn("curves.predictions.run", ScheduleLawResult.Prediction::run));
        predictions.getColumns().add(widgets.column("curves.predictions.losses",
                p -> CurvesText.loss(p.predicted()) + " / " + CurvesText.loss(p.observed()), 115));
        predictions.getColumns().add(widgets.column("curves.predictions.error",
                p -> Double.isNaN(p.observed()) ? "–" : String.format(Locale.ROOT, "%+.3f", p.error()), 66));
        predictions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        predictions.setPlaceholder(new Label(widgets.text("curves.predictions.none")));
        predictions.setPrefHeight(200);
        widgets.tip(predictions, "curves.predictions.tooltip");

        VBox side = new VBox(8, widgets.heading("curves.schedule.heading.reading"), reading,
                widgets.heading("curves.schedule.heading.fit"), fit, widgets.heading("curves.schedule.heading.predict"),
                predict, working, lines, predictions, note);
        // Collapses behind a handle when the window leaves the charts too little room (1280 px with the lessons open).
        SideDrawer.beside(this, CurvesWidgets.side(side), widgets.words().bundle());

        lifetime.follow(model.resultProperty(), result -> {
            charts.showSchedule(result);
            predictions.getItems().setAll(result == null ? List.of() : result.predictions());
        });
    }

    /** A choice bound both ways to a model property of the same values. */
    private static <T> ComboBox<T> choice(String id, ObservableList<T> items, java.util.function.Function<T, String> name,
                                          ObjectProperty<T> property, Lifetime lifetime) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(CurvesWidgets.converter(name));
        lifetime.follow(property, box::setValue);
        box.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(property.get())) {
                property.set(now);
            }
        });
        return box;
    }

    private static NumberField whole(String id, LongProperty property, java.util.function.Predicate<String> submit,
                                     Lifetime lifetime) {
        return new NumberField(id, Bindings.createStringBinding(() -> Long.toString(property.get()), property), submit,
                lifetime);
    }
}
