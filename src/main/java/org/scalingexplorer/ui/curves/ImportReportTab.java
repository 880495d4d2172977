package org.scalingexplorer.ui.curves;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.DuplicateCheckpoint;
import org.scalingexplorer.engine.io.RowProblem;
import org.scalingexplorer.ui.control.Lifetime;

/**
 * What the reader did not load as it was: every row it skipped, by line and field with the reason,
 * and every duplicated checkpoint it merged (the first thousand of each; the title counts them all).
 */
final class ImportReportTab extends VBox {

    private final StringBinding title;

    ImportReportTab(CurvesViewModel viewModel, CurvesWidgets widgets, Lifetime lifetime) {
        TableView<RowProblem> problems = new TableView<>();
        problems.setId("curves-problems");
        var line = widgets.column("curves.problems.line", (RowProblem p) -> Integer.toString(p.lineNumber()));
        line.setPrefWidth(80);
        var field = widgets.column("curves.problems.field", RowProblem::field);
        field.setPrefWidth(200);
        problems.getColumns().add(line);
        problems.getColumns().add(field);
        problems.getColumns().add(widgets.column("curves.problems.message", RowProblem::message));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problems.setPlaceholder(new Label(widgets.text("curves.problems.none")));

        TableView<DuplicateCheckpoint> duplicates = new TableView<>();
        duplicates.setId("curves-duplicates");
        var duplicateLine = widgets.column("curves.problems.line", (DuplicateCheckpoint d) -> Integer.toString(d.line()));
        duplicateLine.setPrefWidth(80);
        duplicates.getColumns().add(duplicateLine);
        duplicates.getColumns().add(widgets.column("curves.duplicates.what", DuplicateCheckpoint::toString));
        duplicates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        duplicates.setPlaceholder(new Label(widgets.text("curves.duplicates.none")));

        Label problemsHeading = new Label();
        problemsHeading.getStyleClass().add("title-4");
        Label duplicatesHeading = new Label();
        duplicatesHeading.getStyleClass().add("title-4");
        VBox.setVgrow(problems, Priority.ALWAYS);
        VBox.setVgrow(duplicates, Priority.ALWAYS);
        getChildren().addAll(problemsHeading, problems, duplicatesHeading, duplicates);
        setSpacing(6);
        setPadding(new Insets(8));

        lifetime.follow(viewModel.loadedProperty(), loaded -> {
            CurveImport imported = loaded == null ? null : loaded.imported();
            problems.getItems().setAll(imported == null ? List.of() : imported.problems());
            duplicates.getItems().setAll(imported == null ? List.of() : imported.duplicates());
            problemsHeading.setText(widgets.format("curves.problems.heading",
                    CurvesText.count(imported == null ? 0 : imported.problemCount())));
            duplicatesHeading.setText(widgets.format("curves.duplicates.heading",
                    CurvesText.count(imported == null ? 0 : imported.duplicateCount())));
        });
        title = Bindings.createStringBinding(() -> {
            CurveImport imported = viewModel.loaded() == null ? null : viewModel.loaded().imported();
            return widgets.format("curves.tab.rows", CurvesText.count(imported == null ? 0
                    : imported.problemCount() + imported.duplicateCount()));
        }, viewModel.loadedProperty());
    }

    /** The tab's title: how many rows were skipped or merged. */
    StringBinding titleProperty() {
        return title;
    }
}
