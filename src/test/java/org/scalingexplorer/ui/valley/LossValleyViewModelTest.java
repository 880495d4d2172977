package org.scalingexplorer.ui.valley;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.InvalidationListener;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.surface.SurfaceWindow;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/** The loss-valley view-model without any view: what the law sliders and the view's controls do. */
class LossValleyViewModelTest {

    private final ScenarioModel scenario = new ScenarioModel();
    private final LossValleyViewModel viewModel = new LossValleyViewModel(scenario);

    private LawConstantModel constant(String key) {
        return viewModel.constants().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDefaultFrameCoversTheDefaultWindowOnA160GridWithEveryValueFinite() {
        ValleyFrame frame = viewModel.frame();
        assertEquals(SurfaceWindow.DEFAULT, frame.window());
        assertEquals(160, frame.columns());
        assertEquals(160, frame.rows());
        assertEquals(3 * 160 * 160, frame.boxPoints().length);
        assertAllFinite(frame);
        // Chinchilla at the corners of 1e7..1e13 N, 1e9..1e14 D.
        ChinchillaLaw law = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
        assertEquals(law.loss(1e7, 1e9), frame.maxLoss(), 1e-9);
        assertEquals(law.loss(1e13, 1e14), frame.minLoss(), 1e-9);
        // The highest corner is at height 1, the lowest at 0; the colour follows the height.
        assertEquals(1.0, frame.boxPoints()[2], 1e-6);
        assertEquals(0.0, frame.boxPoints()[frame.boxPoints().length - 1], 1e-6);
        assertEquals(frame.boxPoints()[3 * 500 + 2], frame.colourCoordinates()[500], 0);
        assertEquals(List.of(7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0),
                frame.paramsTicks().stream().map(ValleyFrame.Tick::value).toList());
        assertEquals(3, frame.isoFlopLines().size(), "1e19, 1e21 and 1e23 cross the default window");
        assertTrue(frame.optimalPath().size() > 10);
        assertFalse(frame.contours().isEmpty());
    }

    @Test
    void lockedAxesShowARaisedFloorAsALiftedSurface() {
        ValleyFrame before = viewModel.frame();
        double lowestBefore = lowestHeight(before);
        assertEquals(0, lowestBefore, 1e-6);
        viewModel.lockAxesProperty().set(true);
        scenario.setConstant(LawPreset.CHINCHILLA_2022, ChinchillaLaw.E, 2.5);
        ValleyFrame locked = viewModel.frame();
        assertEquals(before.lossScale(), locked.lossScale(), "the loss axis holds still");
        assertEquals(before.lossTicks(), locked.lossTicks());
        double lift = lowestHeight(locked);
        assertEquals(locked.lossScale().height(locked.minLoss()), lift, 1e-6);
        assertTrue(lift > 0.15, "the valley floor rose by " + lift + " of the box");

        viewModel.lockAxesProperty().set(false);
        ValleyFrame free = viewModel.frame();
        assertEquals(0, lowestHeight(free), 1e-6, "unlocked, the axis rescales and the lift disappears");
        assertEquals(free.minLoss(), free.lossScale().from(), 1e-12);
    }

    @Test
    void aLessonTurnsTheLockOnThroughItsViewSetting() {
        org.scalingexplorer.ui.scenario.ViewSettings settings = new org.scalingexplorer.ui.scenario.ViewSettings();
        LossValleyState.STATE.register(viewModel, settings);
        settings.set(LossValleyState.LOCK_AXES_SETTING, 1);
        assertTrue(viewModel.lockAxesProperty().get());
        assertEquals(1, settings.get(LossValleyState.LOCK_AXES_SETTING));
        assertTrue(viewModel.viewModifiedProperty().get());
        viewModel.resetView();
        assertFalse(viewModel.lockAxesProperty().get());
    }

    @Test
    void aPathThatMissesTheWindowSaysWhereItRuns() {
        assertEquals(null, viewModel.frame().pathOutside(), "the default window holds the path");
        viewModel.setWindow(new SurfaceWindow(11, 13, 9, 10));
        ValleyFrame frame = viewModel.frame();
        assertEquals(0, frame.optimalPath().size());
        ValleyFrame.PathOutside outside = frame.pathOutside();
        assertTrue(outside != null);
        assertEquals(6 * 1e12 * Math.pow(10, 9.5), outside.flops(), 1e-6 * outside.flops());
        assertTrue(outside.params() < 1e11, "at that budget the optimum is a smaller model: " + outside.params());
        assertTrue(outside.tokens() > 1e10, "trained on more tokens than the window shows: " + outside.tokens());
    }

    private static double lowestHeight(ValleyFrame frame) {
        double lowest = Double.MAX_VALUE;
        for (int i = 2; i < frame.boxPoints().length; i += 3) {
            lowest = Math.min(lowest, frame.boxPoints()[i]);
        }
        return lowest;
    }

    @Test
    void changingALawConstantChangesTheSurfacePoints() {
        ValleyFrame before = viewModel.frame();
        AtomicInteger invalidations = new AtomicInteger();
        InvalidationListener counter = o -> invalidations.incrementAndGet();
        viewModel.frameProperty().addListener(counter);
        constant(ChinchillaLaw.ALPHA).sliderPositionProperty().set(0.5);
        assertEquals(1, invalidations.get(), "a slider change invalidates the frame");
        ValleyFrame after = viewModel.frame();
        assertNotSame(before, after);
        assertEquals(0.5, scenario.law(LawPreset.CHINCHILLA_2022).constant(ChinchillaLaw.ALPHA));
        // Same grid, different heights: the mesh topology stays, the points move.
        float[] beforeU = column(before.boxPoints(), 0);
        float[] afterU = column(after.boxPoints(), 0);
        assertArrayEquals(beforeU, afterU);
        assertFalse(java.util.Arrays.equals(column(before.boxPoints(), 2), column(after.boxPoints(), 2)));
        assertTrue(after.maxLoss() < before.maxLoss(), "a steeper alpha lowers the small-model corner");
        assertAllFinite(after);
        assertTrue(viewModel.lawModifiedProperty().get());
        viewModel.resetLaw();
        assertFalse(viewModel.lawModifiedProperty().get());
        assertEquals(before.maxLoss(), viewModel.frame().maxLoss(), 1e-12);
    }

    @Test
    void changingTheWindowChangesTheGridAndTheTicks() {
        viewModel.paramsFromProperty().set(9);
        viewModel.tokensToProperty().set(12);
        ValleyFrame frame = viewModel.frame();
        assertEquals(new SurfaceWindow(9, 13, 9, 12), frame.window());
        assertEquals(List.of(9.0, 10.0, 11.0, 12.0, 13.0), frame.paramsTicks().stream().map(ValleyFrame.Tick::value).toList());
        assertEquals(List.of(9.0, 10.0, 11.0, 12.0), frame.tokensTicks().stream().map(ValleyFrame.Tick::value).toList());
        ChinchillaLaw law = (ChinchillaLaw) LawPreset.CHINCHILLA_2022.law();
        assertEquals(law.loss(1e9, 1e9), frame.maxLoss(), 1e-9);
        assertEquals(law.loss(1e13, 1e12), frame.minLoss(), 1e-9);
        for (double[] points : new double[][] {frame.optimalPath().log10Params()}) {
            for (double p : points) {
                assertTrue(p >= 9 - 1e-9 && p <= 13 + 1e-9, "path inside the window: " + p);
            }
        }
        assertAllFinite(frame);
        assertTrue(viewModel.viewModifiedProperty().get());
        viewModel.resetView();
        assertEquals(SurfaceWindow.DEFAULT, viewModel.frame().window());
        assertFalse(viewModel.viewModifiedProperty().get());
    }

    @Test
    void aWindowEdgeDraggedIntoTheOtherPushesItKeepingADecade() {
        viewModel.paramsFromProperty().set(13);
        assertEquals(13, viewModel.paramsFromProperty().get());
        assertEquals(14, viewModel.paramsToProperty().get());
        viewModel.paramsToProperty().set(3);
        assertEquals(LossValleyViewModel.PARAMS_LIMIT_MIN + 1, viewModel.paramsToProperty().get());
        assertEquals(LossValleyViewModel.PARAMS_LIMIT_MIN, viewModel.paramsFromProperty().get());
        assertAllFinite(viewModel.frame());
    }

    @Test
    void budgetsChooseTheIsoFlopLinesAndEachLineKeepsItsBudget() {
        viewModel.budgets().forEach(b -> b.shownProperty().set(b.flops() == 1e21));
        ValleyFrame frame = viewModel.frame();
        assertEquals(1, frame.isoFlopLines().size());
        ValleyFrame.IsoFlopLine line = frame.isoFlopLines().get(0);
        assertEquals(21, line.log10Flops());
        for (int i = 0; i < line.line().size(); i++) {
            assertEquals(21 - Math.log10(6), line.line().log10Params()[i] + line.line().log10Tokens()[i], 1e-9);
        }
        // Chinchilla's bottom of the banana at 1e21 FLOPs is inside the window and on the optimal path.
        assertTrue(line.minimumInsideWindow());
        double pathTokensAtMinimum = interpolate(frame.optimalPath(), line.minimumLog10Params());
        assertEquals(line.minimumLog10Tokens(), pathTokensAtMinimum, 0.01);
    }

    @Test
    void kaplansTwoRulesGiveDifferentPaths() {
        scenario.activePresetProperty().set(LawPreset.KAPLAN_2020);
        ValleyFrame floor = viewModel.frame();
        viewModel.pathRuleProperty().set(OptimumRule.PUBLISHED_RULE);
        ValleyFrame table6 = viewModel.frame();
        assertEquals(LawPreset.KAPLAN_2020, table6.preset());
        assertNotEquals(floor.optimalPath().log10Params()[0], table6.optimalPath().log10Params()[0]);
        assertAllFinite(table6);
    }

    @Test
    void everyValueIsFiniteAtTheSliderExtremes() {
        for (LawConstantModel c : viewModel.constants()) {
            c.sliderPositionProperty().set(c.range().sliderMin());
        }
        assertAllFinite(viewModel.frame());
        for (LawConstantModel c : viewModel.constants()) {
            c.sliderPositionProperty().set(c.range().sliderMax());
        }
        assertAllFinite(viewModel.frame());
    }

    @Test
    void niceLevelsAreRoundAndStrictlyInside() {
        assertArrayEquals(new double[] {2.0, 2.5, 3.0, 3.5, 4.0, 4.5},
                LossValleyViewModel.niceLevels(1.755, 4.63, 6), 1e-12);
        assertEquals(0, LossValleyViewModel.niceLevels(2, 2, 6).length);
    }

    private static double interpolate(ValleyFrame.Line path, double log10Params) {
        double[] x = path.log10Params();
        for (int i = 1; i < x.length; i++) {
            if ((x[i - 1] - log10Params) * (x[i] - log10Params) <= 0) {
                double t = (log10Params - x[i - 1]) / (x[i] - x[i - 1]);
                return path.log10Tokens()[i - 1] + t * (path.log10Tokens()[i] - path.log10Tokens()[i - 1]);
            }
        }
        throw new AssertionError("path does not reach log10 N = " + log10Params);
    }

    private static float[] column(float[] triples, int offset) {
        float[] out = new float[triples.length / 3];
        for (int i = 0; i < out.length; i++) {
            out[i] = triples[3 * i + offset];
        }
        return out;
    }

    private static void assertAllFinite(ValleyFrame frame) {
        assertTrue(Double.isFinite(frame.minLoss()) && Double.isFinite(frame.maxLoss()));
        for (float p : frame.boxPoints()) {
            assertTrue(Float.isFinite(p) && p >= -1e-6f && p <= 1 + 1e-6f, "box point " + p);
        }
        for (float c : frame.colourCoordinates()) {
            assertTrue(Float.isFinite(c), "colour " + c);
        }
        for (double l : frame.optimalPath().loss()) {
            assertTrue(Double.isFinite(l), "path loss " + l);
        }
        for (ValleyFrame.IsoFlopLine line : frame.isoFlopLines()) {
            for (double l : line.line().loss()) {
                assertTrue(Double.isFinite(l), "isoFLOP loss " + l);
            }
        }
        for (ValleyFrame.Tick tick : frame.lossTicks()) {
            assertTrue(tick.fraction() > 0 && tick.fraction() < 1, "loss tick inside: " + tick);
        }
    }
}
