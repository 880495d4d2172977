package org.scalingexplorer.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.SessionFileException;
import org.scalingexplorer.ui.registry.ExplorerModels;

/**
 * The window's session: which file it was opened from or saved to, whether it changed since, and the
 * open and save that move it between the scenario and a file. Lives on the FX thread.
 */
public final class SessionController {

    private final ExplorerModels models;
    private final StringProperty lastView;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    private final ReadOnlyLongWrapper loads = new ReadOnlyLongWrapper(this, "loads");
    /** The session last opened: its slots (budgets, runs, fits) go out again with the next save. */
    private Session carried = Session.published();
    private boolean applying;

    /** The session of the window whose view-models are {@code models}; {@code lastView} is the view shown. */
    public SessionController(ExplorerModels models, StringProperty lastView) {
        this.models = models;
        this.lastView = lastView;
        models.scenario().revisionProperty().addListener((obs, old, now) -> changed());
        lastView.addListener((obs, old, now) -> changed());
        models.viewSettings().revisionProperty().addListener((obs, old, now) -> changed());
        for (javafx.beans.Observable change : models.sessionChanges()) {
            // A change listener, not an invalidation listener: a value nobody reads would fire only once.
            if (change instanceof javafx.beans.value.ObservableValue<?> value) {
                value.addListener((obs, old, now) -> changed());
            } else {
                change.addListener(o -> changed());
            }
        }
    }

    private void changed() {
        if (!applying) {
            dirty.set(true);
            changes.set(changes.get() + 1);
        }
    }

    /** The file the session was last opened from or saved to; null for a new session. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** True while there are changes no save has written. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Grows at every change; the autosave compares it with the count it last wrote. */
    public ReadOnlyLongProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Grows each time a session is opened or restored into the window: Edit > Undo starts afresh. */
    public ReadOnlyLongProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** The session as it stands now. */
    public Session capture() {
        return models.capture(lastView.get(), carried);
    }

    /**
     * Opens a session file into the window. A file that cannot be opened throws, naming the file,
     * and changes nothing: not the scenario, not the file on disk.
     */
    public Session open(Path path) throws SessionFileException {
        Session session = SessionFile.read(path);
        apply(session);
        file.set(path.toAbsolutePath());
        dirty.set(false);
        return session;
    }

    /** Puts an autosaved session back; it is unsaved work until the user saves it somewhere. */
    public void restore(Session session) {
        apply(session);
        file.set(null);
        dirty.set(true);
        changes.set(changes.get() + 1);
    }

    public void save(Path path) throws IOException {
        SessionFile.write(capture(), path);
        file.set(path.toAbsolutePath());
        dirty.set(false);
    }

    private void apply(Session session) {
        applying = true;
        try {
            // Each view's state before the named settings: loading runs resets the fit's hold-out,
            // which a named setting then sets.
            models.apply(session);
            if (!session.lastView().isEmpty()) {
                lastView.set(session.lastView());
            }
            carried = session;
        } finally {
            applying = false;
        }
        loads.set(loads.get() + 1);
    }
}
