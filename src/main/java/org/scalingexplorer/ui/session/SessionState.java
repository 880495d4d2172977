package org.scalingexplorer.ui.session;

import java.util.EnumMap;
import java.util.Map;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** Moves a session in and out of the shared scenario; the window, the CLI and tests share it. */
public final class SessionState {

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

    /** Puts a session's laws and active preset into the scenario; every chart follows. */
    public static void apply(Session session, ScenarioModel scenario) {
        for (LawPreset preset : LawPreset.values()) {
            scenario.setLaw(preset, session.law(preset));
        }
        scenario.activePresetProperty().set(session.activePreset());
    }
}
