package org.scalingexplorer.ui.recipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.await;
import static org.scalingexplorer.ui.shell.ExplorerWindowFixture.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.engine.curves.DemoCurves;
import org.scalingexplorer.engine.curves.LearningCurve;
import org.scalingexplorer.engine.curves.ScheduleReading;
import org.scalingexplorer.engine.curves.TruncatedCosineTrap;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.shell.Language;
import org.scalingexplorer.ui.view.WorkMode;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The reconciliation's schedule trap: the two exponents the view-model holds are what engine.curves
 * computes on the demo curves, and the text says "steeper" or "flatter" by their sign.
 */
@ExtendWith(ApplicationExtension.class)
class RecipeScheduleTrapTest {

    private final ScenarioModel scenario = new ScenarioModel();

    /** The trap as the Curves view reads it: the demo's cosines, the longest read at the others' ends. */
    private static TruncatedCosineTrap engineTrap() {
        List<LearningCurve> cosines = new ArrayList<>();
        for (LearningCurve curve : DemoCurves.curves()) {
            if (curve.name().startsWith(ScheduleReading.COSINE)) {
                cosines.add(curve);
            }
        }
        assertEquals(DemoCurves.COSINE_STEPS.length, cosines.size());
        return TruncatedCosineTrap.fromCurves(cosines.get(cosines.size() - 1), cosines);
    }

    @Test
    void theExponentsAreTheEnginesOnTheDemoCurves() {
        ScheduleTrap trap = new RecipeViewModel(scenario, WorkMode.INLINE).scheduleTrap();
        TruncatedCosineTrap shown = trap.trap();
        assertNotNull(shown, "computed inline before the constructor returns");
        TruncatedCosineTrap engine = engineTrap();
        assertEquals(engine.earlyReadExponent(), shown.earlyReadExponent(), 1e-12);
        assertEquals(engine.endedExponent(), shown.endedExponent(), 1e-12);
        // The same trap straight from the schedule law, without generating curves, agrees.
        TruncatedCosineTrap fromLaw = TruncatedCosineTrap.of(DemoCurves.LAW,
                DemoCurves.schedule(ScheduleReading.COSINE, DemoCurves.LONG_STEPS), DemoCurves.COSINE_STEPS);
        assertEquals(fromLaw.earlyReadExponent(), shown.earlyReadExponent(), 1e-9);
        assertEquals(fromLaw.endedExponent(), shown.endedExponent(), 1e-9);
        // On these constants the early reads come out flatter: 0.080 against 0.100.
        assertEquals(0.080, shown.earlyReadExponent(), 5e-4);
        assertEquals(0.100, shown.endedExponent(), 5e-4);
        assertEquals(shown.exponentGap() > 0 ? ScheduleTrap.Direction.STEEPER : ScheduleTrap.Direction.FLATTER,
                trap.direction());
    }

    @Test
    void theDirectionTextFollowsTheSignInBothLanguages() {
        TruncatedCosineTrap engine = new RecipeViewModel(scenario, WorkMode.INLINE).scheduleTrap().trap();
        // The same reads with the roles swapped: the gap changes sign, and so must the text.
        TruncatedCosineTrap swapped = new TruncatedCosineTrap(engine.steps(), engine.endedLosses(),
                engine.earlyReadLosses(), engine.endedExponent(), engine.earlyReadExponent());
        ResourceBundle english = Language.ENGLISH.bundle();
        ResourceBundle chinese = Language.SIMPLIFIED_CHINESE.bundle();
        String flatter = RecipeNotes.trap(engine, "", english).lines().get(0);
        String steeper = RecipeNotes.trap(swapped, "", english).lines().get(0);
        assertTrue(flatter.contains("0.080") && flatter.contains("0.100"), flatter);
        assertTrue(flatter.contains("12,000") && flatter.contains(" 3 shorter"), flatter);
        assertTrue(flatter.endsWith("look flatter."), flatter);
        assertTrue(steeper.endsWith("look steeper."), steeper);
        assertTrue(RecipeNotes.trap(engine, "", chinese).lines().get(0).endsWith("更平。"));
        assertTrue(RecipeNotes.trap(swapped, "", chinese).lines().get(0).endsWith("更陡。"));
        List<String> caveats = RecipeNotes.trap(engine, "", english).caveats();
        assertTrue(caveats.get(0).startsWith("Demo curves, not measurements") && caveats.get(0).contains("L0 = 2.99"),
                caveats.get(0));
        assertTrue(caveats.get(1).contains("Curves view"), caveats.get(1));
        assertTrue(RecipeNotes.trap(null, "", english).lines().get(0).startsWith("Computing"));
    }

    @Test
    void inTheWindowTheTrapIsComputedOffTheFxThread() {
        RecipeViewModel viewModel = onFx(() -> new RecipeViewModel(scenario, WorkMode.BACKGROUND));
        await(() -> onFx(() -> viewModel.scheduleTrap().trap() != null));
        assertEquals(engineTrap().earlyReadExponent(), viewModel.scheduleTrap().trap().earlyReadExponent(), 1e-12);
        assertFalse(onFx(() -> !viewModel.scheduleTrap().problemProperty().get().isEmpty()));
    }
}
