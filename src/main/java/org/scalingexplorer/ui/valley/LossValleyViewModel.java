package org.scalingexplorer.ui.valley;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scalingexplorer.engine.allocation.Allocation;
import org.scalingexplorer.engine.allocation.IsoFlopProfile;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.allocation.OptimumRule;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.surface.ComputeOptimalPath;
import org.scalingexplorer.engine.surface.ContourLine;
import org.scalingexplorer.engine.surface.IsoLossContour;
import org.scalingexplorer.engine.surface.LossSurface;
import org.scalingexplorer.engine.surface.SurfaceWindow;
import org.scalingexplorer.ui.scenario.ActiveLawConstants;
import org.scalingexplorer.ui.scenario.LawConstantModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The "Loss valley" view's state: the window of log10 N and log10 D shown, the isoFLOP budgets drawn,
 * which compute-optimal rule traces the path, and the active law of the shared scenario. Its output is
 * one {@link ValleyFrame} that both the 3D surface and the 2D map draw.
 *
 * <p>The frame is a lazy binding: a slider change only invalidates it, and the surface (160 x 160 losses,
 * contours, path, isoFLOP lines, a few milliseconds) is recomputed when someone asks for it. A view
 * listens for invalidation and asks once per pulse, so a fast drag costs one recompute per frame, not one
 * per mouse event. Listeners must therefore be {@link javafx.beans.InvalidationListener}s: a change
 * listener would force a recompute at every invalidation.
 */
public final class LossValleyViewModel {

    /** Grid points along each axis: 160 x 160 stays within a frame's budget on two cores. */
    public static final int GRID_SIZE = 160;
    /** The range sliders' reach in log10 N and log10 D; the window must lie inside SurfaceWindow's 0..20. */
    public static final double PARAMS_LIMIT_MIN = 5;
    public static final double PARAMS_LIMIT_MAX = 15;
    public static final double TOKENS_LIMIT_MIN = 7;
    public static final double TOKENS_LIMIT_MAX = 16;
    /** The narrowest window, in decades: narrower shows no valley, only a tilted plane. */
    public static final double MIN_SPAN_DECADES = 1;
    /** Budgets offered for isoFLOP lines, every second decade across the default window's 6e16..6e27 FLOPs. */
    public static final List<Double> BUDGET_CHOICES = List.of(1e17, 1e19, 1e21, 1e23, 1e25, 1e27);
    static final List<Double> DEFAULT_BUDGETS = List.of(1e19, 1e21, 1e23);
    static final OptimumRule DEFAULT_PATH_RULE = OptimumRule.LOSS_MINIMUM;
    static final int ISOFLOP_LINE_POINTS = 120;
    static final int CONTOUR_TARGET_COUNT = 12;
    static final int LOSS_TICK_TARGET_COUNT = 6;
    /** How far a locked surface may rise above its box (or sink below it), in box heights. */
    static final double MAX_OVERSHOOT = 0.5;
    private static final double[] NICE_STEPS = {0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20,
        25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000, 1e5};

    /** Whether the isoFLOP line of one budget is drawn. */
    public static final class BudgetChoice {
        private final double flops;
        private final BooleanProperty shown;

        BudgetChoice(double flops, boolean shownByDefault) {
            this.flops = flops;
            this.shown = new SimpleBooleanProperty(this, "shown", shownByDefault);
        }

        public double flops() {
            return flops;
        }

        public int log10Flops() {
            return (int) Math.round(Math.log10(flops));
        }

        public BooleanProperty shownProperty() {
            return shown;
        }
    }

    private final ScenarioModel scenario;
    private final LossSurface surface = new LossSurface(GRID_SIZE, GRID_SIZE);
    private final DoubleProperty paramsFrom = new SimpleDoubleProperty(this, "paramsFrom");
    private final DoubleProperty paramsTo = new SimpleDoubleProperty(this, "paramsTo");
    private final DoubleProperty tokensFrom = new SimpleDoubleProperty(this, "tokensFrom");
    private final DoubleProperty tokensTo = new SimpleDoubleProperty(this, "tokensTo");
    private final ObjectProperty<OptimumRule> pathRule = new SimpleObjectProperty<>(this, "pathRule", DEFAULT_PATH_RULE);
    private final BooleanProperty lockAxes = new SimpleBooleanProperty(this, "lockAxes");
    /** The loss scale held while the axes are locked; null while they follow the window. */
    private ValleyFrame.LossScale lockedScale;
    private final List<BudgetChoice> budgets = new ArrayList<>();
    private final ActiveLawConstants lawConstants;
    private final ReadOnlyBooleanWrapper lawModified = new ReadOnlyBooleanWrapper(this, "lawModified");
    private final ReadOnlyBooleanWrapper viewModified = new ReadOnlyBooleanWrapper(this, "viewModified");
    private final ObjectBinding<ValleyFrame> frame;
    private final int[] meshFaces;
    private boolean adjustingWindow;

