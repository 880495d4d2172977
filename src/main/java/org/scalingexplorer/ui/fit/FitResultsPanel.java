package org.scalingexplorer.ui.fit;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.scalingexplorer.engine.fit.ParameterEstimate;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * The last fit's results: convergence, the constants and the extrapolation with their intervals, the
 * hold-out and bootstrap summaries, and both objectives' constants side by side when compared.
 */
final class FitResultsPanel extends VBox {

    private final FitWidgets widgets;
    private final ObservableList<ParameterEstimate> parameterRows = FXCollections.observableArrayList();
    private final ObservableList<ParameterEstimate> extrapolationRows = FXCollections.observableArrayList();
    private final ObservableList<ParameterEstimate> comparisonRows = FXCollections.observableArrayList();
    private final TableColumn<ParameterEstimate, String> primaryColumn = new TableColumn<>();
    private final TableColumn<ParameterEstimate, String> otherColumn = new TableColumn<>();
    private final Label comparisonStatus = new Label();
    private final Label extrapolationHeading = new Label();
    private final Label convergence = new Label();
    private final Label holdoutResult = new Label();
    private final Label bootstrapResult = new Label();
    private final Label skippedGroups = new Label();
    private FitResult shown;

    FitResultsPanel(FitWidgets widgets) {
        this.widgets = widgets;
        convergence.setId("fit-convergence");
        convergence.setWrapText(true);

        Label resultsHeading = new Label(widgets.text("fit.results.heading"));
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

        setSpacing(10);
        getChildren().addAll(convergence, resultsHeading, parameters, extrapolationHeading, extrapolation,
                holdoutResult, bootstrapResult, skippedGroups, comparisonSection());
    }

    private TableView<ParameterEstimate> estimatesTable(String id, ObservableList<ParameterEstimate> rows) {
        TableView<ParameterEstimate> table = new TableView<>(rows);
        table.setId(id);
        TableColumn<ParameterEstimate, String> quantity = widgets.column("fit.column.quantity",
                e -> FitText.name(widgets.bundle(), e));
        FitWidgets.fixWidth(quantity, 160);
        TableColumn<ParameterEstimate, String> estimate = widgets.column("fit.column.estimate", FitText::value);
        FitWidgets.fixWidth(estimate, 90);
        TableColumn<ParameterEstimate, String> interval = widgets.column("fit.column.interval",
                e -> FitText.interval(widgets.bundle(), e));
        table.getColumns().add(quantity);
        table.getColumns().add(estimate);
        table.getColumns().add(interval);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(widgets.text("fit.status.empty")));
        FitWidgets.fitHeightToRows(table, rows);
        return table;
    }

    /** Both objectives' constants side by side, when the last fit compared them. */
    private Node comparisonSection() {
        Label heading = new Label(widgets.text("fit.comparison.heading"));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        TableView<ParameterEstimate> table = new TableView<>(comparisonRows);
        table.setId("fit-comparison");
        TableColumn<ParameterEstimate, String> quantity = widgets.column("fit.column.quantity",
                e -> FitText.name(widgets.bundle(), e));
        FitWidgets.fixWidth(quantity, 142);
        primaryColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(FitText.value(cell.getValue())));
        otherColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(comparisonOther(cell.getValue())));
        for (TableColumn<ParameterEstimate, String> c : List.of(primaryColumn, otherColumn)) {
            c.setSortable(false);
        }
        table.getColumns().add(quantity);
        table.getColumns().add(primaryColumn);
        table.getColumns().add(otherColumn);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setTooltip(widgets.wrapped("fit.comparison.tooltip"));
        FitWidgets.fitHeightToRows(table, comparisonRows);
        comparisonStatus.setId("fit-comparison-status");
        comparisonStatus.setWrapText(true);
        comparisonStatus.pseudoClassStateChanged(FitWidgets.DANGER, true);
        comparisonStatus.managedProperty().bind(comparisonStatus.visibleProperty());
        VBox box = new VBox(6, heading, table, comparisonStatus);
        box.visibleProperty().bind(Bindings.isNotEmpty(comparisonRows));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private String comparisonOther(ParameterEstimate primary) {
        if (shown == null || shown.comparison() == null) {
            return "";
        }
        return shown.comparison().otherParameter(primary.key()).map(FitText::value).orElse("–");
    }

    void show(FitResult result) {
        shown = result;
        showComparison(result == null ? null : result.comparison());
        if (result == null) {
            parameterRows.clear();
            extrapolationRows.clear();
            convergence.setText("");
            convergence.pseudoClassStateChanged(FitWidgets.DANGER, false);
            for (Label label : List.of(holdoutResult, bootstrapResult, skippedGroups)) {
                label.setVisible(false);
            }
            return;
        }
        parameterRows.setAll(result.parameters());
        extrapolationRows.setAll(result.extrapolation());
        extrapolationHeading.setText(widgets.format("fit.extrapolation.heading",
                QuantityFormat.count(result.request().targetFlops())));
        convergence.setText(result.status().isEmpty() ? ""
                : result.converged() ? widgets.format("fit.status.converged", result.status())
                : widgets.format("fit.status.notConverged", result.status()));
        convergence.pseudoClassStateChanged(FitWidgets.DANGER, !result.converged());
        convergence.setVisible(!result.status().isEmpty());
        var holdout = result.holdout();
        holdoutResult.setVisible(holdout != null);
        if (holdout != null) {
            holdoutResult.setText(widgets.format("fit.holdout.result", holdout.nRuns(),
                    FitText.holdout(widgets.bundle(), holdout.spec()), holdout.trainRuns(),
                    FitText.percent(holdout.meanRelError()), FitText.percent(holdout.maxRelError()),
                    FitText.percent(holdout.coverage95())));
        }
        var bootstrap = result.bootstrap();
        bootstrapResult.setVisible(bootstrap != null);
        if (bootstrap != null) {
            bootstrapResult.setText(widgets.format("fit.bootstrap.result", bootstrap.resamples(),
                    bootstrap.failed(), bootstrap.unconverged()));
        }
        skippedGroups.setVisible(!result.skippedGroups().isEmpty());
        skippedGroups.setText(widgets.format("fit.skipped", String.join("; ", result.skippedGroups())));
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
        comparisonStatus.setText(widgets.format("fit.comparison.notConverged", comparison.otherStatus()));
    }

    /** An objective's name short enough for a column header: "Log-Huber", "Envelope λ = 10". */
    private String objectiveHeader(Approach3Objective objective) {
        return objective.kind() == Approach3Objective.Kind.LOG_HUBER ? widgets.text("fit.comparison.column.logHuber")
                : widgets.format("fit.comparison.column.lowerEnvelope", FitText.lambda(objective.lambda()));
    }
}
