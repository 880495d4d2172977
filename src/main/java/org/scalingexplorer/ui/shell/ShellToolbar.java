package org.scalingexplorer.ui.shell;

import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.DisplayConverter;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The toolbar: the law chooser, lessons and presentation switches, the dark theme and the language. */
final class ShellToolbar {
    private ShellToolbar() {
    }

    static ToolBar create(ResourceBundle bundle, AppSettings settings, ScenarioModel scenario,
                          BooleanProperty lessonsShown, BooleanProperty presentation, Lifetime lifetime) {
        Label lawLabel = new Label(bundle.getString("toolbar.law"));
        ComboBox<LawPreset> law = new ComboBox<>();
        law.setId("law-chooser");
        law.getItems().setAll(LawPreset.values());
        law.setConverter(new DisplayConverter<>(preset -> bundle.getString("law." + preset.id())));
        law.valueProperty().bindBidirectional(scenario.activePresetProperty());
        law.setTooltip(new Tooltip(bundle.getString("toolbar.law.tooltip")));
        lawLabel.setLabelFor(law);

        ToggleButton dark = new ToggleButton(null, new FontIcon("mdi2w-weather-night"));
        dark.setId("dark-theme");
        dark.setOnAction(e -> settings.themeProperty().set(dark.isSelected() ? ThemeChoice.DARK : ThemeChoice.LIGHT));
        lifetime.follow(settings.themeProperty(), now -> dark.setSelected(now == ThemeChoice.DARK));
        dark.setTooltip(new Tooltip(bundle.getString("toolbar.theme.tooltip")));

        ComboBox<Language> language = new ComboBox<>();
        language.setId("language-chooser");
        language.getItems().setAll(Language.values());
        language.setConverter(new DisplayConverter<>(Language::nativeName));
        language.setValue(settings.languageProperty().get());
        language.setOnAction(e -> {
            Language chosen = language.getValue();
            if (chosen != null && chosen != settings.languageProperty().get()) {
                // Later: the switch rebuilds this toolbar, which must not happen inside its own event.
                Platform.runLater(() -> settings.languageProperty().set(chosen));
            }
        });
        language.setTooltip(new Tooltip(bundle.getString("toolbar.language.tooltip")));

        ToggleButton lessons = new ToggleButton(bundle.getString("toolbar.lessons"),
                new FontIcon("mdi2s-school-outline"));
        lessons.setId("lessons-toggle");
        lessons.selectedProperty().bindBidirectional(lessonsShown);
        lessons.setTooltip(new Tooltip(bundle.getString("toolbar.lessons.tooltip")));
        ToggleButton present = new ToggleButton(bundle.getString("toolbar.presentation"),
                new FontIcon("mdi2p-projector-screen-outline"));
        present.setId("presentation-toggle");
        present.selectedProperty().bindBidirectional(presentation);
        present.setTooltip(new Tooltip(bundle.getString("toolbar.presentation.tooltip")));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(lawLabel, law, new Separator(Orientation.VERTICAL), lessons, present, spacer, dark,
                new FontIcon("mdi2t-translate"), language);
    }
}