    public LossValleyViewModel(ScenarioModel scenario) {
        this.scenario = scenario;
        meshFaces = surface.meshFaces();
        for (double flops : BUDGET_CHOICES) {
            budgets.add(new BudgetChoice(flops, DEFAULT_BUDGETS.contains(flops)));
        }
        setWindow(SurfaceWindow.DEFAULT);
        keepSpan(paramsFrom, paramsTo, PARAMS_LIMIT_MIN, PARAMS_LIMIT_MAX);
        keepSpan(tokensFrom, tokensTo, TOKENS_LIMIT_MIN, TOKENS_LIMIT_MAX);

        List<ObservableValue<?>> inputs = new ArrayList<>(List.of(scenario.revisionProperty(), paramsFrom, paramsTo,
                tokensFrom, tokensTo, pathRule, lockAxes));
        budgets.forEach(b -> inputs.add(b.shownProperty()));
        frame = Bindings.createObjectBinding(this::compute, inputs.toArray(Observable[]::new));
        // Locking takes the scale the surface has now: the binding, invalidated first, still computes it
        // unlocked here. Unlocking drops the held scale and computes again.
        lockAxes.addListener((obs, old, now) -> {
            lockedScale = now ? frame().lossScale() : null;
            frame.invalidate();
        });
        // Change listeners: cheap, and unlike invalidation listeners they fire at every change.
        inputs.forEach(input -> input.addListener((obs, old, now) -> updateModified()));

        lawConstants = new ActiveLawConstants(scenario);
        updateModified();
    }

    public ScenarioModel scenario() {
        return scenario;
    }

    /** The surface and everything drawn on it; invalidated by every input, recomputed on demand. */
    public ObservableValue<ValleyFrame> frameProperty() {
        return frame;
    }

    public ValleyFrame frame() {
        return frame.get();
    }

    /**
     * The triangle faces of the surface mesh, (point, texture) index pairs: fixed for the grid size, so a
     * view builds its mesh once and afterwards only overwrites points and texture coordinates.
     */
    public int[] meshFaces() {
        return meshFaces.clone();
    }

    /** Low end of the window in log10 N. */
    public DoubleProperty paramsFromProperty() {
        return paramsFrom;
    }

    public DoubleProperty paramsToProperty() {
        return paramsTo;
    }

    public DoubleProperty tokensFromProperty() {
        return tokensFrom;
    }

    public DoubleProperty tokensToProperty() {
        return tokensTo;
    }

    /** Which optimum the path follows; the two differ only for Kaplan's law. */
    public ObjectProperty<OptimumRule> pathRuleProperty() {
        return pathRule;
    }

    /**
     * Holds the loss axis (height and colour) where it is while the law changes, so that a change of
     * E lifts the whole surface visibly instead of being rescaled away. Off, the axis spans the
     * window's lowest to highest loss.
     */
    public BooleanProperty lockAxesProperty() {
        return lockAxes;
    }

    public List<BudgetChoice> budgets() {
        return budgets;
    }

    /** Slider models of the active law's constants, rebuilt when the active law changes. */
    public ObservableList<LawConstantModel> constants() {
        return lawConstants.list();
    }

    /** Whether the active law differs from its published constants. */
    public ReadOnlyBooleanProperty lawModifiedProperty() {
        return lawModified.getReadOnlyProperty();
    }

    /** Whether the window, budgets or path rule differ from their defaults, so Reset has something to undo. */
    public ReadOnlyBooleanProperty viewModifiedProperty() {
        return viewModified.getReadOnlyProperty();
    }

    /** Restores the active law's published constants. */
    public void resetLaw() {
        scenario.reset(scenario.activePreset());
    }

    /** Restores this view's own controls: the default window, budgets and path rule. */
    public void resetView() {
        setWindow(SurfaceWindow.DEFAULT);
        budgets.forEach(b -> b.shownProperty().set(DEFAULT_BUDGETS.contains(b.flops())));
        pathRule.set(DEFAULT_PATH_RULE);
        lockAxes.set(false);
    }

    public SurfaceWindow window() {
        return new SurfaceWindow(paramsFrom.get(), paramsTo.get(), tokensFrom.get(), tokensTo.get());
    }

