package org.scalingexplorer.ui.shell;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** Opens the main window as the app does, on preferences of its own that are removed afterwards. */
public final class ExplorerWindowFixture {
    public final Preferences prefs;
    public final AppSettings settings;
    public final ExplorerModels models = new ExplorerModels();
    public final MainWindow window;

    public ExplorerWindowFixture(Stage stage, Language language) {
        prefs = Preferences.userRoot().node("scalingexplorer-test/" + UUID.randomUUID());
        settings = new AppSettings(prefs);
        settings.languageProperty().set(language);
        Application.setUserAgentStylesheet(ThemeChoice.LIGHT.userAgentStylesheet());
        window = new MainWindow(settings, models);
        Scene scene = new Scene(window.rootProperty().get(), 1360, 860);
        window.rootProperty().addListener((obs, old, now) -> scene.setRoot(now));
        stage.setScene(scene);
        stage.setTitle(window.title());
        stage.show();
    }

    public void removePrefs() {
        try {
            prefs.removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // already gone
        }
    }
}
