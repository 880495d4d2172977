package org.scalingexplorer.ui.isoflop;

import org.scalingexplorer.ui.scenario.RecomputeWhenShown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.allocation.IsoFlopSweep;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.allocation.PowerLawFit;
import org.scalingexplorer.engine.compute.BudgetLadder;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.scenario.ActiveLawConstants;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The "IsoFLOP" view's state: for a range of log-spaced budgets, the loss against N along C = 6ND
 * (the bananas) of the scenario's active law and of a comparison law, the bottom of each banana, and
 * straight lines fitted through the bottoms on log-log axes. Recomputes on every change of the budgets
 * or of the shared scenario, so a constant dragged in any view moves the bananas.
 */
public final class IsoFlopViewModel {

    private final RecomputeWhenShown recomputation = new RecomputeWhenShown(this, this::recompute);

    /** The budget range slider covers 1e15 to 1e27 FLOPs, in log10 FLOPs. */
    public static final double LOG10_FLOPS_MIN = 15;
    public static final double LOG10_FLOPS_MAX = 27;
    public static final int MIN_BUDGETS = IsoFlopSweep.MIN_BUDGETS;
    public static final int MAX_BUDGETS = IsoFlopSweep.MAX_BUDGETS;

    /**
     * One law's bananas and their minima.
     *
     * @param preset          which law
     * @param sweep           a profile per budget, each {@value IsoFlopProfile#DEFAULT_POINTS} points wide, and
     *                        the power-law fits through their minima
     * @param publishedParams the law's published rule N_opt at each budget (Kaplan's Table 6), when it
     *                        differs from the bottoms of the bananas; empty where the two agree
     * @param active          whether this is the scenario's active law
     */
    public record LawSweep(LawPreset preset, IsoFlopSweep sweep, Optional<double[]> publishedParams, boolean active) {
        public double[] budgets() {
            return sweep.profiles().stream().mapToDouble(IsoFlopProfile::flops).toArray();
        }

        public double[] minimumParams() {
            return sweep.minima().stream().mapToDouble(m -> m.params()).toArray();
        }

        /** The published rule's exponent of N_opt against C, from the same budgets. */
        public Optional<Double> publishedExponent() {
            return publishedParams.map(params -> PowerLawFit.of(budgets(), params).exponent());
        }
    }

    /** What the view draws: the active law's bananas and, unless it is the same law, the comparison's. */
    public record Figure(double[] budgets, LawSweep active, Optional<LawSweep> comparison) {
        public List<LawSweep> sweeps() {
            return comparison.map(c -> List.of(active, c)).orElse(List.of(active));
        }
    }

    /** Published rule and banana bottom closer than this are drawn as one line. */
    private static final double SAME_RULE_TOLERANCE = 0.01;

    private final ScenarioModel scenario;
    private final DoubleProperty log10MinFlops = new SimpleDoubleProperty(this, "log10MinFlops", 18);
    private final DoubleProperty log10MaxFlops = new SimpleDoubleProperty(this, "log10MaxFlops", 24);
    private final IntegerProperty budgetCount = new SimpleIntegerProperty(this, "budgetCount", 7);
    private final ObjectProperty<LawPreset> comparison =
            new SimpleObjectProperty<>(this, "comparison", LawPreset.KAPLAN_2020);
    private final BooleanProperty overlay = new SimpleBooleanProperty(this, "overlay", false);
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ActiveLawConstants lawConstants;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    public IsoFlopViewModel(ScenarioModel scenario) {
        this.scenario = scenario;
        scenario.revisionProperty().addListener((obs, old, now) -> recomputation.request());
        scenario.activePresetProperty().addListener((obs, old, now) -> {
            // Comparing a law with itself shows nothing new: swap so the two laws stay different.
            if (comparison.get() == now) {
                comparison.set(old);
            }
        });
        if (comparison.get() == scenario.activePreset()) {
            comparison.set(LawPreset.CHINCHILLA_2022);
        }
        // The thumbs land on the 1-2-5 ladder, whether dragged, set by a lesson or read from a session.
        log10MinFlops.addListener((obs, old, now) -> log10MinFlops.set(BudgetLadder.snapLog10(now.doubleValue())));
        log10MaxFlops.addListener((obs, old, now) -> log10MaxFlops.set(BudgetLadder.snapLog10(now.doubleValue())));
        log10MinFlops.addListener((obs, old, now) -> recompute());
        log10MaxFlops.addListener((obs, old, now) -> recompute());
        budgetCount.addListener((obs, old, now) -> recompute());
        comparison.addListener((obs, old, now) -> recompute());
        lawConstants = new ActiveLawConstants(scenario);
        recompute();
    }