    /** Sets all four edges at once; each pair must span at least {@value #MIN_SPAN_DECADES} decade. */
    public void setWindow(SurfaceWindow window) {
        adjustingWindow = true;
        try {
            double newParamsFrom = clamp(window.log10ParamsMin(), PARAMS_LIMIT_MIN, PARAMS_LIMIT_MAX - MIN_SPAN_DECADES);
            double newTokensFrom = clamp(window.log10TokensMin(), TOKENS_LIMIT_MIN, TOKENS_LIMIT_MAX - MIN_SPAN_DECADES);
            setInOrder(paramsFrom, paramsTo, newParamsFrom,
                    clamp(window.log10ParamsMax(), newParamsFrom + MIN_SPAN_DECADES, PARAMS_LIMIT_MAX));
            setInOrder(tokensFrom, tokensTo, newTokensFrom,
                    clamp(window.log10TokensMax(), newTokensFrom + MIN_SPAN_DECADES, TOKENS_LIMIT_MAX));
        } finally {
            adjustingWindow = false;
        }
    }

    /**
     * Moves both edges so that low never passes high on the way: a range slider bound to the pair
     * would otherwise clamp the first edge against the other's old position.
     */
    private static void setInOrder(DoubleProperty from, DoubleProperty to, double newFrom, double newTo) {
        if (newFrom > to.get()) {
            to.set(newTo);
            from.set(newFrom);
        } else {
            from.set(newFrom);
            to.set(newTo);
        }
    }

    /**
     * Keeps a pair of window edges inside the limits and at least a decade apart: moving one edge
     * into the other pushes it along, as a user dragging a range thumb expects.
     */
    private void keepSpan(DoubleProperty from, DoubleProperty to, double limitMin, double limitMax) {
        from.addListener((obs, old, now) -> {
            if (adjustingWindow) {
                return;
            }
            adjustingWindow = true;
            try {
                from.set(clamp(now.doubleValue(), limitMin, limitMax - MIN_SPAN_DECADES));
                if (to.get() < from.get() + MIN_SPAN_DECADES) {
                    to.set(from.get() + MIN_SPAN_DECADES);
                }
            } finally {
                adjustingWindow = false;
            }
        });
        to.addListener((obs, old, now) -> {
            if (adjustingWindow) {
                return;
            }
            adjustingWindow = true;
            try {
                to.set(clamp(now.doubleValue(), limitMin + MIN_SPAN_DECADES, limitMax));
                if (from.get() > to.get() - MIN_SPAN_DECADES) {
                    from.set(to.get() - MIN_SPAN_DECADES);
                }
            } finally {
                adjustingWindow = false;
            }
        });
    }

    private void updateModified() {
        lawModified.set(scenario.isModified(scenario.activePreset()));
        boolean budgetsChanged = budgets.stream()
                .anyMatch(b -> b.shownProperty().get() != DEFAULT_BUDGETS.contains(b.flops()));
        // Raw edges, not window(): while one edge pushes the other the pair is briefly out of order.
        SurfaceWindow standard = SurfaceWindow.DEFAULT;
        boolean windowChanged = paramsFrom.get() != standard.log10ParamsMin()
                || paramsTo.get() != standard.log10ParamsMax() || tokensFrom.get() != standard.log10TokensMin()
                || tokensTo.get() != standard.log10TokensMax();
        viewModified.set(windowChanged || budgetsChanged
                || pathRule.get() != DEFAULT_PATH_RULE || lockAxes.get());
    }


