package org.scalingexplorer.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Asks which views go into the report (one page each), its title and its colours. */
public final class ReportDialog {

    public record Result(List<String> viewIds, String title, boolean printTheme) {
    }

    private final Dialog<Result> dialog = new Dialog<>();
    private final List<CheckBox> views = new ArrayList<>();

    public ReportDialog(Window owner, ResourceBundle bundle, List<String> viewIds) {
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("report.title"));
        VBox list = new VBox(6);
        list.setId("report-views");
        for (String id : viewIds) {
            CheckBox box = new CheckBox(ReportExporter.viewTitle(bundle, id));
            box.setUserData(id);
            box.setSelected(true);
            views.add(box);
            list.getChildren().add(box);
        }
        TextField title = new TextField(bundle.getString("report.defaultTitle"));
        title.setId("report-title");
        ToggleGroup themes = new ToggleGroup();
        RadioButton print = new RadioButton(bundle.getString("export.theme.print"));
        RadioButton current = new RadioButton(bundle.getString("export.theme.current"));
        print.setToggleGroup(themes);
        current.setToggleGroup(themes);
        print.setSelected(true);
        Label none = new Label(bundle.getString("report.noViews"));
        none.getStyleClass().add("text-muted");
        VBox content = new VBox(10, new Label(bundle.getString("report.views")), list, none,
                new Label(bundle.getString("report.reportTitle")), title,
                new Label(bundle.getString("export.theme")), new HBox(14, print, current));
        content.setPadding(new Insets(12));
        dialog.getDialogPane().setContent(content);
        ButtonType write = new ButtonType(bundle.getString("report.button"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(write, ButtonType.CANCEL);
        var anyChosen = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> views.stream().anyMatch(CheckBox::isSelected),
                views.stream().map(CheckBox::selectedProperty).toArray(javafx.beans.Observable[]::new));
        none.visibleProperty().bind(anyChosen.not());
        none.managedProperty().bind(none.visibleProperty());
        dialog.getDialogPane().lookupButton(write).disableProperty().bind(anyChosen.not());
        dialog.setResultConverter(button -> button != write ? null : new Result(
                views.stream().filter(CheckBox::isSelected).map(b -> (String) b.getUserData()).toList(),
                title.getText(), print.isSelected()));
    }

    public Dialog<Result> dialog() {
        return dialog;
    }

    public Optional<Result> showAndWait() {
        return dialog.showAndWait();
    }
}
