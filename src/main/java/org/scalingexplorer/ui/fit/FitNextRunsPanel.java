package org.scalingexplorer.ui.fit;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Advice;
import org.scalingexplorer.engine.plan.NextRunAdvisor.Suggestion;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.Lifetime;

/** The button that ranks candidate next runs, its progress and cancel, and the ranking. */
final class FitNextRunsPanel extends VBox {

    private final FitNextRuns nextRuns;
    private final FitWidgets widgets;
    private final ObservableList<Suggestion> suggestionRows = FXCollections.observableArrayList();

    FitNextRunsPanel(FitNextRuns nextRuns, FitWidgets widgets, Lifetime lifetime) {
        this.nextRuns = nextRuns;
        this.widgets = widgets;
        Label heading = new Label(widgets.text("fit.next.heading"));
        heading.getStyleClass().add("title-4");
        Button suggest = new Button(widgets.text("fit.next.run"), new FontIcon("mdi2l-lightbulb-on-outline"));
        suggest.setId("fit-next-run");
        suggest.setMaxWidth(Double.MAX_VALUE);
        suggest.setTooltip(FitWidgets.wrappedText(widgets.format("fit.next.run.tooltip", FitNextRuns.RESAMPLES)));
        suggest.disableProperty().bind(nextRuns.canSuggestBinding().not());
        suggest.setOnAction(e -> nextRuns.suggest());
        // A disabled button shows no tooltip: say next to it why it is disabled.
        Label needsFit = widgets.note("fit.next.needsFit");
        needsFit.visibleProperty().bind(suggest.disabledProperty().and(nextRuns.runningProperty().not()));
        needsFit.managedProperty().bind(needsFit.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("fit-next-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(nextRuns.progressProperty());
        progress.setTooltip(new Tooltip(widgets.text("fit.next.progress.tooltip")));
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button(widgets.text("fit.next.cancel"), new FontIcon("mdi2c-close-circle-outline"));
        cancel.setId("fit-next-cancel");
        cancel.setMinWidth(Button.USE_PREF_SIZE);
        cancel.setTooltip(new Tooltip(widgets.text("fit.next.cancel.tooltip")));
        cancel.setOnAction(e -> nextRuns.cancel());
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(nextRuns.runningProperty());
        working.managedProperty().bind(working.visibleProperty());

        Label current = new Label();
        current.setId("fit-next-current");
        current.setWrapText(true);
        current.textProperty().bind(Bindings.createStringBinding(this::adviceText, nextRuns.adviceProperty(),
                nextRuns.errorProperty(), nextRuns.cancelledProperty()));
        current.managedProperty().bind(current.visibleProperty());
        current.visibleProperty().bind(current.textProperty().isNotEmpty());
        lifetime.follow(nextRuns.errorProperty(), now -> current.pseudoClassStateChanged(FitWidgets.DANGER,
                !now.isEmpty()));

        getChildren().addAll(heading, suggest, needsFit, working, current, table());
        setSpacing(6);
        lifetime.follow(nextRuns.adviceProperty(), now -> suggestionRows.setAll(
                now == null ? List.of() : now.suggestions()));
    }

    private TableView<Suggestion> table() {
        TableView<Suggestion> table = new TableView<>(suggestionRows);
        table.setId("fit-next-runs");
        TableColumn<Suggestion, String> flops = widgets.column("fit.next.column.flops",
                s -> QuantityFormat.count(s.run().flops()));
        TableColumn<Suggestion, String> params = widgets.column("fit.next.column.params",
                s -> QuantityFormat.count(s.run().params()));
        TableColumn<Suggestion, String> tokens = widgets.column("fit.next.column.tokens",
                s -> QuantityFormat.count(s.run().tokens()));
        TableColumn<Suggestion, String> shrinkage = widgets.column("fit.next.column.shrinkage",
                s -> String.format(Locale.ROOT, "%.1f%%", 100 * s.shrinkage()));
        // Counts and percentages are short; the interval, two losses, takes the width that is left.
        FitWidgets.fixWidth(flops, 74);
        FitWidgets.fixWidth(params, 74);
        FitWidgets.fixWidth(tokens, 74);
        FitWidgets.fixWidth(shrinkage, 76);
        table.getColumns().add(flops);
        table.getColumns().add(params);
        table.getColumns().add(tokens);
        table.getColumns().add(widgets.column("fit.next.column.interval", s -> widgets.format("fit.interval",
                QuantityFormat.loss(s.interval().low()), QuantityFormat.loss(s.interval().high()))));
        table.getColumns().add(shrinkage);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTooltip(widgets.wrapped("fit.next.table.tooltip"));
        table.setPlaceholder(new Label(widgets.text("fit.next.none")));
        FitWidgets.fitHeightToRows(table, suggestionRows);
        return table;
    }

    private String adviceText() {
        if (!nextRuns.errorProperty().get().isEmpty()) {
            return widgets.format("fit.next.failed", nextRuns.errorProperty().get());
        }
        if (nextRuns.cancelledProperty().get()) {
            return widgets.text("fit.next.cancelled");
        }
        Advice advice = nextRuns.advice();
        if (advice == null) {
            return "";
        }
        return widgets.format("fit.next.current", QuantityFormat.count(advice.targetFlops()),
                QuantityFormat.loss(advice.currentInterval().low()), QuantityFormat.loss(advice.currentInterval().high()),
                advice.resamples());
    }
}
