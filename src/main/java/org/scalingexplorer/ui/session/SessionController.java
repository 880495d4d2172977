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
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.fit.FitViewModel;

/**
 * The window's session: which file it was opened from or saved to, whether it changed since, and the
 * open and save that move it between the scenario and a file. Lives on the FX thread.
 */
public final class SessionController {

    private final ScenarioModel scenario;
    private final StringProperty lastView;
    private final ViewSettings viewSettings;
    private final FitViewModel fit;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper changes = new ReadOnlyLongWrapper(this, "changes");
    /** The session last opened: its slots (budgets, runs, fits) go out again with the next save. */
    private Session carried = Session.published();
    private boolean applying;

    public SessionController(ScenarioModel scenario, StringProperty lastView) {
        this(scenario, lastView, null);
    }

    /** @param viewSettings the views' settings to save and restore with the laws; null for none */
    public SessionController(ScenarioModel scenario, StringProperty lastView, ViewSettings viewSettings) {
        this(scenario, lastView, viewSettings, null);
    }

    /** @param fit the Fit view, whose runs and fit go into the session; null for none */
    public SessionController(ScenarioModel scenario, StringProperty lastView, ViewSettings viewSettings,
                             FitViewModel fit) {
        this.fit = fit;
        this.scenario = scenario;
        this.lastView = lastView;
        this.viewSettings = viewSettings;
        scenario.revisionProperty().addListener((obs, old, now) -> changed());
        lastView.addListener((obs, old, now) -> changed());
        if (viewSettings != null) {
            viewSettings.revisionProperty().addListener((obs, old, now) -> changed());
        }
        if (fit != null) {
            // The fit itself is derived (seeded) from the runs and these settings: they are the work.
            fit.loadedProperty().addListener((obs, old, now) -> changed());
            fit.approachProperty().addListener((obs, old, now) -> changed());
            fit.excludeHighestLossProperty().addListener((obs, old, now) -> changed());
            fit.resamplesProperty().addListener((obs, old, now) -> changed());
            fit.objectiveKindProperty().addListener((obs, old, now) -> changed());
            fit.envelopeLambdaProperty().addListener((obs, old, now) -> changed());
            fit.compareObjectivesProperty().addListener((obs, old, now) -> changed());
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

    /** The session as it stands now. */
    public Session capture() {
        return FitSessionPart.capture(SessionState.capture(scenario, lastView.get(), carried, viewSettings), fit);
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
            SessionState.apply(session, scenario);
            // Runs first: loading them resets the fit's hold-out, which the view settings then set.
            FitSessionPart.apply(session, fit);
            SessionState.applyViewSettings(session, viewSettings);
            if (!session.lastView().isEmpty()) {
                lastView.set(session.lastView());
            }
            carried = session;
        } finally {
            applying = false;
        }
    }
}
