package org.scalingexplorer.ui.curves;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.scalingexplorer.engine.curves.CurveAxis;
import org.scalingexplorer.engine.curves.CurveImport;
import org.scalingexplorer.engine.curves.CurvePreview;
import org.scalingexplorer.engine.curves.CurveRoles;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.io.ColumnMapping;

/**
 * The import dialog of a curve file: its first rows, the layout it looks like (a long-format log, an
 * experiment tracker's export, the (Mis)Fitting suite's results), a column chooser per role with the
 * layout's suggestion, and, as the choices change, what the reader makes of the first
 * {@value CurvePreview#LINES} lines with them (runs, checkpoints, skipped rows) or why it refuses
 * them. OK loads the whole file with the mapping shown.
 */
final class CurveImportDialog extends Dialog<CurveSource> {

    /** "Automatic": the column of the role's own name, if the file has one. */
    private static final String AUTOMATIC = "";

    private final CurvePreview preview;
    private final CurvesWidgets widgets;
    private final Map<String, ComboBox<String>> roles = new LinkedHashMap<>();
    private final Map<String, SimpleBooleanProperty> runColumns = new LinkedHashMap<>();
    private final ComboBox<String> axis = new ComboBox<>();
    private final Label outcome = CurvesWidgets.wrapping("curves-import-outcome");
    private final ButtonType load;

    CurveImportDialog(CurvePreview preview, CurvesWidgets widgets) {
        this.preview = preview;
        this.widgets = widgets;
        setTitle(widgets.text("curves.import.title"));
        setHeaderText(widgets.format("curves.import.header", preview.file().getFileName(), preview.format(),
                widgets.text("curves.import.layout." + preview.layout().name().toLowerCase(Locale.ROOT))));
        setResizable(true);
        getDialogPane().setId("curves-import");
        load = new ButtonType(widgets.text("curves.import.load"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(load, ButtonType.CANCEL);

        ColumnMapping suggested = ColumnMapping.parse(preview.suggestedMapping(), CurveRoles.WITH_SECOND_COUNT);
        GridPane choosers = CurvesWidgets.grid();
        int row = 0;
        choosers.add(runChooser(suggested), 0, row, 2, 1);
        row++;
        for (String role : CurveRoles.WITH_SECOND_COUNT) {
            if (role.equals(CurveRoles.RUN)) {
                continue;
            }
            ComboBox<String> column = columnChoice(role, suggested);
            roles.put(role, column);
            widgets.row(choosers, row++, "curves.role." + role, "curves.role." + role + ".tooltip", column);
        }
        axis.setId("curves-import-axis");
        axis.getItems().setAll(AUTOMATIC, CurveAxis.STEP.role(), CurveAxis.TOKENS.role(), CurveAxis.FLOPS.role());
        axis.setConverter(CurvesWidgets.converter(value -> value.equals(AUTOMATIC) ? widgets.text("curves.import.axisAutomatic")
                : widgets.text("curves.import.axis." + value)));
        axis.setValue(AUTOMATIC);
        axis.valueProperty().addListener(o -> update());
        widgets.row(choosers, row, "curves.import.axis", "curves.import.axis.tooltip", axis);

        VBox left = new VBox(8, new Label(widgets.text("curves.import.rows")), table(), heading("curves.import.outcome"),
                outcome);
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        HBox content = new HBox(14, left, new VBox(8, heading("curves.import.roles"), choosers));
        HBox.setHgrow(left, Priority.ALWAYS);
        content.setPadding(new Insets(6));
        content.setPrefSize(1040, 600);
        getDialogPane().setContent(content);
        setResultConverter(button -> button == load ? source() : null);
        update();
    }

    private Label heading(String key) {
        return widgets.heading(key);
    }

    private TableView<List<String>> table() {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(preview.rows()));
        table.setId("curves-import-rows");
        for (int c = 0; c < preview.columns().size(); c++) {
            int index = c;
            TableColumn<List<String>, String> column = new TableColumn<>(preview.columns().get(c));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(index < cell.getValue().size()
                    ? cell.getValue().get(index) : ""));
            column.setSortable(false);
            table.getColumns().add(column);
        }
        table.setPrefHeight(300);
        table.setPlaceholder(new Label(widgets.text("curves.import.noRows")));
        return table;
    }