    public ScenarioModel scenario() {
        return scenario;
    }

    /** log10 of the smallest budget, the range slider's low thumb. */
    public DoubleProperty log10MinFlopsProperty() {
        return log10MinFlops;
    }

    /** log10 of the largest budget, the range slider's high thumb. */
    public DoubleProperty log10MaxFlopsProperty() {
        return log10MaxFlops;
    }

    /** How many budgets, {@value #MIN_BUDGETS} to {@value #MAX_BUDGETS}; other values are clamped. */
    public IntegerProperty budgetCountProperty() {
        return budgetCount;
    }

    /** The law drawn beside (or over) the active one. */
    public ObjectProperty<LawPreset> comparisonProperty() {
        return comparison;
    }

    /** Both laws' bananas in one chart instead of two side by side. */
    public BooleanProperty overlayProperty() {
        return overlay;
    }

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public Figure figure() {
        return figure.get();
    }

    /** Slider models of the active law's constants, rebuilt when the active law changes. */
    public ObservableList<LawConstantModel> constants() {
        return lawConstants.list();
    }

    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Restores the active law's published constants. */
    public void reset() {
        scenario.reset(scenario.activePreset());
    }


    /**
     * The budgets drawn: as many 1-2-5 budgets as asked (or all the range holds), spread evenly over the
     * slider's range, both ends included. The range stays inside the track and holds at least
     * {@value #MIN_BUDGETS} budgets, widened upwards (downwards at the top) when both thumbs sit close.
     */
    public double[] budgets() {
        double a = BudgetLadder.snapLog10(clamp(log10MinFlops.get(), LOG10_FLOPS_MIN, LOG10_FLOPS_MAX));
        double b = BudgetLadder.snapLog10(clamp(log10MaxFlops.get(), LOG10_FLOPS_MIN, LOG10_FLOPS_MAX));
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        while (BudgetLadder.rungs(Math.pow(10, low), Math.pow(10, high)).size() < MIN_BUDGETS) {
            if (high < LOG10_FLOPS_MAX) {
                high = BudgetLadder.stepLog10(high, 1);
            } else {
                low = BudgetLadder.stepLog10(low, -1);
            }
        }
        int count = (int) clamp(budgetCount.get(), MIN_BUDGETS, MAX_BUDGETS);
        return BudgetLadder.pick(Math.pow(10, low), Math.pow(10, high), count);
    }

    private void recompute() {
        double[] budgets = budgets();
        LawPreset activePreset = scenario.activePreset();
        LawPreset comparisonPreset = comparison.get();
        LawSweep activeSweep = sweep(activePreset, budgets, true);
        Optional<LawSweep> comparisonSweep = comparisonPreset == null || comparisonPreset == activePreset
                ? Optional.empty()
                : Optional.of(sweep(comparisonPreset, budgets, false));
        modified.set(scenario.isModified(activePreset));
        figure.set(new Figure(budgets, activeSweep, comparisonSweep));
    }

    private LawSweep sweep(LawPreset preset, double[] budgets, boolean active) {
        ScalingLaw law = scenario.law(preset);
        IsoFlopSweep sweep = IsoFlopSweep.of(law, budgets, IsoFlopProfile.DEFAULT_POINTS);
        double[] published = new double[budgets.length];
        boolean differs = false;
        for (int i = 0; i < budgets.length; i++) {
            published[i] = OptimumRule.PUBLISHED_RULE.allocate(law, ComputeBudget.ofFlops(budgets[i])).params();
            double bottom = sweep.profiles().get(i).minimum().params();
            differs |= Math.abs(published[i] / bottom - 1) > SAME_RULE_TOLERANCE;
        }
        return new LawSweep(preset, sweep, differs ? Optional.of(published) : Optional.empty(), active);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Whether this view is on screen; while it is not, scenario changes only mark it stale. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return recomputation.shownProperty();
    }
}
