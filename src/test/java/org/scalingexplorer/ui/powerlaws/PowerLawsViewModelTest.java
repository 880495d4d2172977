package org.scalingexplorer.ui.powerlaws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.LossCurve;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Axis;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The view-model without any view: what the sliders do to the curves. */
class PowerLawsViewModelTest {

    private final ScenarioModel scenario = new ScenarioModel();
    private final PowerLawsViewModel viewModel = new PowerLawsViewModel(scenario);

    private LawConstantModel constant(String key) {
        return viewModel.constants().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private LossCurve chinchillaCurve(Axis axis) {
        return viewModel.figure().series(axis).stream()
                .filter(s -> s.preset() == LawPreset.CHINCHILLA_2022).findFirst().orElseThrow().curve();
    }

    /** Slope of log(L - E) against log N: exactly -alpha for E + A / N^alpha. */
    private static double powerLawSlope(LossCurve curve, double floor) {
        int last = curve.size() - 1;
        return (Math.log(curve.loss()[last] - floor) - Math.log(curve.loss()[0] - floor))
                / (Math.log(curve.x()[last]) - Math.log(curve.x()[0]));
    }

    @Test
    void movingTheAlphaSliderChangesTheSlopeOfTheParametersCurve() {
        assertEquals(-0.34, powerLawSlope(chinchillaCurve(Axis.PARAMS), 1.69), 1e-9);
        constant(ChinchillaLaw.ALPHA).sliderPositionProperty().set(0.5);
        assertEquals(-0.5, powerLawSlope(chinchillaCurve(Axis.PARAMS), 1.69), 1e-9);
        assertTrue(viewModel.modifiedProperty().get());
        // The data curve does not depend on alpha.
        assertEquals(-0.28, powerLawSlope(chinchillaCurve(Axis.TOKENS), 1.69), 1e-9);
    }

    @Test
    void resetRestoresThePublishedConstants() {
        constant(ChinchillaLaw.ALPHA).sliderPositionProperty().set(0.6);
        constant(ChinchillaLaw.E).sliderPositionProperty().set(2.5);
        viewModel.reset();
        assertEquals(LawPreset.CHINCHILLA_2022.law(), scenario.law(LawPreset.CHINCHILLA_2022));
        assertEquals(0.34, constant(ChinchillaLaw.ALPHA).sliderPositionProperty().get(), 1e-12);
        assertEquals("0.34", constant(ChinchillaLaw.ALPHA).textProperty().get());
        assertFalse(viewModel.modifiedProperty().get());
    }

    @Test
    void logScaleSlidersMoveInDecades() {
        LawConstantModel a = constant(ChinchillaLaw.A);
        assertEquals(Math.log10(406.4), a.sliderPositionProperty().get(), 1e-12);
        a.sliderPositionProperty().set(3);
        assertEquals(1000, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.A), 1e-9);
    }

    @Test
    void typedValuesAreCheckedBeforeTheyReachTheLaw() {
        LawConstantModel alpha = constant(ChinchillaLaw.ALPHA);
        assertFalse(alpha.submit("abc"));
        assertTrue(alpha.invalidInputProperty().get());
        assertFalse(alpha.submit("7"), "outside the slider range");
        assertEquals(0.34, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertTrue(alpha.submit(" 0.5 "));
        assertFalse(alpha.invalidInputProperty().get());
        assertEquals(0.5, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        assertTrue(constant(ChinchillaLaw.A).submit("1.2e3"));
        assertEquals(1200, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.A), 1e-9);
    }

    @Test
    void choosingKaplanSwitchesTheSlidersToKaplansConstants() {
        scenario.activePresetProperty().set(LawPreset.KAPLAN_2020);
        List<String> keys = viewModel.constants().stream().map(LawConstantModel::key).toList();
        assertEquals(List.of(KaplanLaw.ALPHA_N, KaplanLaw.ALPHA_D, KaplanLaw.N_C, KaplanLaw.D_C), keys);
        constant(KaplanLaw.ALPHA_N).sliderPositionProperty().set(0.1);
        LossCurve kaplan = viewModel.figure().series(Axis.PARAMS).stream()
                .filter(s -> s.preset() == LawPreset.KAPLAN_2020).findFirst().orElseThrow().curve();
        assertEquals(-0.1, kaplan.logLogSlope(10), 1e-9);
        assertTrue(viewModel.figure().series(Axis.PARAMS).stream()
                .filter(s -> s.preset() == LawPreset.KAPLAN_2020).findFirst().orElseThrow().active());
    }

    @Test
    void everyPlottedValueIsFiniteEvenAtTheSliderExtremes() {
        for (LawConstantModel c : viewModel.constants()) {
            c.sliderPositionProperty().set(c.range().sliderMin());
        }
        assertAllFinite();
        for (LawConstantModel c : viewModel.constants()) {
            c.sliderPositionProperty().set(c.range().sliderMax());
        }
        assertAllFinite();
    }

    @Test
    void hoverReadoutGivesEachLawsLossAtTheCursor() {
        var readout = viewModel.readout(Axis.PARAMS, 1e9);
        assertEquals(LawPreset.values().length, readout.size());
        assertEquals(LawPreset.CHINCHILLA_2022.law().lossOfParams(1e9),
                readout.stream().filter(r -> r.preset() == LawPreset.CHINCHILLA_2022).findFirst().orElseThrow().loss());
        assertTrue(viewModel.readout(Axis.PARAMS, Double.NaN).isEmpty());
        assertNotEquals(readout.get(0).loss(), readout.get(1).loss());
    }

    private void assertAllFinite() {
        for (Axis axis : Axis.values()) {
            for (var series : viewModel.figure().series(axis)) {
                for (double v : series.curve().loss()) {
                    assertTrue(Double.isFinite(v) && v > 0, axis + " " + series.preset() + " " + v);
                }
            }
        }
    }
}
