package org.scalingexplorer.ui.scenario;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.QuantityRow;

/**
 * Sliders with editable fields for the active law's constants, and Reset. Binds to
 * {@link LawConstantModel}s only: every rule about values lives there. Follows the shared models for
 * its owner's {@link Lifetime}.
 */
public final class LawConstantsPanel extends VBox {

    private final ResourceBundle bundle;
    private final Lifetime lifetime;
    private final GridPane rows = QuantityRow.grid();
    private final Label lawTitle = new Label();
    private final Label citation = new Label();
    private final Label counting = new Label();
    private final Label form = new Label();
    private Lifetime rowsLifetime;

    public LawConstantsPanel(ResourceBundle bundle, ScenarioModel scenario, ObservableList<LawConstantModel> constants,
                             ObservableBooleanValue modified, Runnable reset, Lifetime lifetime) {
        this.bundle = bundle;
        this.lifetime = lifetime;
        getStyleClass().add("law-constants");
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(330);
        setMinWidth(290);

        lawTitle.getStyleClass().add("title-4");
        lawTitle.setWrapText(true);
        citation.setWrapText(true);
        citation.getStyleClass().add("text-muted");
        counting.setWrapText(true);
        counting.getStyleClass().add("text-small");
        form.setWrapText(true);
        form.getStyleClass().add("law-form");

        Button resetButton = new Button(bundle.getString("constants.reset"), new FontIcon("mdi2u-undo-variant"));
        resetButton.setId("reset-constants");
        resetButton.setTooltip(new Tooltip(bundle.getString("constants.reset.tooltip")));
        resetButton.disableProperty().bind(javafx.beans.binding.Bindings.not(modified));
        resetButton.setOnAction(e -> reset.run());

        Label heading = new Label(bundle.getString("constants.heading"));
        heading.getStyleClass().add("title-3");
        getChildren().addAll(heading, lawTitle, form, rows, resetButton, citation, counting);

        lifetime.follow(scenario.activePresetProperty(), this::showLaw);
        lifetime.onInvalidation(constants, () -> rebuildRows(constants));
        rebuildRows(constants);
    }

    private void showLaw(LawPreset preset) {
        lawTitle.setText(bundle.getString("law." + preset.id()));
        citation.setText(MessageFormat.format(bundle.getString("constants.source"), preset.citation().toString()));
        counting.setText(bundle.getString(preset.countsEmbeddings() ? "law.counts.embeddings" : "law.counts.nonEmbedding"));
        form.setText(bundle.getString("law.form." + preset.id()));
    }

    private void rebuildRows(ObservableList<LawConstantModel> constants) {
        if (rowsLifetime != null) {
            rowsLifetime.end();
        }
        rowsLifetime = lifetime.child();
        rows.getChildren().clear();
        int row = 0;
        for (LawConstantModel constant : constants) {
            String key = constant.key();
            QuantityRow.add(rows, row++, constant, bundle.getString("constant." + key),
                    bundle.getString("constant." + key + ".tooltip"), bundle.getString("constants.field.hint"),
                    bundle, rowsLifetime);
        }
    }
}
