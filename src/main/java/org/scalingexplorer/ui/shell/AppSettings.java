package org.scalingexplorer.ui.shell;

import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the app remembers between runs: window size, theme, language and last view. Each property is
 * written to {@link Preferences} as it changes, so a crash loses nothing already set.
 */
public final class AppSettings {
    private static final System.Logger LOG = System.getLogger(AppSettings.class.getName());

    /** The preferences node; tests and benchmarks use their own so they never touch a user's. */
    public static final String NODE_PROPERTY = "scalingexplorer.prefs.node";
    private static final String DEFAULT_NODE = "org/scalingexplorer/explorer";

    private final Preferences prefs;
    private final DoubleProperty windowWidth;
    private final DoubleProperty windowHeight;
    private final BooleanProperty maximized;
    private final ObjectProperty<ThemeChoice> theme;
    private final ObjectProperty<Language> language;
    private final StringProperty lastView;
    private final javafx.collections.ObservableList<String> recentSessions;
    private final javafx.beans.property.LongProperty lastCleanExit;

    public AppSettings(Preferences prefs) {
        this.prefs = prefs;
        windowWidth = persistedDouble("windowWidth", 1360);
        windowHeight = persistedDouble("windowHeight", 860);
        maximized = new SimpleBooleanProperty(this, "maximized", prefs.getBoolean("maximized", false));
        maximized.addListener((obs, old, now) -> prefs.putBoolean("maximized", now));
        theme = new SimpleObjectProperty<>(this, "theme", parse(ThemeChoice.class, prefs.get("theme", null), ThemeChoice.LIGHT));
        theme.addListener((obs, old, now) -> prefs.put("theme", now.name()));
        language = new SimpleObjectProperty<>(this, "language",
                parse(Language.class, prefs.get("language", null), Language.forLocale(Locale.getDefault())));
        language.addListener((obs, old, now) -> prefs.put("language", now.name()));
        lastView = new SimpleStringProperty(this, "lastView", prefs.get("lastView", ""));
        lastView.addListener((obs, old, now) -> prefs.put("lastView", now == null ? "" : now));
        recentSessions = javafx.collections.FXCollections.observableArrayList(
                prefs.get("recentSessions", "").lines().filter(line -> !line.isBlank()).limit(MAX_RECENT).toList());
        recentSessions.addListener((javafx.collections.ListChangeListener<String>) change ->
                prefs.put("recentSessions", String.join("\n", recentSessions)));
        lastCleanExit = new javafx.beans.property.SimpleLongProperty(this, "lastCleanExit",
                prefs.getLong("lastCleanExit", 0));
        lastCleanExit.addListener((obs, old, now) -> prefs.putLong("lastCleanExit", now.longValue()));
    }

    /** How many session files the File menu remembers. */
    public static final int MAX_RECENT = 8;

    /** Session files opened or saved, newest first, as absolute paths. */
    public javafx.collections.ObservableList<String> recentSessions() {
        return recentSessions;
    }

    /** Puts a session file first in the recent list. */
    public void rememberSession(java.nio.file.Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        java.util.List<String> updated = new java.util.ArrayList<>(recentSessions);
        updated.remove(path);
        updated.add(0, path);
        recentSessions.setAll(updated.subList(0, Math.min(MAX_RECENT, updated.size())));
    }

    /** When the app last closed normally (epoch milliseconds); an autosave newer than this is a crash's. */
    public javafx.beans.property.LongProperty lastCleanExitProperty() {
        return lastCleanExit;
    }

    /**
     * Settings of one run only, on a node of their own that {@link #discard()} removes: the user's saved
     * settings are neither read nor changed (a {@code gui --screenshot} run).
     */
    public static AppSettings throwaway() {
        return new AppSettings(Preferences.userRoot().node("scalingexplorer-runs/" + java.util.UUID.randomUUID()));
    }

    /** Removes this run's node (throwaway settings); a failure only leaves an empty node behind. */
    public void discard() {
        try {
            Preferences parent = prefs.parent();
            prefs.removeNode();
            parent.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(System.Logger.Level.DEBUG, "Throwaway settings not removed: " + e.getMessage());
        }
    }

    public static AppSettings load() {
        return new AppSettings(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    /** Window width in pixels, restored at the next start. */
    public DoubleProperty windowWidthProperty() {
        return windowWidth;
    }

    /** Window height in pixels, restored at the next start. */
    public DoubleProperty windowHeightProperty() {
        return windowHeight;
    }

    /** Whether the window was maximised. */
    public BooleanProperty maximizedProperty() {
        return maximized;
    }

    /** Light or dark theme. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** The UI language. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    /** The id of the view shown last. */
    public StringProperty lastViewProperty() {
        return lastView;
    }

    /** Writes pending changes to the backing store; a failure is not worth losing the exit over. */
    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Settings could not be saved: " + e.getMessage());
        }
    }

    private DoubleProperty persistedDouble(String key, double fallback) {
        DoubleProperty property = new SimpleDoubleProperty(this, key, prefs.getDouble(key, fallback));
        property.addListener((obs, old, now) -> prefs.putDouble(key, now.doubleValue()));
        return property;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, E fallback) {
        if (name == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
