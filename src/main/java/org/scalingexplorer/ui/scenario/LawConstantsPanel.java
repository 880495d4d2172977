package org.scalingexplorer.ui.scenario;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.QuantityFormat;

/**
 * Sliders with editable fields for the active law's constants, and Reset. Binds to
 * {@link LawConstantModel}s only: every rule about values lives there.
 */
public final class LawConstantsPanel extends VBox {

    private final ResourceBundle bundle;
    private final GridPane rows = new GridPane();
    private final Label lawTitle = new Label();
    private final Label citation = new Label();
    private final Label counting = new Label();
    private final Label form = new Label();
    private final ChangeListener<LawPreset> presetListener;
    private final ListChangeListener<LawConstantModel> constantsListener;

    public LawConstantsPanel(ResourceBundle bundle, ScenarioModel scenario, ObservableList<LawConstantModel> constants,
                             ObservableBooleanValue modified, Runnable reset) {
        this.bundle = bundle;
        getStyleClass().add("law-constants");
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(330);
        setMinWidth(290);

        lawTitle.getStyleClass().add("title-4");
        citation.setWrapText(true);
        citation.getStyleClass().add("text-muted");
        counting.setWrapText(true);
        counting.getStyleClass().add("text-small");
        form.setWrapText(true);
        form.getStyleClass().add("law-form");

        rows.setHgap(8);
        rows.setVgap(6);

        Button resetButton = new Button(bundle.getString("constants.reset"), new FontIcon("mdi2u-undo-variant"));
        resetButton.setId("reset-constants");
        resetButton.setTooltip(new Tooltip(bundle.getString("constants.reset.tooltip")));
        resetButton.disableProperty().bind(javafx.beans.binding.Bindings.not(modified));
        resetButton.setOnAction(e -> reset.run());

        Label heading = new Label(bundle.getString("constants.heading"));
        heading.getStyleClass().add("title-3");
        getChildren().addAll(heading, lawTitle, form, rows, resetButton, citation, counting);

        showLaw(scenario.activePreset());
        // Weak: a panel replaced by a language switch must stop following the shared models.
        presetListener = (obs, old, now) -> showLaw(now);
        scenario.activePresetProperty().addListener(new WeakChangeListener<>(presetListener));
        constantsListener = change -> rebuildRows(constants);
        constants.addListener(new WeakListChangeListener<>(constantsListener));
        rebuildRows(constants);
    }

    private void showLaw(LawPreset preset) {
        lawTitle.setText(bundle.getString("law." + preset.id()));
        citation.setText(MessageFormat.format(bundle.getString("constants.source"), preset.citation().toString()));
        counting.setText(bundle.getString(preset.countsEmbeddings() ? "law.counts.embeddings" : "law.counts.nonEmbedding"));
        form.setText(bundle.getString("law.form." + preset.id()));
    }

    private void rebuildRows(ObservableList<LawConstantModel> constants) {
        rows.getChildren().clear();
        int row = 0;
        for (LawConstantModel constant : constants) {
            addRow(row++, constant);
        }
    }

    private void addRow(int row, LawConstantModel constant) {
        String key = constant.key();
        ConstantRange range = constant.range();
        Label name = new Label(bundle.getString("constant." + key));
        name.setMinWidth(54);

        Slider slider = new Slider(range.sliderMin(), range.sliderMax(), constant.sliderPositionProperty().get());
        slider.setId("slider-" + key);
        slider.valueProperty().bindBidirectional(constant.sliderPositionProperty());
        slider.setPrefWidth(150);
        GridPane.setHgrow(slider, Priority.ALWAYS);

        TextField field = new TextField(constant.textProperty().get());
        field.setId("field-" + key);
        field.setPrefColumnCount(7);
        constant.textProperty().addListener((obs, old, now) -> {
            if (!field.isFocused()) {
                field.setText(now);
            }
        });
        field.setOnAction(e -> {
            if (constant.submit(field.getText())) {
                field.setText(constant.textProperty().get());
            }
        });
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                if (!constant.submit(field.getText())) {
                    field.setText(constant.textProperty().get());
                }
            }
        });
        constant.invalidInputProperty().addListener((obs, old, invalid) ->
                field.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), invalid));

        String rangeText = MessageFormat.format(bundle.getString("constants.range"),
                QuantityFormat.constant(range.min()), QuantityFormat.constant(range.max()),
                bundle.getString(range.logScale() ? "constants.scale.log" : "constants.scale.linear"));
        String tip = bundle.getString("constant." + key + ".tooltip") + "\n" + rangeText;
        Tooltip.install(name, new Tooltip(tip));
        slider.setTooltip(new Tooltip(tip));
        field.setTooltip(new Tooltip(tip + "\n" + bundle.getString("constants.field.hint")));

        rows.addRow(row, name, slider, field);
    }
}
