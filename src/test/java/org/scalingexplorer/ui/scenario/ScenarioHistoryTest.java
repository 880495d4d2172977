package org.scalingexplorer.ui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;

/** Edit > Undo and Redo as a user meets them: one step per drag, per typed value, per click. */
class ScenarioHistoryTest {
    private static final LawPreset CHINCHILLA = LawPreset.CHINCHILLA_2022;
    private static final double PUBLISHED_ALPHA = ((ChinchillaLaw) CHINCHILLA.law()).alpha();

    private final Queue<Runnable> afterEvent = new ArrayDeque<>();
    private ScenarioModel scenario;
    private ViewSettings settings;
    private DoubleProperty budget;
    private DoubleProperty tab;
    private ScenarioHistory history;

    @BeforeEach
    void setUp() {
        scenario = new ScenarioModel();
        settings = new ViewSettings();
        budget = new SimpleDoubleProperty(22);
        tab = new SimpleDoubleProperty(0);
        settings.register("allocation.log10_flops", budget);
        settings.register("recipe.panel", tab);
        settings.excludeFromUndo("recipe.panel");
        history = new ScenarioHistory(scenario, settings, afterEvent::add);
    }

    /** What the FX thread does once the event that made the changes has been handled. */
    private void endOfEvent() {
        while (!afterEvent.isEmpty()) {
            afterEvent.poll().run();
        }
    }

    private double alpha() {
        return ((ChinchillaLaw) scenario.law(CHINCHILLA)).alpha();
    }

    @Test
    void aWholeSliderDragIsOneStepThatUndoAndRedoTakeBackAndPutBack() {
        history.gestureProperty().set(true);
        for (int step = 1; step <= 50; step++) {
            scenario.setConstant(CHINCHILLA, "alpha", PUBLISHED_ALPHA + step * 0.002);
            endOfEvent();
        }
        assertFalse(history.canUndoProperty().get(), "nothing settles while the pointer is held");
        history.gestureProperty().set(false);
        endOfEvent();
        assertEquals(1, history.undoCountProperty().get());

        assertTrue(history.undo());
        assertEquals(PUBLISHED_ALPHA, alpha(), 0.0, "undo puts back the value before the drag");
        assertFalse(history.canUndoProperty().get());
        assertTrue(history.redo());
        assertEquals(PUBLISHED_ALPHA + 0.1, alpha(), 1e-12, "redo puts back the value at the release");
    }

    @Test
    void eachTypedValueIsAStepAndUndoWalksBackThroughThemInOrder() {
        scenario.setConstant(CHINCHILLA, "alpha", 0.40);
        endOfEvent();
        budget.set(24);
        endOfEvent();
        scenario.activePresetProperty().set(LawPreset.KAPLAN_2020);
        endOfEvent();
        assertEquals(3, history.undoCountProperty().get());

        history.undo();
        assertEquals(CHINCHILLA, scenario.activePreset());
        assertEquals(24, budget.get());
        history.undo();
        assertEquals(22, budget.get());
        assertEquals(0.40, alpha());
        history.undo();
        assertEquals(PUBLISHED_ALPHA, alpha());
        assertFalse(history.undo(), "nothing left to undo");
        assertEquals(3, history.redoCountProperty().get());
    }

    @Test
    void aNewChangeAfterUndoDropsTheRedoSteps() {
        budget.set(24);
        endOfEvent();
        history.undo();
        assertTrue(history.canRedoProperty().get());
        budget.set(25);
        endOfEvent();
        assertFalse(history.canRedoProperty().get());
        assertFalse(history.redo());
        assertEquals(25, budget.get());
    }

    @Test
    void aChangeNotYetSettledIsWhatUndoTakesBack() {
        budget.set(24);
        endOfEvent();
        budget.set(26);
        assertTrue(history.undo(), "Ctrl+Z during the same event as a change");
        assertEquals(24, budget.get());
        afterEvent.clear();
        assertTrue(history.undo());
        assertEquals(22, budget.get());
    }

    @Test
    void severalChangesOfOneClickAreOneStep() {
        scenario.setConstant(CHINCHILLA, "alpha", 0.40);
        scenario.setConstant(CHINCHILLA, "beta", 0.30);
        budget.set(23);
        endOfEvent();
        assertEquals(1, history.undoCountProperty().get());
        history.undo();
        assertEquals(CHINCHILLA.law(), scenario.law(CHINCHILLA));
        assertEquals(22, budget.get());
    }

    @Test
    void switchingTabsIsNotAStepAndUndoLeavesTheTabAlone() {
        tab.set(3);
        endOfEvent();
        assertFalse(history.canUndoProperty().get());
        budget.set(24);
        endOfEvent();
        tab.set(1);
        endOfEvent();
        history.undo();
        assertEquals(22, budget.get());
        assertEquals(1, tab.get(), "the tab on show stays");
    }

    @Test
    void openingASessionStartsAFreshHistory() {
        budget.set(24);
        endOfEvent();
        history.clear();
        assertFalse(history.canUndoProperty().get());
        assertFalse(history.undo());
        assertEquals(24, budget.get());
    }

    @Test
    void undoItselfIsNotRecordedAsANewStep() {
        budget.set(24);
        endOfEvent();
        history.undo();
        endOfEvent();
        assertEquals(0, history.undoCountProperty().get());
        assertEquals(1, history.redoCountProperty().get());
    }

    @Test
    void theOldestStepsGoBeyondTheLimit() {
        for (int step = 1; step <= ScenarioHistory.MAX_STEPS + 20; step++) {
            budget.set(10 + step * 0.01);
            endOfEvent();
        }
        assertEquals(ScenarioHistory.MAX_STEPS, history.undoCountProperty().get());
    }

    @Test
    void aRangeWhoseEdgesRefuseToCrossIsPutBackWhole() {
        DoubleProperty from = new SimpleDoubleProperty(6);
        DoubleProperty to = new SimpleDoubleProperty(9);
        settings.register("valley.a_from", from, from::get, value -> {
            if (value >= to.get()) {
                throw new IllegalArgumentException("from must stay below to");
            }
            from.set(value);
        });
        settings.register("valley.b_to", to, to::get, value -> {
            if (value <= from.get()) {
                throw new IllegalArgumentException("to must stay above from");
            }
            to.set(value);
        });
        history.clear();
        to.set(13);
        from.set(11);
        endOfEvent();
        history.undo();
        assertEquals(6, from.get());
        assertEquals(9, to.get());
        history.redo();
        assertEquals(11, from.get());
        assertEquals(13, to.get());
    }
}
