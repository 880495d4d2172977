package org.scalingexplorer.ui.scenario;

import java.util.EnumMap;
import java.util.Map;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/** Moves a session in and out of the shared scenario; the window, the CLI and tests share it. */
public final class SessionState {
    private static final System.Logger LOG = System.getLogger(SessionState.class.getName());

    private SessionState() {
    }

    /**
     * The scenario as a session; {@code carried} supplies the slots (budgets, runs, fits) that no view
     * of this build edits, so they survive a save.
     */
    public static Session capture(ScenarioModel scenario, String lastView, Session carried) {
        Map<LawPreset, ScalingLaw> laws = new EnumMap<>(LawPreset.class);
        for (LawPreset preset : LawPreset.values()) {
            laws.put(preset, scenario.law(preset));
        }
        return carried.withLaws(scenario.activePreset(), laws, lastView);
    }

    /** As {@link #capture(ScenarioModel, String, Session)}, with every registered view setting. */
    public static Session capture(ScenarioModel scenario, String lastView, Session carried, ViewSettings settings) {
        Session session = capture(scenario, lastView, carried);
        if (settings == null) {
            return session;
        }
        Map<String, Double> values = new java.util.TreeMap<>(session.viewSettings());
        for (String key : settings.keys()) {
            values.put(key, settings.get(key));
        }
        return session.withViewSettings(values);
    }

    /**
     * Puts a session's view settings into the views. A key this build does not know (a newer app's
     * view) or a value a view refuses is passed over, so the rest of the session still opens.
     */
    public static void applyViewSettings(Session session, ViewSettings settings) {
        if (settings == null) {
            return;
        }
        session.viewSettings().forEach((key, value) -> {
            if (settings.keys().contains(key)) {
                try {
                    settings.set(key, value);
                } catch (IllegalArgumentException e) {
                    LOG.log(System.Logger.Level.WARNING, "Session setting passed over: " + e.getMessage());
                }
            }
        });
    }

    /** Puts a session's laws and active preset into the scenario; every chart follows. */
    public static void apply(Session session, ScenarioModel scenario) {
        for (LawPreset preset : LawPreset.values()) {
            scenario.setLaw(preset, session.law(preset));
        }
        scenario.activePresetProperty().set(session.activePreset());
    }
}
