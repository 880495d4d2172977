package org.scalingexplorer.ui.powerlaws;

import org.scalingexplorer.ui.scenario.RecomputeWhenShown;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.allocation.ComputeOptimalAllocator;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.KaplanLaw;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.LossCurve;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.scenario.ActiveLawConstants;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The "Power laws" view's state: L against N, D and C for every law of the scenario, and the
 * constants of the active law as slider models. Recomputes whenever the scenario changes; the
 * engine calls take well under a millisecond, so a drag redraws in the same frame.
 */
public final class PowerLawsViewModel {

    private final RecomputeWhenShown recomputation = new RecomputeWhenShown(this, this::recompute);

    /** The x quantity of a chart, with the window it shows. */
    public enum Axis {
        PARAMS(1e5, 1e13), TOKENS(1e7, 1e14), COMPUTE(1e15, 1e27);

        private final double from;
        private final double to;

        Axis(double from, double to) {
            this.from = from;
            this.to = to;
        }

        public double from() {
            return from;
        }

        public double to() {
            return to;
        }
    }

    /** One law's curve on one chart. */
    public record LawSeries(LawPreset preset, LossCurve curve, boolean active) {
    }

    /** A law's irreducible loss E, drawn as the floor the curve bends toward. */
    public record Floor(LawPreset preset, double loss, boolean active) {
    }

    /** Everything the three charts draw. */
    public record Figure(List<LawSeries> byParams, List<LawSeries> byTokens, List<LawSeries> byCompute,
                         LossCurve kaplanMinComputeLaw, List<Floor> floors) {
        public List<LawSeries> series(Axis axis) {
            return switch (axis) {
                case PARAMS -> byParams;
                case TOKENS -> byTokens;
                case COMPUTE -> byCompute;
            };
        }
    }

    /** What the hover read-out shows for one law at the cursor's x. */
    public record Readout(LawPreset preset, double loss) {
    }

    /** Smooth on a log axis at 120 points; more only costs drawing time during a drag. */
    static final int POINTS_PER_CURVE = 120;

    private final ScenarioModel scenario;
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ActiveLawConstants lawConstants;
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");

    public PowerLawsViewModel(ScenarioModel scenario) {
        this.scenario = scenario;
        scenario.revisionProperty().addListener((obs, old, now) -> recomputation.request());
        lawConstants = new ActiveLawConstants(scenario);
        recompute();
    }

    public ScenarioModel scenario() {
        return scenario;
    }

    /** The curves of the three charts, replaced as a whole at every change. */
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

    /** Whether the active law differs from its published constants, so Reset has something to undo. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Restores the active law's published constants. */
    public void reset() {
        scenario.reset(scenario.activePreset());
    }

    /** The loss of each law at x on the given chart, for the hover read-out. */
    public List<Readout> readout(Axis axis, double x) {
        List<Readout> readouts = new ArrayList<>();
        if (!(x > 0) || !Double.isFinite(x)) {
            return readouts;
        }
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = scenario.law(preset);
            readouts.add(new Readout(preset, lossAt(law, axis, x)));
        }
        return readouts;
    }


    private void recompute() {
        LawPreset active = scenario.activePreset();
        List<LawSeries> byParams = new ArrayList<>();
        List<LawSeries> byTokens = new ArrayList<>();
        List<LawSeries> byCompute = new ArrayList<>();
        List<Floor> floors = new ArrayList<>();
        for (LawPreset preset : LawPreset.values()) {
            ScalingLaw law = scenario.law(preset);
            boolean isActive = preset == active;
            byParams.add(new LawSeries(preset, sample(law, Axis.PARAMS), isActive));
            byTokens.add(new LawSeries(preset, sample(law, Axis.TOKENS), isActive));
            byCompute.add(new LawSeries(preset, sample(law, Axis.COMPUTE), isActive));
            if (law.irreducibleLoss() > 0) {
                floors.add(new Floor(preset, law.irreducibleLoss(), isActive));
            }
        }
        KaplanLaw kaplan = (KaplanLaw) scenario.law(LawPreset.KAPLAN_2020);
        LossCurve kaplanMinCompute = LossCurve.sampleLogSpaced(
                flops -> kaplan.lossOfMinCompute(ComputeBudget.ofFlops(flops).pfDays()),
                Axis.COMPUTE.from(), Axis.COMPUTE.to(), POINTS_PER_CURVE);
        modified.set(scenario.isModified(active));
        figure.set(new Figure(List.copyOf(byParams), List.copyOf(byTokens), List.copyOf(byCompute),
                kaplanMinCompute, List.copyOf(floors)));
    }

    private static LossCurve sample(ScalingLaw law, Axis axis) {
        return LossCurve.sampleLogSpaced(x -> lossAt(law, axis, x), axis.from(), axis.to(), POINTS_PER_CURVE);
    }

    /**
     * L(N) and L(D) are each law's one-variable forms; L(C) is the loss at the law's own
     * compute-optimal allocation of C, the same number the allocation table shows.
     */
    private static double lossAt(ScalingLaw law, Axis axis, double x) {
        return switch (axis) {
            case PARAMS -> law.lossOfParams(x);
            case TOKENS -> law.lossOfTokens(x);
            case COMPUTE -> ComputeOptimalAllocator.allocate(law, ComputeBudget.ofFlops(x)).loss();
        };
    }

    /** Whether this view is on screen; while it is not, scenario changes only mark it stale. */
    public javafx.beans.property.BooleanProperty shownProperty() {
        return recomputation.shownProperty();
    }
}
