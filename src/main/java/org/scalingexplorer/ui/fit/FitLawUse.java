package org.scalingexplorer.ui.fit;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableObjectValue;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * "Use this fit as the law": puts the fitted E, A, B, alpha and beta into the shared scenario, as the
 * constants of the Chinchilla-form preset the sliders edit (the active one if it is of that form,
 * else Hoffmann's), and makes that preset active, so every other view explores the user's own law.
 * Only the Chinchilla forms (free or with alpha = beta) are that law exactly; other forms are
 * refused, never converted approximately. One step of undo puts the preset's previous law back.
 */
public final class FitLawUse {

    /** What the last request did; the view words it. */
    public enum Outcome {
        NONE, APPLIED, NOT_CHINCHILLA_FORM, NO_LAW, UNDONE
    }

    /** The outcome with what it concerns: the form fitted and the preset that now holds the law. */
    public record Report(Outcome outcome, String formId, LawPreset preset) {
        static final Report NONE = new Report(Outcome.NONE, "", null);
    }

    private final ScenarioModel scenario;
    private final ObservableObjectValue<FitResult> result;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report", Report.NONE);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final BooleanBinding canUse;
    private LawPreset undoPreset;
    private ScalingLaw undoLaw;
    private LawPreset undoActive;

    FitLawUse(ScenarioModel scenario, ObservableObjectValue<FitResult> result) {
        this.scenario = scenario;
        this.result = result;
        this.canUse = Bindings.createBooleanBinding(() -> result.get() != null, result);
        result.addListener((obs, old, now) -> report.set(Report.NONE));
    }

    /** Puts the fit shown into the scenario; false (and the scenario untouched) when it is not a Chinchilla-form law. */
    public boolean use() {
        FitResult fit = result.get();
        if (fit == null) {
            throw new IllegalStateException("no fit is shown to use as the law");
        }
        if (fit.outcome() == null || !(fit.outcome().form() instanceof org.scalingexplorer.engine.fit.ChinchillaForm)) {
            report.set(new Report(Outcome.NOT_CHINCHILLA_FORM, fit.formId(), null));
            return false;
        }
        Optional<ChinchillaLaw> law = fit.chinchillaLaw();
        if (law.isEmpty()) {
            report.set(new Report(Outcome.NO_LAW, fit.formId(), null));
            return false;
        }
        LawPreset preset = scenario.law(scenario.activePreset()) instanceof ChinchillaLaw
                ? scenario.activePreset() : LawPreset.CHINCHILLA_2022;
        undoPreset = preset;
        undoLaw = scenario.law(preset);
        undoActive = scenario.activePreset();
        scenario.setLaw(preset, law.get());
        scenario.activePresetProperty().set(preset);
        canUndo.set(true);
        report.set(new Report(Outcome.APPLIED, fit.formId(), preset));
        return true;
    }

    /** Puts back the law and active preset that the last {@link #use} replaced. */
    public void undo() {
        if (!canUndo.get()) {
            return;
        }
        scenario.setLaw(undoPreset, undoLaw);
        scenario.activePresetProperty().set(undoActive);
        canUndo.set(false);
        report.set(new Report(Outcome.UNDONE, "", undoPreset));
    }

    /** A fit is shown. */
    public BooleanBinding canUseBinding() {
        return canUse;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public Report report() {
        return report.get();
    }
}
