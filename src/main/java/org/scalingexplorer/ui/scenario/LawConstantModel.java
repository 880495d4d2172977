package org.scalingexplorer.ui.scenario;

import javafx.beans.value.ChangeListener;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.control.ConstantRange;
import org.scalingexplorer.ui.control.QuantityModel;

/**
 * One editable constant of the active law, as a slider and a text field see it. The value lives in
 * the scenario: a slider or field sets it there, and every change of the law (from any view, a
 * lesson, a session) comes back here. Constants that span decades (A, B, N_c, D_c) move on a log10
 * slider, so a drag covers the range evenly.
 */
public final class LawConstantModel extends QuantityModel {

    private final ScenarioModel scenario;
    private final LawPreset preset;
    private final ChangeListener<ScalingLaw> lawListener;

    public LawConstantModel(ScenarioModel scenario, LawPreset preset, String key, ConstantRange range) {
        super(key, range, scenario.law(preset).constant(key), false);
        this.scenario = scenario;
        this.preset = preset;
        lawListener = (obs, old, now) -> show(now.constant(key), true);
        scenario.lawProperty(preset).addListener(lawListener);
    }

    /** Stops following the scenario; called when the sliders switch to another law. */
    public void dispose() {
        scenario.lawProperty(preset).removeListener(lawListener);
    }

    public LawPreset preset() {
        return preset;
    }

    /** A value the law refuses throws with the engine's message and changes nothing. */
    @Override
    protected void accept(double newValue, boolean fromField) {
        scenario.setConstant(preset, key(), newValue);
    }
}