    private ValleyFrame compute() {
        LawPreset preset = scenario.activePreset();
        ScalingLaw law = scenario.law(preset);
        SurfaceWindow window = window();
        surface.recompute(law, window);
        double minLoss = surface.minLoss();
        double maxLoss = surface.maxLoss();
        ValleyFrame.LossScale heights = lockedScale != null ? lockedScale : new ValleyFrame.LossScale(minLoss, maxLoss);

        // Fresh arrays per frame, so a frame a view still holds never changes under it (400 KB a frame).
        int columns = surface.columns();
        int rows = surface.rows();
        float[] boxPoints = new float[3 * columns * rows];
        float[] colourCoordinates = new float[columns * rows];
        double[] losses = surface.losses();
        int out = 0;
        for (int row = 0; row < rows; row++) {
            float v = (float) row / (rows - 1);
            for (int column = 0; column < columns; column++) {
                int i = row * columns + column;
                double height = heights.height(losses[i]);
                boxPoints[out++] = (float) column / (columns - 1);
                boxPoints[out++] = v;
                // Locked, a lifted surface may rise above its box; beyond half a box it would leave the view.
                boxPoints[out++] = (float) clamp(height, -MAX_OVERSHOOT, 1 + MAX_OVERSHOOT);
                colourCoordinates[i] = (float) clamp(height, 0, 1);
            }
        }

        List<ValleyFrame.Contour> contours = new ArrayList<>();
        for (IsoLossContour contour : surface.contours(niceLevels(minLoss, maxLoss, CONTOUR_TARGET_COUNT))) {
            for (ContourLine line : contour.lines()) {
                contours.add(new ValleyFrame.Contour(contour.loss(), line.log10Params(), line.log10Tokens(),
                        line.closed()));
            }
        }

        ComputeOptimalPath path = ComputeOptimalPath.across(law, window, pathRule.get());
        ValleyFrame.Line optimalPath = new ValleyFrame.Line(path.log10Params(), path.log10Tokens(), path.loss());

        List<ValleyFrame.IsoFlopLine> isoFlopLines = new ArrayList<>();
        for (BudgetChoice budget : budgets) {
            if (!budget.shownProperty().get()) {
                continue;
            }
            window.isoFlopLine(law, budget.flops(), ISOFLOP_LINE_POINTS).ifPresent(profile ->
                    isoFlopLines.add(isoFlopLine(budget, profile)));
        }

        List<ValleyFrame.Tick> lossTicks = new ArrayList<>();
        for (double loss : niceLevels(heights.from(), heights.to(), LOSS_TICK_TARGET_COUNT)) {
            lossTicks.add(new ValleyFrame.Tick(loss, heights.height(loss)));
        }
        return new ValleyFrame(preset, window, columns, rows, boxPoints, colourCoordinates, minLoss, maxLoss,
                List.copyOf(contours), optimalPath, pathRule.get(), List.copyOf(isoFlopLines),
                decadeTicks(window.log10ParamsMin(), window.log10ParamsMax()),
                decadeTicks(window.log10TokensMin(), window.log10TokensMax()), List.copyOf(lossTicks), heights,
                path.size() > 0 ? null : pathOutside(law, window));
    }

    /** The optimum at the budget of the window's centre, to say where a path that misses the window runs. */
    private ValleyFrame.PathOutside pathOutside(ScalingLaw law, SurfaceWindow window) {
        double centreParams = (window.log10ParamsMin() + window.log10ParamsMax()) / 2;
        double centreTokens = (window.log10TokensMin() + window.log10TokensMax()) / 2;
        double flops = ComputeBudget.ofTraining(Math.pow(10, centreParams), Math.pow(10, centreTokens)).flops();
        Allocation optimum = pathRule.get().allocate(law, ComputeBudget.ofFlops(flops));
        return new ValleyFrame.PathOutside(flops, optimum.params(), optimum.tokens());
    }

    private static ValleyFrame.IsoFlopLine isoFlopLine(BudgetChoice budget, IsoFlopProfile profile) {
        int n = profile.params().length;
        double[] log10Params = new double[n];
        double[] log10Tokens = new double[n];
        for (int i = 0; i < n; i++) {
            log10Params[i] = Math.log10(profile.params()[i]);
            log10Tokens[i] = Math.log10(profile.tokens()[i]);
        }
        return new ValleyFrame.IsoFlopLine(budget.flops(), budget.log10Flops(),
                new ValleyFrame.Line(log10Params, log10Tokens, profile.loss().clone()),
                Math.log10(profile.minimum().params()), Math.log10(profile.minimum().tokens()),
                profile.minimum().loss(), profile.minimumInsideWindow());
    }

    /** Whole decades inside [from, to], each with its fraction of the way across. */
    private static List<ValleyFrame.Tick> decadeTicks(double from, double to) {
        List<ValleyFrame.Tick> ticks = new ArrayList<>();
        for (int exponent = (int) Math.ceil(from - 1e-9); exponent <= to + 1e-9; exponent++) {
            ticks.add(new ValleyFrame.Tick(exponent, (exponent - from) / (to - from)));
        }
        return List.copyOf(ticks);
    }

    /** Round values strictly between min and max, at most about {@code targetCount} of them. */
    static double[] niceLevels(double min, double max, int targetCount) {
        double span = max - min;
        if (!(span > 0)) {
            return new double[0];
        }
        double step = NICE_STEPS[NICE_STEPS.length - 1];
        for (double candidate : NICE_STEPS) {
            if (span / candidate <= targetCount) {
                step = candidate;
                break;
            }
        }
        if (span / step > targetCount) {
            // A span past the largest nice step (a loss of 1e300 at a corner): decades, so the loop stays short.
            step = Math.pow(10, Math.ceil(Math.log10(span / targetCount)));
        }
        if (!Double.isFinite(step) || !Double.isFinite(min) || !Double.isFinite(max)) {
            return new double[0];
        }
        List<Double> levels = new ArrayList<>();
        for (long k = (long) Math.floor(min / step) + 1; k * step < max; k++) {
            double level = k * step;
            if (level > min) {
                levels.add(level);
            }
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

}
