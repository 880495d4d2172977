package org.scalingexplorer.engine.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;

/**
 * Everything a session file keeps: the constants of every law preset, the preset the sliders edit,
 * the view shown last, and the work of the views that own budgets, repetition settings, imported runs
 * and fit results. Those four are kept as JSON, verbatim, so a session passes through this app without
 * losing a view's work even where the view that reads it is not built yet.
 *
 * @param laws          every preset's law, with the user's constants
 * @param lastView      the id of the view shown last, or "" for none
 * @param budgets       compute budgets of the allocation views (a JSON array)
 * @param repetition    settings of the data-repetition view (a JSON object)
 * @param importedRuns  training runs imported for fitting (a JSON array)
 * @param fitResults    fits of those runs (a JSON array)
 * @param viewSettings  the views' numeric settings by name (budgets, windows, sliders), as the
 *                      window's ViewSettings registry names them
 * @param viewStates    the rest of what each view keeps (choices, designs, pools, a lesson and its
 *                      step), one JSON object per view id, kept verbatim like the slots above
 */
public record Session(LawPreset activePreset, Map<LawPreset, ScalingLaw> laws, String lastView,
                      ArrayNode budgets, ObjectNode repetition, ArrayNode importedRuns, ArrayNode fitResults,
                      Map<String, Double> viewSettings, ObjectNode viewStates) {

    public Session(LawPreset activePreset, Map<LawPreset, ScalingLaw> laws, String lastView, ArrayNode budgets,
                   ObjectNode repetition, ArrayNode importedRuns, ArrayNode fitResults) {
        this(activePreset, laws, lastView, budgets, repetition, importedRuns, fitResults, Map.of());
    }

    public Session(LawPreset activePreset, Map<LawPreset, ScalingLaw> laws, String lastView, ArrayNode budgets,
                   ObjectNode repetition, ArrayNode importedRuns, ArrayNode fitResults,
                   Map<String, Double> viewSettings) {
        this(activePreset, laws, lastView, budgets, repetition, importedRuns, fitResults, viewSettings, null);
    }

    public Session {
        EnumMap<LawPreset, ScalingLaw> complete = new EnumMap<>(LawPreset.class);
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = laws.get(preset);
            if (law != null && law.getClass() != preset.law().getClass()) {
                throw new IllegalArgumentException(preset.id() + " needs a " + preset.law().getClass().getSimpleName()
                        + ", got a " + law.getClass().getSimpleName());
            }
            complete.put(preset, law == null ? preset.law() : law);
        }
        laws = Collections.unmodifiableMap(complete);
        lastView = lastView == null ? "" : lastView;
        budgets = budgets == null ? JsonNodeFactory.instance.arrayNode() : budgets.deepCopy();
        repetition = repetition == null ? JsonNodeFactory.instance.objectNode() : repetition.deepCopy();
        importedRuns = importedRuns == null ? JsonNodeFactory.instance.arrayNode() : importedRuns.deepCopy();
        fitResults = fitResults == null ? JsonNodeFactory.instance.arrayNode() : fitResults.deepCopy();
        java.util.TreeMap<String, Double> settings = new java.util.TreeMap<>();
        if (viewSettings != null) {
            viewSettings.forEach((key, value) -> {
                if (value == null || !Double.isFinite(value)) {
                    throw new IllegalArgumentException("view setting " + key + " must be a finite number, got " + value);
                }
                settings.put(key, value);
            });
        }
        viewSettings = Collections.unmodifiableMap(settings);
        viewStates = viewStates == null ? JsonNodeFactory.instance.objectNode() : viewStates.deepCopy();
    }

    /** The published constants, Chinchilla active, nothing else: what a new window shows. */
    public static Session published() {
        return new Session(LawPreset.CHINCHILLA_2022, Map.of(), "", null, null, null, null);
    }

    public ScalingLaw law(LawPreset preset) {
        return laws.get(preset);
    }

    public Session withLaws(LawPreset active, Map<LawPreset, ScalingLaw> newLaws, String view) {
        return new Session(active, newLaws, view, budgets, repetition, importedRuns, fitResults, viewSettings,
                viewStates);
    }

    /** The same session with the Fit view's runs and its fit summaries replaced. */
    public Session withFitWork(ArrayNode runs, ArrayNode fits) {
        return new Session(activePreset, laws, lastView, budgets, repetition, runs, fits, viewSettings, viewStates);
    }

    public Session withViewSettings(Map<String, Double> settings) {
        return new Session(activePreset, laws, lastView, budgets, repetition, importedRuns, fitResults, settings,
                viewStates);
    }

    /** The same session with one view's state replaced; a null state removes it. */
    public Session withViewState(String viewId, ObjectNode state) {
        ObjectNode states = viewStates.deepCopy();
        if (state == null) {
            states.remove(viewId);
        } else {
            states.set(viewId, state.deepCopy());
        }
        return new Session(activePreset, laws, lastView, budgets, repetition, importedRuns, fitResults, viewSettings,
                states);
    }

    /** A copy of one view's state; an empty object when the session has none for it. */
    public ObjectNode viewState(String viewId) {
        return viewStates.get(viewId) instanceof ObjectNode state ? state.deepCopy()
                : JsonNodeFactory.instance.objectNode();
    }

    /** How many runs the session holds, without copying them. */
    public int importedRunCount() {
        return importedRuns.size();
    }

    /** Copies of the slots, so a caller cannot change this session through them. */
    @Override
    public ArrayNode budgets() {
        return budgets.deepCopy();
    }

    @Override
    public ObjectNode repetition() {
        return repetition.deepCopy();
    }

    @Override
    public ArrayNode importedRuns() {
        return importedRuns.deepCopy();
    }

    @Override
    public ArrayNode fitResults() {
        return fitResults.deepCopy();
    }

    @Override
    public ObjectNode viewStates() {
        return viewStates.deepCopy();
    }
}