    /** The columns that name a run, ticked; their values are joined in file order with "/". */
    private Node runChooser(ColumnMapping suggested) {
        List<String> chosen = suggested.mapped(CurveRoles.RUN).orElse(List.of());
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(preview.columns()));
        list.setId("curves-import-run");
        for (String column : preview.columns()) {
            String normal = ColumnMapping.normalise(column);
            SimpleBooleanProperty ticked = new SimpleBooleanProperty(chosen.contains(normal)
                    || (chosen.isEmpty() && normal.equals(CurveRoles.RUN)));
            ticked.addListener(o -> update());
            runColumns.put(column, ticked);
        }
        list.setCellFactory(CheckBoxListCell.forListView(runColumns::get));
        list.setPrefHeight(130);
        widgets.tip(list, "curves.role.run.tooltip");
        return new VBox(4, new Label(widgets.text("curves.role.run")), list);
    }

    private ComboBox<String> columnChoice(String role, ColumnMapping suggested) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("curves-import-" + role.replace('_', '-'));
        List<String> items = new ArrayList<>(List.of(AUTOMATIC));
        items.addAll(preview.columns());
        box.getItems().setAll(items);
        box.setConverter(CurvesWidgets.converter(value -> value.equals(AUTOMATIC) ? widgets.text("curves.import.automatic") : value));
        String mapped = suggested.mapped(role).map(list -> list.get(0)).orElse(null);
        box.setValue(mapped == null ? AUTOMATIC : preview.columns().stream()
                .filter(column -> ColumnMapping.normalise(column).equals(mapped)).findFirst().orElse(AUTOMATIC));
        box.valueProperty().addListener(o -> update());
        return box;
    }

    /** The mapping the choices make, as {@code ROLE=NAME} specifications. */
    List<String> mapping() {
        List<String> specs = new ArrayList<>();
        List<String> run = runColumns.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
        if (!run.isEmpty()) {
            specs.add(CurveRoles.RUN + "=" + String.join(",", run));
        }
        roles.forEach((role, box) -> {
            if (box.getValue() != null && !box.getValue().equals(AUTOMATIC)) {
                specs.add(role + "=" + box.getValue());
            }
        });
        return specs;
    }

    private CurveAxis chosenAxis() {
        return axis.getValue() == null || axis.getValue().equals(AUTOMATIC) ? null : CurveAxis.fromId(axis.getValue());
    }

    private CurveSource source() {
        return CurveSource.file(preview.file(), mapping(), chosenAxis());
    }

    /** Reads the preview's lines with the choices made: what the file will give, or why it will not load. */
    private void update() {
        boolean loadable;
        try {
            CurveImport trial = preview.trial(ColumnMapping.parse(mapping(), CurveRoles.WITH_SECOND_COUNT), chosenAxis());
            List<String> lines = new ArrayList<>();
            lines.add(widgets.format("curves.import.trial", CurvePreview.LINES, CurvesText.count(trial.curves().size()),
                    CurvesText.count(trial.checkpoints()), CurvesText.count(trial.midScheduleCheckpoints()),
                    widgets.text("curves.import.axis." + trial.axis().role())));
            LearningCurve first = trial.curves().isEmpty() ? null : trial.curves().get(0);
            if (first != null) {
                lines.add(widgets.format("curves.import.firstRun", first.name(),
                        first.hasParams() ? SizeColours.label(first.params()) : "?",
                        first.scheduleKnown() ? CurvesText.count((long) first.totalSteps()) : "?",
                        first.hasNonEmbeddingParams() ? SizeColours.label(first.nonEmbeddingParams()) : "–"));
            }
            if (trial.problemCount() > 0) {
                lines.add(widgets.format("curves.import.problems", CurvesText.count(trial.problemCount()),
                        trial.problems().get(0).toString()));
            }
            if (trial.duplicateCount() > 0) {
                lines.add(widgets.format("curves.import.duplicates", CurvesText.count(trial.duplicateCount())));
            }
            loadable = !trial.curves().isEmpty();
            if (!loadable) {
                lines.add(widgets.text("curves.import.noCurves"));
            }
            outcome.setText(String.join("\n", lines));
        } catch (IllegalArgumentException e) {
            outcome.setText(widgets.format("curves.import.refused", e.getMessage()));
            loadable = false;
        }
        outcome.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), !loadable);
        Node button = getDialogPane().lookupButton(load);
        if (button != null) {
            button.setDisable(!loadable);
        }
    }
}
