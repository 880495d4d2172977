package org.scalingexplorer.ui.data;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.engine.repetition.DataScenario;
import org.scalingexplorer.engine.repetition.DataScenarioCharts;
import org.scalingexplorer.ui.scenario.ConstantRange;

/**
 * The Data view's state: the unique-token pool and compute budget that set the data-constrained
 * optimum, and a run of the user's own (N trained for some epochs over the pool) to hold against it.
 * Every change recomputes all charts with one {@link DataScenarioCharts#compute} call, a few
 * milliseconds (see DataBenchmark), so a drag redraws in the same frame.
 */
public final class DataViewModel {

    public static final String UNIQUE_TOKENS = "uniqueTokens";
    public static final String EPOCHS = "epochs";
    public static final String PARAMS = "params";
    public static final String FLOPS = "flops";

    /** Defaults: the README example of science.md section 5 (C 1e22, U_D 25e9), a 7e9 model for 4 epochs. */
    static final double DEFAULT_UNIQUE_TOKENS = 25e9;
    static final double DEFAULT_EPOCHS = 4;
    static final double DEFAULT_PARAMS = 7e9;
    static final double DEFAULT_FLOPS = 1e22;

    /**
     * The user's run: {@code params} trained for {@code epochs} passes over the pool, with what it
     * costs and the loss the law gives it, next to the loss of as many fresh tokens.
     */
    public record Run(double params, double tokens, double uniqueTokens, double epochs, double flops,
                      double effectiveTokens, double loss, double freshLoss) {
    }

    private final DataQuantityModel uniqueTokens =
            new DataQuantityModel(UNIQUE_TOKENS, new ConstantRange(1e8, 1e13, true), DEFAULT_UNIQUE_TOKENS);
    private final DataQuantityModel epochs =
            new DataQuantityModel(EPOCHS, new ConstantRange(1, 100, true), DEFAULT_EPOCHS);
    private final DataQuantityModel params =
            new DataQuantityModel(PARAMS, new ConstantRange(1e7, 1e12, true), DEFAULT_PARAMS);
    private final DataQuantityModel flops =
            new DataQuantityModel(FLOPS, new ConstantRange(1e19, 1e25, true), DEFAULT_FLOPS);
    private final List<DataQuantityModel> quantities = List.of(uniqueTokens, epochs, params, flops);

    private final ReadOnlyObjectWrapper<DataCharts> charts = new ReadOnlyObjectWrapper<>(this, "charts");
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private boolean resetting;

    public DataViewModel() {
        for (DataQuantityModel quantity : quantities) {
            quantity.valueProperty().addListener((obs, old, now) -> {
                if (!resetting) {
                    recompute();
                }
            });
        }
        recompute();
    }

    /** The slider models, in the order the view shows them. */
    public List<DataQuantityModel> quantities() {
        return quantities;
    }

    public DataQuantityModel quantity(String key) {
        return quantities.stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quantity " + key));
    }

    /** Every series of every chart, replaced as a whole at each change. */
    public ReadOnlyObjectProperty<DataCharts> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public DataCharts charts() {
        return charts.get();
    }

    /** The user's own run under the sliders. */
    public ReadOnlyObjectProperty<Run> runProperty() {
        return run.getReadOnlyProperty();
    }

    public Run run() {
        return run.get();
    }

    /** Whether any slider is off its default, so Reset has something to undo. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Restores every slider's default, recomputing once. */
    public void reset() {
        resetting = true;
        try {
            quantities.forEach(DataQuantityModel::reset);
        } finally {
            resetting = false;
        }
        recompute();
    }

    private void recompute() {
        DataScenario scenario = DataScenario.of(flops.value(), uniqueTokens.value());
        DataConstrainedLaw law = scenario.law();
        double pool = uniqueTokens.value();
        double tokens = pool * epochs.value();
        double n = params.value();
        run.set(new Run(n, tokens, pool, epochs.value(), ComputeBudget.ofTraining(n, tokens).flops(),
                law.effectiveTokens(tokens, pool),
                law.loss(n, tokens, pool), law.freshLoss(n, tokens)));
        modified.set(quantities.stream().anyMatch(q -> q.value() != q.defaultValue()));
        charts.set(DataScenarioCharts.compute(scenario));
    }
}
