package org.scalingexplorer.engine.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * One step of a lesson: what the app shows (view, law, constants, view settings) and what it says.
 *
 * @param view       the id of the view to show (as in the sidebar and the render command)
 * @param law        the preset the sliders edit
 * @param resetLaws  restore every law's published constants first
 * @param constants  per preset id, constant key to value (e.g. {"chinchilla": {"alpha": 0.5}})
 * @param settings   view settings by key (e.g. "allocation.budget_flops"), as the views register them
 * @param simulation a live simulation to run beside the text: mean-estimation or nearest-neighbour
 * @param dimensions the dimensions d for the nearest-neighbour simulation
 */
public record LessonStep(
        LocalizedText title,
        LocalizedText text,
        String view,
        String law,
        @JsonProperty("reset_laws") boolean resetLaws,
        Map<String, Map<String, Double>> constants,
        Map<String, Double> settings,
        String simulation,
        int[] dimensions,
        LessonQuestion question) {

    public Map<String, Map<String, Double>> constants() {
        return constants == null ? Map.of() : constants;
    }

    public Map<String, Double> settings() {
        return settings == null ? Map.of() : settings;
    }
}
