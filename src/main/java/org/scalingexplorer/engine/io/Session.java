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
 */
public record Session(LawPreset activePreset, Map<LawPreset, ScalingLaw> laws, String lastView,
                      ArrayNode budgets, ObjectNode repetition, ArrayNode importedRuns, ArrayNode fitResults,
                      Map<String, Double> viewSettings) {

    public Session(LawPreset activePreset, Map<LawPreset, ScalingLaw> laws, String lastView, ArrayNode budgets,
                   ObjectNode repetition, ArrayNode importedRuns, ArrayNode fitResults) {
        this(activePreset, laws, lastView, budgets, repetition, importedRuns, fitResults, Map.of());
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
    }

    /** The published constants, Chinchilla active, nothing else: what a new window shows. */
    public static Session published() {
        return new Session(LawPreset.CHINCHILLA_2022, Map.of(), "", null, null, null, null);
    }

    public ScalingLaw law(LawPreset preset) {
        return laws.get(preset);
    }

    public Session withLaws(LawPreset active, Map<LawPreset, ScalingLaw> newLaws, String view) {
        return new Session(active, newLaws, view, budgets, repetition, importedRuns, fitResults, viewSettings);
    }

    /** The same session with the Fit view's runs and its fit summaries replaced. */
    public Session withFitWork(ArrayNode runs, ArrayNode fits) {
        return new Session(activePreset, laws, lastView, budgets, repetition, runs, fits, viewSettings);
    }

    public Session withViewSettings(Map<String, Double> settings) {
        return new Session(activePreset, laws, lastView, budgets, repetition, importedRuns, fitResults, settings);
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
}
