package org.scalingexplorer.ui.shell;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.AppVersion;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.control.Lifetime;

/** The menu bar: File (runs, sessions, exports, quit), View (theme, lessons, presentation, language), Help. */
final class ShellMenus {
    private ShellMenus() {
    }

    static MenuBar create(ResourceBundle bundle, AppSettings settings, SessionActions sessions,
                          ExportActions exports, Runnable openRuns, Runnable openCurves, BooleanProperty lessonsShown,
                          BooleanProperty presentation, Lifetime lifetime) {
        Menu file = new Menu(bundle.getString("menu.file"));
        MenuItem runs = FileMenuItems.item(bundle, "menu.file.openRuns", "mdi2t-table-arrow-down", "Shortcut+Shift+O",
                openRuns);
        runs.setId("menu-open-runs");
        MenuItem curves = FileMenuItems.item(bundle, "menu.file.openCurves", "mdi2c-chart-multiline", "Shortcut+Alt+O",
                openCurves);
        curves.setId("menu-open-curves");
        MenuItem quit = FileMenuItems.item(bundle, "menu.file.quit", "mdi2e-exit-to-app", "Shortcut+Q", Platform::exit);
        file.getItems().addAll(runs, curves);
        file.getItems().addAll(sessions.menuItems(lifetime));
        file.getItems().add(new SeparatorMenuItem());
        file.getItems().addAll(exports.menuItems());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        ToggleGroup themes = new ToggleGroup();
        Menu view = new Menu(bundle.getString("menu.view"));
        for (ThemeChoice choice : ThemeChoice.values()) {
            RadioMenuItem item = new RadioMenuItem(bundle.getString("theme." + choice.name().toLowerCase(Locale.ROOT)));
            item.setToggleGroup(themes);
            item.setOnAction(e -> settings.themeProperty().set(choice));
            lifetime.follow(settings.themeProperty(), now -> item.setSelected(now == choice));
            view.getItems().add(item);
        }
        Menu language = new Menu(bundle.getString("menu.language"));
        ToggleGroup languages = new ToggleGroup();
        for (Language choice : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(choice.nativeName());
            item.setToggleGroup(languages);
            item.setSelected(settings.languageProperty().get() == choice);
            item.setOnAction(e -> Platform.runLater(() -> settings.languageProperty().set(choice)));
            language.getItems().add(item);
        }
        CheckMenuItem presentationItem = new CheckMenuItem(bundle.getString("menu.view.presentation"));
        presentationItem.selectedProperty().bindBidirectional(presentation);
        presentationItem.setAccelerator(KeyCombination.keyCombination("F5"));
        CheckMenuItem lessonsItem = new CheckMenuItem(bundle.getString("menu.view.lessons"));
        lessonsItem.selectedProperty().bindBidirectional(lessonsShown);
        lessonsItem.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        view.getItems().addAll(new SeparatorMenuItem(), lessonsItem, presentationItem, new SeparatorMenuItem(),
                language);

        MenuItem about = new MenuItem(bundle.getString("menu.help.about"), new FontIcon("mdi2i-information-outline"));
        about.setOnAction(e -> showAbout(bundle));
        Menu help = new Menu(bundle.getString("menu.help"), null, about);
        return new MenuBar(file, view, help);
    }

    private static void showAbout(ResourceBundle bundle) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(bundle.getString("about.title"));
        alert.setHeaderText(aboutHeader(bundle));
        alert.setContentText(aboutText(bundle));
        alert.showAndWait();
    }

    /** "Scaling Law Explorer", then "Version 0.1.0-SNAPSHOT": a bug report needs the number. */
    static String aboutHeader(ResourceBundle bundle) {
        return bundle.getString("app.title") + "\n" + MessageFormat.format(bundle.getString("about.version"),
                AppVersion.current());
    }

    static String aboutText(ResourceBundle bundle) {
        StringBuilder sources = new StringBuilder();
        for (LawPreset preset : LawPreset.values()) {
            sources.append("\n• ").append(preset.citation());
        }
        return MessageFormat.format(bundle.getString("about.text"), sources.toString());
    }
}
