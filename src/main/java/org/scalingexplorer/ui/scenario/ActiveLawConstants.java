package org.scalingexplorer.ui.scenario;

import org.scalingexplorer.ui.control.ConstantRange;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;

/**
 * The slider models of the active law's constants, rebuilt when the toolbar switches law. Every
 * view with law sliders holds one, so the sliders of all views edit the one scenario.
 */
public final class ActiveLawConstants {
    private final ScenarioModel scenario;
    private final ObservableList<LawConstantModel> constants = FXCollections.observableArrayList();

    public ActiveLawConstants(ScenarioModel scenario) {
        this.scenario = scenario;
        scenario.activePresetProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    /** One model per constant that has a slider, in the law's order. */
    public ObservableList<LawConstantModel> list() {
        return constants;
    }

    private void rebuild() {
        constants.forEach(LawConstantModel::dispose);
        LawPreset preset = scenario.activePreset();
        List<LawConstantModel> models = new ArrayList<>();
        for (LawConstant constant : scenario.law(preset).constants()) {
            ConstantRange.forKey(constant.key()).ifPresent(range ->
                    models.add(new LawConstantModel(scenario, preset, constant.key(), range)));
        }
        constants.setAll(models);
    }
}
