package org.scalingexplorer.ui.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.LongProperty;
import javafx.util.Duration;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.AtomicFiles;
import org.scalingexplorer.engine.io.SessionFile;

/**
 * Writes the session to the user's app-data directory every {@link #INTERVAL_SECONDS} seconds while
 * it has unsaved changes, and once more on a clean exit, after which the exit is recorded. An
 * autosave newer than the last clean exit is what a crash left: the app offers to restore it.
 */
public final class Autosave {
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    /** Directory of the autosave; tests point it at a temporary directory. */
    public static final String DIRECTORY_PROPERTY = "scalingexplorer.autosave.dir";
    public static final int INTERVAL_SECONDS = 30;
    static final String FILE_NAME = "autosave." + SessionFile.EXTENSION;

    private final SessionController sessions;
    private final LongProperty lastCleanExit;
    private final Path file;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "autosave");
        thread.setDaemon(true);
        return thread;
    });
    private Timeline timer;
    private long savedChanges;

    public Autosave(SessionController sessions, LongProperty lastCleanExit, Path directory) {
        this.sessions = sessions;
        this.lastCleanExit = lastCleanExit;
        this.file = directory.resolve(FILE_NAME);
        this.savedChanges = sessions.changesProperty().get();
        // A start after a kill: remove the half-written temporary files the killed app left here.
        AtomicFiles.cleanStale(directory, null);
    }

    /** The directory of the system property, else the platform's place for application data. */
    public static Path defaultDirectory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData/Roaming") : Path.of(appData)).resolve("ScalingExplorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Scaling Explorer");
        }
        String dataHome = System.getenv("XDG_DATA_HOME");
        return (dataHome == null || dataHome.isBlank() ? home.resolve(".local/share") : Path.of(dataHome))
                .resolve("scaling-explorer");
    }

    public Path file() {
        return file;
    }

    /** An autosave that a crash left behind, if any. */
    public Optional<Path> recoverable() {
        try {
            if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toMillis() > lastCleanExit.get()) {
                return Optional.of(file);
            }
        } catch (IOException e) {
            // An autosave whose date cannot be read cannot be offered either.
        }
        return Optional.empty();
    }

    /**
     * Moves an autosave that cannot be read out of the way, keeping its bytes for whoever wants to look,
     * so the next autosave does not overwrite it. Returns where it went.
     */
    public Path setAsideUnreadable() throws IOException {
        Path aside = file.resolveSibling("autosave-unreadable-" + Instant.now().toEpochMilli() + "." + SessionFile.EXTENSION);
        Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /** The user chose not to restore: the old autosave goes, so it is not offered again. */
    public void discard() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Checks for changes every interval; the session is captured on the FX thread, written on another. */
    public void start() {
        timer = new Timeline(new KeyFrame(Duration.seconds(INTERVAL_SECONDS), e -> saveIfChanged()));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Writes in the background if anything changed since the last autosave; call on the FX thread. */
    public void saveIfChanged() {
        long changes = sessions.changesProperty().get();
        if (changes == savedChanges) {
            return;
        }
        Session session = sessions.capture();
        savedChanges = changes;
        writer.submit(() -> {
            try {
                SessionFile.write(session, file);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "Autosave to " + file + " failed: " + e.getMessage());
            }
        });
    }

    /** Waits until every autosave queued so far is on disk. */
    public void awaitWrites() throws InterruptedException {
        try {
            writer.submit(() -> { }).get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("an empty task failed", e);
        }
    }

    /**
     * On a clean exit: the last changes are written (and waited for), then the exit is recorded, so
     * the next start knows this autosave needs no rescue.
     */
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        saveIfChanged();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "Autosave to " + file + " did not finish within 10 s");
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        lastCleanExit.set(System.currentTimeMillis());
    }
}
