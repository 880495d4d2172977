package org.scalingexplorer.ui.recipe;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.scalingexplorer.engine.allocation.ReferenceModelCatalog;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.law.ChinchillaLaw;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.engine.plan.ShapeSearch;
import org.scalingexplorer.engine.recipe.NonEmbeddingOptimum;
import org.scalingexplorer.ui.control.ConstantRange;
import org.scalingexplorer.ui.control.QuantityModel;
import org.scalingexplorer.ui.scenario.RecomputeWhenShown;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The Recipe view's state: a budget and the active law in; per panel what an engineer sets besides N
 * and D out (batch, learning rate, muP, shape, the Kaplan-Chinchilla gap, the data balance). The cheap
 * panels recompute at every change of the budget, the batch, the size window, the vocabulary or the
 * scenario; the muP sweep and the correction steps of real runs are long work of their own
 * ({@link MupLab}, {@link CorrectionSteps}).
 */
public final class RecipeViewModel {

    /** Everything the cheap panels show for one state of the inputs. */
    public record Result(LawPreset preset, double flops, BatchPanel batch, HyperPanel hyper, ShapesPanel shapes,
                         ReconcilePanel reconcile, BalancePanel balance) {
    }

    public static final String BUDGET = "budget";
    public static final String BATCH = "batch";
    public static final double DEFAULT_FLOPS = 1e22;
    /** LLaMA's batch of 4M tokens (Touvron et al. 2023, sec. 2.2): a batch people recognise. */
    public static final double DEFAULT_BATCH_TOKENS = 4_194_304;
    public static final ConstantRange BUDGET_RANGE = new ConstantRange(1e18, 1e27, true);
    public static final ConstantRange BATCH_RANGE = new ConstantRange(1e4, 1e9, true);

    private final ScenarioModel scenario;
    private final List<ReferenceModel> referenceModels = ReferenceModelCatalog.bundled();
    private final RecomputeWhenShown recomputation = new RecomputeWhenShown(this, this::recompute);
    private final ObjectProperty<RecipePanel> panel = new SimpleObjectProperty<>(this, "panel", RecipePanel.BATCH);
    private final QuantityModel budget = new QuantityModel(BUDGET, BUDGET_RANGE, DEFAULT_FLOPS);
    private final QuantityModel batch = new QuantityModel(BATCH, BATCH_RANGE, DEFAULT_BATCH_TOKENS);
    /** The reconciliation's window of non-embedding sizes, in log10 parameters: Kaplan's 768 to 1.5e9. */
    private final DoubleProperty log10WindowFrom = new SimpleDoubleProperty(this, "log10WindowFrom",
            Math.log10(NonEmbeddingOptimum.KAPLAN_SMALLEST_PARAMS));
    private final DoubleProperty log10WindowTo = new SimpleDoubleProperty(this, "log10WindowTo",
            Math.log10(NonEmbeddingOptimum.KAPLAN_LARGEST_PARAMS));
    private final LongProperty vocabulary = new SimpleLongProperty(this, "vocabulary", ShapeSearch.DEFAULT_VOCABULARY);
    private final BooleanProperty tiedEmbeddings = new SimpleBooleanProperty(this, "tiedEmbeddings", false);
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final MupLab mup;
    private final LastComputed<HyperPanel.Curves> hyperCurves = new LastComputed<>();
    private final LastComputed<ShapesPanel> shapesCache = new LastComputed<>();
    private final LastComputed<ReconcilePanel> reconcileCache = new LastComputed<>();
    private final LastComputed<Map<LawPreset, double[][]>> frontiers = new LastComputed<>();
    /** The published models' sizes without embeddings: fixed, so converted once. */
    private final double[] referenceNonEmbeddingParams;
    private final CorrectionSteps correctionSteps;
    private final ScheduleTrap scheduleTrap;

    public RecipeViewModel(ScenarioModel scenario, WorkMode work) {
        this.scenario = scenario;
        this.referenceNonEmbeddingParams = BalancePanel.nonEmbeddingSizes(referenceModels);
        this.mup = new MupLab(work);
        this.correctionSteps = new CorrectionSteps(work);
        this.scheduleTrap = new ScheduleTrap(work);
        scenario.revisionProperty().addListener((obs, old, now) -> recomputation.request());
        budget.valueProperty().addListener((obs, old, now) -> recompute());
        batch.valueProperty().addListener((obs, old, now) -> recompute());
        log10WindowFrom.addListener((obs, old, now) -> recompute());
        log10WindowTo.addListener((obs, old, now) -> recompute());
        vocabulary.addListener((obs, old, now) -> recompute());
        tiedEmbeddings.addListener((obs, old, now) -> recompute());
        recompute();
    }

