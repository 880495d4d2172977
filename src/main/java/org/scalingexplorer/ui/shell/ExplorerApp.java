package org.scalingexplorer.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.SessionFileException;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.session.Autosave;
import org.scalingexplorer.ui.session.SessionController;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The desktop application: one window over one scenario. */
public final class ExplorerApp extends Application {
    private static final System.Logger LOG = System.getLogger(ExplorerApp.class.getName());

    private static volatile WindowRequest request = WindowRequest.AS_SAVED;
    private static volatile int exitCode;

    private AppSettings settings;
    private Autosave autosave;

    /** Opens the window as asked and returns the exit code once it closes. */
    public static int open(WindowRequest windowRequest) {
        request = windowRequest;
        exitCode = 0;
        Application.launch(ExplorerApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        WindowRequest asked = request;
        settings = asked.throwawaySettings() ? AppSettings.throwaway() : AppSettings.load();
        asked.applyTo(settings);
        Application.setUserAgentStylesheet(settings.themeProperty().get().userAgentStylesheet());
        ExplorerModels models = new ExplorerModels();
        SessionController sessions = new SessionController(models, settings.lastViewProperty());
        MainWindow window = new MainWindow(settings, models, sessions);
        openSession(asked, sessions, settings);
        ScreenFit screen = ScreenFit.primary();
        Scene scene = new Scene(window.rootProperty().get(),
                screen.width(settings.windowWidthProperty().get()), screen.height(settings.windowHeightProperty().get()));
        window.rootProperty().addListener((obs, old, now) -> {
            scene.setRoot(now);
            stage.setTitle(title(window, sessions));
        });
        stage.setTitle(title(window, sessions));
        sessions.fileProperty().addListener((obs, old, now) -> stage.setTitle(title(window, sessions)));
        sessions.dirtyProperty().addListener((obs, old, now) -> stage.setTitle(title(window, sessions)));
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
        screen.keepInside(stage);
        window.lessonsShownProperty().set(asked.lessons() || window.lessonsShownProperty().get());
        if (asked.present()) {
            window.presentationProperty().set(true);
        }
        if (asked.screenshot() != null) {
            WindowShot.afterFirstFrame(scene, asked.screenshot(), code -> {
                exitCode = code;
                Platform.exit();
            });
            return;
        }
        autosave = new Autosave(sessions, settings.lastCleanExitProperty(), Autosave.defaultDirectory());
        offerRestore(stage, window, sessions);
        autosave.start();
    }

    /** The session the command line named, then its view unless the command line named one too. */
    private static void openSession(WindowRequest asked, SessionController sessions, AppSettings settings) {
        if (asked.session() == null) {
            return;
        }
        try {
            sessions.open(asked.session());
        } catch (SessionFileException e) {
            // GuiCommand read it a moment ago; only a file changed since then gets here.
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
        }
        if (asked.viewId() != null) {
            settings.lastViewProperty().set(asked.viewId());
        }
    }

    /** "Scaling Law Explorer — budget.slx.json *": the file, and a star while changes are unsaved. */
    private static String title(MainWindow window, SessionController sessions) {
        Path file = sessions.fileProperty().get();
        return window.title() + (file == null ? "" : " — " + file.getFileName()) + (sessions.dirtyProperty().get() ? " *" : "");
    }

    /** After a crash, asks whether to restore the autosave; one that cannot be read is set aside, not lost. */
    private void offerRestore(Stage stage, MainWindow window, SessionController sessions) {
        Optional<Path> left = autosave.recoverable();
        if (left.isEmpty()) {
            return;
        }
        ResourceBundle bundle = window.bundle();
        Session session;
        try {
            session = SessionFile.read(left.get());
        } catch (SessionFileException e) {
            String where;
            try {
                where = autosave.setAsideUnreadable().toString();
            } catch (IOException moveFailed) {
                where = left.get() + " (" + moveFailed.getMessage() + ")";
            }
            Alert alert = new Alert(Alert.AlertType.WARNING, MessageFormat.format(
                    bundle.getString("session.restore.unreadable"), left.get(), where) + "\n\n" + e.getMessage());
            alert.initOwner(stage);
            alert.setHeaderText(bundle.getString("session.openFailed"));
            alert.showAndWait();
            return;
        }
        String when;
        try {
            when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault())
                    .format(Files.getLastModifiedTime(left.get()).toInstant());
        } catch (IOException e) {
            when = left.get().toString();
        }
        ButtonType restore = new ButtonType(bundle.getString("session.restore.yes"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(bundle.getString("session.restore.no"), ButtonBar.ButtonData.NO);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                MessageFormat.format(bundle.getString("session.restore.text"), when), restore, discard);
        ask.initOwner(stage);
        ask.setHeaderText(bundle.getString("session.restore.title"));
        if (ask.showAndWait().orElse(discard) == restore) {
            sessions.restore(session);
        } else {
            try {
                autosave.discard();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Cannot remove the autosave " + left.get() + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void stop() {
        if (autosave != null) {
            autosave.stop();
        }
        if (settings != null && request.throwawaySettings()) {
            settings.discard();
        } else if (settings != null) {
            settings.flush();
        }
    }
}
