package org.scalingexplorer.ui.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window over one scenario. */
public final class ExplorerApp extends Application {

    private AppSettings settings;

    @Override
    public void start(Stage stage) {
        settings = AppSettings.load();
        Application.setUserAgentStylesheet(settings.themeProperty().get().userAgentStylesheet());
        MainWindow window = new MainWindow(settings, new ExplorerModels());
        Scene scene = new Scene(window.rootProperty().get(),
                settings.windowWidthProperty().get(), settings.windowHeightProperty().get());
        window.rootProperty().addListener((obs, old, now) -> {
            scene.setRoot(now);
            stage.setTitle(window.title());
        });
        stage.setTitle(window.title());
        stage.getIcons().add(new javafx.scene.image.Image(
                ExplorerApp.class.getResourceAsStream("/org/scalingexplorer/ui/icon.png")));
        stage.setScene(scene);
        stage.setMaximized(settings.maximizedProperty().get());
        stage.widthProperty().addListener((obs, old, now) -> {
            if (!stage.isMaximized()) {
                settings.windowWidthProperty().set(now.doubleValue());
            }
        });
        stage.heightProperty().addListener((obs, old, now) -> {
            if (!stage.isMaximized()) {
                settings.windowHeightProperty().set(now.doubleValue());
            }
        });
        stage.maximizedProperty().addListener((obs, old, now) -> settings.maximizedProperty().set(now));
        window.presentationProperty().addListener((obs, old, now) -> stage.setFullScreen(now));
        // Esc leaves full screen; presentation mode ends with it.
        stage.fullScreenProperty().addListener((obs, old, now) -> {
            if (!now) {
                window.presentationProperty().set(false);
            }
        });
        if (StartupProbe.enabled()) {
            StartupProbe.watch(scene);
        }
        stage.show();
    }

    @Override
    public void stop() {
        if (settings != null) {
            settings.flush();
        }
    }
}
