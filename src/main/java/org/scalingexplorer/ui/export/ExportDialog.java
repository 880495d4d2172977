package org.scalingexplorer.ui.export;

import org.scalingexplorer.ui.chart.DisplayConverter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * The export dialog: which part of the view (all of it or one chart), the format, the size, the PNG
 * scale and its DPI, the colours (print or current theme), a title and a caption. It only asks; the
 * caller exports.
 */
public final class ExportDialog {

    /** What the user pressed: write a file, or copy the image to the clipboard. */
    public enum Action { EXPORT, COPY }

    public record Result(Action action, ExportChoice choice) {
    }

    private final Dialog<Result> dialog = new Dialog<>();
    private final ComboBox<Integer> content = new ComboBox<>();
    private final ComboBox<ExportFormat> format = new ComboBox<>();
    private final Spinner<Integer> width = new Spinner<>(200, 10_000, 1600, 100);
    private final Spinner<Integer> height = new Spinner<>(150, 10_000, 1000, 100);
    private final Spinner<Integer> scale = new Spinner<>(1, 4, 2);
    private final RadioButton printTheme;
    private final TextField title = new TextField();
    private final TextArea caption = new TextArea();

    /**
     * @param cellNames the names of the view's charts, in the order of the figure's cells
     * @param viewTitle the default title
     */
    public ExportDialog(Window owner, ResourceBundle bundle, List<String> cellNames, String viewTitle) {
        dialog.initOwner(owner);
        dialog.setTitle(bundle.getString("export.title"));
        dialog.setResizable(true);

        content.setId("export-content");
        content.getItems().add(-1);
        for (int i = 0; i < cellNames.size(); i++) {
            if (cellNames.get(i) != null) {
                content.getItems().add(i);
            }
        }
        content.setValue(-1);
        content.setConverter(new DisplayConverter<>(cell -> cell < 0 ? bundle.getString("export.content.view") : cellNames.get(cell)));

        format.setId("export-format");
        format.getItems().setAll(ExportFormat.values());
        format.setValue(ExportFormat.PNG);
        format.setConverter(new DisplayConverter<>(f -> f.name()));
        for (Spinner<Integer> spinner : List.of(width, height, scale)) {
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
        }
        width.setId("export-width");
        height.setId("export-height");
        scale.setId("export-scale");
        Label dpi = new Label();
        dpi.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> MessageFormat.format(bundle.getString("export.dpi"), 96 * scale.getValue()), scale.valueProperty()));
        scale.disableProperty().bind(format.valueProperty().isNotEqualTo(ExportFormat.PNG));
        dpi.disableProperty().bind(scale.disableProperty());

        ToggleGroup themes = new ToggleGroup();
        printTheme = new RadioButton(bundle.getString("export.theme.print"));
        printTheme.setId("export-print-theme");
        RadioButton currentTheme = new RadioButton(bundle.getString("export.theme.current"));
        printTheme.setToggleGroup(themes);
        currentTheme.setToggleGroup(themes);
        printTheme.setSelected(true);

        title.setId("export-figure-title");
        title.setText(viewTitle);
        caption.setId("export-caption");
        caption.setPrefRowCount(2);
        caption.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        // Labels keep their full width; the fields take what is left.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;
        grid.addRow(row++, new Label(bundle.getString("export.content")), content);
        grid.addRow(row++, new Label(bundle.getString("export.format")), format);
        grid.addRow(row++, new Label(bundle.getString("export.width")), width);
        grid.addRow(row++, new Label(bundle.getString("export.height")), height);
        grid.addRow(row++, new Label(bundle.getString("export.scale")), new HBox(10, scale, dpi));
        grid.addRow(row++, new Label(bundle.getString("export.theme")), new HBox(14, printTheme, currentTheme));
        grid.addRow(row++, new Label(bundle.getString("export.figureTitle")), title);
        grid.addRow(row, new Label(bundle.getString("export.caption")), caption);
        dialog.getDialogPane().setContent(grid);

        ButtonType export = new ButtonType(bundle.getString("export.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType copy = new ButtonType(bundle.getString("export.copy"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().addAll(export, copy, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(copy).disableProperty().bind(format.valueProperty().isEqualTo(ExportFormat.CSV));
        dialog.setResultConverter(button -> {
            if (button == export) {
                return new Result(Action.EXPORT, choice());
            }
            if (button == copy) {
                return new Result(Action.COPY, choice());
            }
            return null;
        });
    }

    public ExportChoice choice() {
        return new ExportChoice(format.getValue(), content.getValue(), width.getValue(), height.getValue(),
                scale.getValue(), printTheme.isSelected(), title.getText(), caption.getText());
    }

    public Dialog<Result> dialog() {
        return dialog;
    }

    public Optional<Result> showAndWait() {
        return dialog.showAndWait();
    }
}
