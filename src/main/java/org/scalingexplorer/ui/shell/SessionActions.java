package org.scalingexplorer.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.SessionFileException;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.session.SessionController;

/**
 * The File menu's sessions: open, open recent, save, save as. A refused session or a failed write is
 * shown in a dialog that names the file; nothing is overwritten.
 */
final class SessionActions {

    private final AppSettings settings;
    private final SessionController sessions;
    private final ResourceBundle bundle;
    private final Supplier<Window> window;
    private final Consumer<String> notice;

    SessionActions(AppSettings settings, SessionController sessions, ResourceBundle bundle, Supplier<Window> window,
                   Consumer<String> notice) {
        this.settings = settings;
        this.sessions = sessions;
        this.bundle = bundle;
        this.window = window;
        this.notice = notice;
    }

    /** The items that go above the exports; the recent list follows the settings for {@code lifetime}. */
    List<MenuItem> menuItems(Lifetime lifetime) {
        MenuItem open = FileMenuItems.item(bundle, "menu.file.open", "mdi2f-folder-open-outline", "Shortcut+O",
                this::chooseAndOpen);
        open.setId("menu-open");
        MenuItem save = FileMenuItems.item(bundle, "menu.file.save", "mdi2c-content-save-outline", "Shortcut+S",
                this::save);
        save.setId("menu-save");
        MenuItem saveAs = FileMenuItems.item(bundle, "menu.file.saveAs", null, "Shortcut+Shift+S", this::saveAs);
        Menu recent = new Menu(bundle.getString("menu.file.recent"));
        recent.setId("menu-recent");
        lifetime.onInvalidation(settings.recentSessions(), () -> fillRecent(recent));
        fillRecent(recent);
        return List.of(open, recent, save, saveAs);
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        for (String path : settings.recentSessions()) {
            MenuItem item = new MenuItem(path);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> open(Path.of(path)));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(bundle.getString("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(bundle.getString("menu.file.recent.clear"));
            clear.setOnAction(e -> settings.recentSessions().clear());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    private FileChooser sessionChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("session.fileType"), "*." + SessionFile.EXTENSION,
                        "*.json"));
        Path current = sessions.fileProperty().get();
        if (current != null && current.getParent() != null) {
            chooser.setInitialDirectory(current.getParent().toFile());
            chooser.setInitialFileName(current.getFileName().toString());
        }
        return chooser;
    }

    private void chooseAndOpen() {
        var file = sessionChooser().showOpenDialog(window.get());
        if (file != null) {
            open(file.toPath());
        }
    }

    /** Opens a session; a refusal names the file, line and field, and leaves window and file as they were. */
    void open(Path file) {
        try {
            sessions.open(file);
            settings.rememberSession(file);
            notice.accept(MessageFormat.format(bundle.getString("session.opened"), file.getFileName()));
        } catch (SessionFileException e) {
            FileMenuItems.error(window.get(), bundle.getString("session.openFailed"), e.getMessage());
        }
    }

    private void save() {
        Path file = sessions.fileProperty().get();
        if (file == null) {
            saveAs();
        } else {
            saveTo(file);
        }
    }

    private void saveAs() {
        FileChooser chooser = sessionChooser();
        if (sessions.fileProperty().get() == null) {
            chooser.setInitialFileName("session." + SessionFile.EXTENSION);
        }
        var file = chooser.showSaveDialog(window.get());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    void saveTo(Path file) {
        try {
            sessions.save(file);
            settings.rememberSession(file);
            notice.accept(MessageFormat.format(bundle.getString("session.saved"), file.getFileName()));
        } catch (IOException e) {
            FileMenuItems.error(window.get(), bundle.getString("session.saveFailed"), file + ": " + e.getMessage());
        }
    }
}