    public ScenarioModel scenario() {
        return scenario;
    }

    /** The panel on screen (and in an export). */
    public ObjectProperty<RecipePanel> panelProperty() {
        return panel;
    }

    /** The compute budget every panel uses, 1e18 to 1e27 FLOPs. */
    public QuantityModel budget() {
        return budget;
    }

    /** The batch B of the batch-size panel, 1e4 to 1e9 tokens. */
    public QuantityModel batch() {
        return batch;
    }

    /** Sets the batch to the critical batch the panel shows now. */
    public void batchAtCritical() {
        batch.submit(Double.toString(result().batch().tradeoff().criticalBatchTokens()));
    }

    /** Lower edge of the size window, log10 non-embedding parameters; kept below the upper edge. */
    public DoubleProperty log10WindowFromProperty() {
        return log10WindowFrom;
    }

    public DoubleProperty log10WindowToProperty() {
        return log10WindowTo;
    }

    public LongProperty vocabularyProperty() {
        return vocabulary;
    }

    /**
     * Applies a typed vocabulary size; refuses text that is not a whole number from
     * {@value ShapesPanel#MIN_VOCABULARY} to {@value ShapesPanel#MAX_VOCABULARY}.
     */
    public boolean submitVocabulary(String typed) {
        var parsed = org.scalingexplorer.ui.control.TypedNumber.parseWhole(typed);
        if (parsed.isEmpty() || parsed.get() < ShapesPanel.MIN_VOCABULARY || parsed.get() > ShapesPanel.MAX_VOCABULARY) {
            return false;
        }
        vocabulary.set(parsed.get());
        return true;
    }

    /** Whether the output layer shares the input embedding (GPT-3) or is its own matrix (LLaMA). */
    public BooleanProperty tiedEmbeddingsProperty() {
        return tiedEmbeddings;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public Result result() {
        return result.get();
    }

    public MupLab mup() {
        return mup;
    }

    public CorrectionSteps correctionSteps() {
        return correctionSteps;
    }

    /** The truncated-cosine trap on the engine's demo curves: the reconciliation's third part. */
    public ScheduleTrap scheduleTrap() {
        return scheduleTrap;
    }

    /** Whether this view is on screen; while it is not, scenario changes only mark it stale. */
    public BooleanProperty shownProperty() {
        return recomputation.shownProperty();
    }

    private void recompute() {
        LawPreset preset = scenario.activePreset();
        ScalingLaw law = scenario.law(preset);
        double flops = budget.value();
        double from = Math.min(log10WindowFrom.get(), log10WindowTo.get());
        double to = Math.max(log10WindowFrom.get(), log10WindowTo.get());
        if (to - from < MIN_WINDOW_DECADES) {
            to = Math.min(ReconcilePanel.LOG10_PARAMS_MAX, from + MIN_WINDOW_DECADES);
            from = to - MIN_WINDOW_DECADES;
        }
        ChinchillaLaw chinchillaForm = law instanceof ChinchillaLaw c ? c : null;
        ChinchillaLaw fallback = (ChinchillaLaw) scenario.law(LawPreset.EPOCH_2024);
        double windowFrom = Math.pow(10, from);
        double windowTo = Math.pow(10, to);
        // A drag moves one input: the panels that do not read it are kept, so a step stays cheap.
        var laws = scenario.laws();
        HyperPanel hyper = HyperPanel.of(preset, law, flops,
                hyperCurves.get(List.of(preset, law), () -> HyperPanel.Curves.of(preset, law)));
        ShapesPanel shapes = shapesCache.get(List.of(preset, law, flops, vocabulary.get(), tiedEmbeddings.get()),
                () -> ShapesPanel.of(preset, law, flops, vocabulary.get(), tiedEmbeddings.get()));
        ReconcilePanel reconcile = reconcileCache.get(List.of(preset, law, fallback, windowFrom, windowTo),
                () -> ReconcilePanel.of(preset, chinchillaForm, fallback, windowFrom, windowTo));
        BalancePanel balance = BalancePanel.of(preset, law, flops, frontiers.get(laws, () -> BalancePanel.frontiers(laws)),
                referenceModels, referenceNonEmbeddingParams);
        result.set(new Result(preset, flops, BatchPanel.of(preset, law, flops, batch.value()), hyper, shapes,
                reconcile, balance));
    }

    /** The narrowest window a fit is drawn over: a tenth of a decade. */
    static final double MIN_WINDOW_DECADES = 0.1;
}
