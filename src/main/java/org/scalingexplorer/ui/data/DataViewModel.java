package org.scalingexplorer.ui.data;

import org.scalingexplorer.ui.control.QuantityModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.scalingexplorer.engine.compute.ComputeBudget;
import org.scalingexplorer.engine.law.DataConstrainedLaw;
import org.scalingexplorer.engine.repetition.DataCharts;
import org.scalingexplorer.engine.repetition.DataPool;
import org.scalingexplorer.engine.repetition.DataScenario;
import org.scalingexplorer.engine.repetition.DataScenarioCharts;
import org.scalingexplorer.engine.repetition.TestDistribution;
import org.scalingexplorer.ui.control.ConstantRange;

/**
 * The Data view's state: the unique-token pool and compute budget that set the data-constrained
 * optimum, and a run of the user's own (N trained for some epochs over the pool) to hold against it;
 * and for the quality lessons, the user's data pools, one offset per test distribution and a mixture
 * weight. Pools are immutable {@link DataPool} records: an edit replaces the list. Every change recomputes all charts with one {@link DataScenarioCharts#compute} call, a few
 * milliseconds (see DataBenchmark), so a drag redraws in the same frame.
 */
public final class DataViewModel {

    public static final String UNIQUE_TOKENS = "uniqueTokens";
    public static final String EPOCHS = "epochs";
    public static final String PARAMS = "params";
    public static final String FLOPS = "flops";
    public static final String MIXTURE_WEIGHT = "mixtureWeight";

    /** Enough rows for the lesson without crowding the legend; one pool still draws a curve. */
    public static final int MIN_POOLS = 1;
    public static final int MAX_POOLS = 6;
    /** Pool sizes from a small filtered corpus to more text than any public crawl. */
    public static final ConstantRange POOL_TOKENS_RANGE = new ConstantRange(1e8, 1e14, true);
    /** Quality offsets in nats: a nat either way is far beyond any filtering effect, and keeps E = 1.87 + offset positive. */
    public static final ConstantRange POOL_QUALITY_RANGE = new ConstantRange(-1, 1, false);
    /** Test-set log offsets: +-0.5 is a loss ratio of 0.61..1.65, wide enough to show the lines part. */
    public static final ConstantRange TEST_SET_OFFSET_RANGE = new ConstantRange(-0.5, 0.5, false);
    /** A pool added after the others is ten times larger than the largest and a little rougher than the roughest, continuing the illustrative pattern so it brings a new crossing. */
    static final double ADDED_POOL_SIZE_FACTOR = 10;
    static final double ADDED_POOL_EXTRA_OFFSET = 0.03;

    /** The field of a pool the user edits. */
    public enum PoolField { NAME, UNIQUE_TOKENS, QUALITY_OFFSET }

    /** Why typed pool input was refused. */
    public enum PoolInputProblem { EMPTY_NAME, DUPLICATE_NAME, NOT_A_NUMBER, OUT_OF_RANGE }

    /** A refused pool edit: {@code row} counts from 0, {@code typed} is the text as entered. */
    public record PoolInputError(int row, PoolField field, String typed, PoolInputProblem problem) {
    }

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

    private final QuantityModel uniqueTokens =
            new QuantityModel(UNIQUE_TOKENS, new ConstantRange(1e8, 1e13, true), DEFAULT_UNIQUE_TOKENS);
    private final QuantityModel epochs =
            new QuantityModel(EPOCHS, new ConstantRange(1, 100, true), DEFAULT_EPOCHS);
    private final QuantityModel params =
            new QuantityModel(PARAMS, new ConstantRange(1e7, 1e12, true), DEFAULT_PARAMS);
    private final QuantityModel flops =
            new QuantityModel(FLOPS, new ConstantRange(1e19, 1e25, true), DEFAULT_FLOPS);
    private final List<QuantityModel> quantities = List.of(uniqueTokens, epochs, params, flops);
    /** One slider per illustrative test distribution, in its order; the key is "offset-" and the index. */
    private final List<QuantityModel> testSetOffsets =
            IntStream.range(0, DataScenario.ILLUSTRATIVE_TEST_SETS.size())
                    .mapToObj(k -> new QuantityModel("offset-" + k, TEST_SET_OFFSET_RANGE,
                            DataScenario.ILLUSTRATIVE_TEST_SETS.get(k).logOffset()))
                    .toList();
    private final QuantityModel mixtureWeight = new QuantityModel(MIXTURE_WEIGHT,
            new ConstantRange(0, 1, false), DataScenario.ILLUSTRATIVE_MIXTURE_WEIGHT);
    private final List<QuantityModel> allSliders;

    private final ReadOnlyObjectWrapper<List<DataPool>> pools =
            new ReadOnlyObjectWrapper<>(this, "pools", DataScenario.ILLUSTRATIVE_POOLS);
    private final ReadOnlyObjectWrapper<PoolInputError> poolError = new ReadOnlyObjectWrapper<>(this, "poolError");
    private final ReadOnlyObjectWrapper<DataCharts> charts = new ReadOnlyObjectWrapper<>(this, "charts");
    private final ReadOnlyObjectWrapper<Run> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ReadOnlyBooleanWrapper modified = new ReadOnlyBooleanWrapper(this, "modified");
    private boolean resetting;

    public DataViewModel() {
        List<QuantityModel> sliders = new ArrayList<>(quantities);
        sliders.addAll(testSetOffsets);
        sliders.add(mixtureWeight);
        allSliders = List.copyOf(sliders);
        for (QuantityModel quantity : allSliders) {
            quantity.valueProperty().addListener((obs, old, now) -> {
                if (!resetting) {
                    recompute();
                }
            });
        }
        recompute();
    }

    /** The slider models, in the order the view shows them. */
    public List<QuantityModel> quantities() {
        return quantities;
    }

    public QuantityModel quantity(String key) {
        return quantities.stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quantity " + key));
    }

    /** The log offset of each test distribution, in the order of {@link #testDistributions()}. */
    public List<QuantityModel> testSetOffsets() {
        return testSetOffsets;
    }

    /** The weight on the first source of the two-source mixture. */
    public QuantityModel mixtureWeight() {
        return mixtureWeight;
    }

    /** The test distributions as the offset sliders set them. */
    public List<TestDistribution> testDistributions() {
        List<TestDistribution> distributions = new ArrayList<>();
        for (int k = 0; k < testSetOffsets.size(); k++) {
            distributions.add(new TestDistribution(DataScenario.ILLUSTRATIVE_TEST_SETS.get(k).name(),
                    testSetOffsets.get(k).value()));
        }
        return List.copyOf(distributions);
    }

    /** The user's data pools, replaced as a whole list at each accepted edit. */
    public ReadOnlyObjectProperty<List<DataPool>> poolsProperty() {
        return pools.getReadOnlyProperty();
    }

    public List<DataPool> pools() {
        return pools.get();
    }

    /** The last refused pool edit, or null once an edit is accepted, a row added or removed, or on reset. */
    public ReadOnlyObjectProperty<PoolInputError> poolErrorProperty() {
        return poolError.getReadOnlyProperty();
    }

    /**
     * Applies typed text to one field of one pool: a name that is not empty and names no other pool,
     * a token count in plain or scientific notation ("2e10") within {@link #POOL_TOKENS_RANGE}, or a
     * quality offset in nats within {@link #POOL_QUALITY_RANGE}. Refused input leaves every pool as it
     * was and is published as {@link #poolErrorProperty()}.
     */
    public boolean editPool(int row, PoolField field, String typed) {
        List<DataPool> current = pools.get();
        if (row < 0 || row >= current.size()) {
            throw new IndexOutOfBoundsException("no pool row " + row + " of " + current.size());
        }
        DataPool pool = current.get(row);
        String text = typed == null ? "" : typed.trim();
        DataPool edited;
        if (field == PoolField.NAME) {
            if (text.isEmpty()) {
                return refuse(row, field, typed, PoolInputProblem.EMPTY_NAME);
            }
            for (int other = 0; other < current.size(); other++) {
                if (other != row && current.get(other).name().equals(text)) {
                    return refuse(row, field, typed, PoolInputProblem.DUPLICATE_NAME);
                }
            }
            edited = new DataPool(text, pool.uniqueTokens(), pool.qualityOffset());
        } else {
            double value;
            try {
                value = Double.parseDouble(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                return refuse(row, field, typed, PoolInputProblem.NOT_A_NUMBER);
            }
            ConstantRange range = field == PoolField.UNIQUE_TOKENS ? POOL_TOKENS_RANGE : POOL_QUALITY_RANGE;
            if (!range.contains(value)) {
                return refuse(row, field, typed, PoolInputProblem.OUT_OF_RANGE);
            }
            edited = field == PoolField.UNIQUE_TOKENS
                    ? new DataPool(pool.name(), value, pool.qualityOffset())
                    : new DataPool(pool.name(), pool.uniqueTokens(), value);
        }
        List<DataPool> next = new ArrayList<>(current);
        next.set(row, edited);
        return replacePools(next);
    }

    /**
     * Adds a pool after the others, ten times larger than the largest and a little rougher than the
     * roughest; named by {@code nameForNumber} with the first row number (1, 2, ...) that gives a name
     * no pool has. Refused at {@link #MAX_POOLS}.
     */
    public boolean addPool(IntFunction<String> nameForNumber) {
        List<DataPool> current = pools.get();
        if (current.size() >= MAX_POOLS) {
            return false;
        }
        int number = current.size() + 1;
        while (nameTaken(current, nameForNumber.apply(number))) {
            number++;
        }
        double largest = current.stream().mapToDouble(DataPool::uniqueTokens).max().orElseThrow();
        double roughest = current.stream().mapToDouble(DataPool::qualityOffset).max().orElseThrow();
        List<DataPool> next = new ArrayList<>(current);
        next.add(new DataPool(nameForNumber.apply(number),
                Math.min(POOL_TOKENS_RANGE.max(), largest * ADDED_POOL_SIZE_FACTOR),
                Math.min(POOL_QUALITY_RANGE.max(), roughest + ADDED_POOL_EXTRA_OFFSET)));
        return replacePools(next);
    }

    /**
     * Replaces every pool at once (a session's): refused, with the reason, unless there are
     * {@link #MIN_POOLS} to {@link #MAX_POOLS} pools with distinct names within the columns' ranges.
     */
    public void setPools(List<DataPool> next) {
        if (next.size() < MIN_POOLS || next.size() > MAX_POOLS) {
            throw new IllegalArgumentException("pools must number " + MIN_POOLS + " to " + MAX_POOLS + ", got "
                    + next.size());
        }
        for (int row = 0; row < next.size(); row++) {
            DataPool pool = next.get(row);
            if (!POOL_TOKENS_RANGE.contains(pool.uniqueTokens()) || !POOL_QUALITY_RANGE.contains(pool.qualityOffset())) {
                throw new IllegalArgumentException("pool " + (row + 1) + " (" + pool.name() + ") lies outside the ranges");
            }
            if (nameTaken(next.subList(0, row), pool.name())) {
                throw new IllegalArgumentException("pool " + (row + 1) + " repeats the name " + pool.name());
            }
        }
        replacePools(next);
    }

    /** Removes one pool; refused when it is the last. */
    public boolean removePool(int row) {
        List<DataPool> current = pools.get();
        if (current.size() <= MIN_POOLS || row < 0 || row >= current.size()) {
            return false;
        }
        List<DataPool> next = new ArrayList<>(current);
        next.remove(row);
        return replacePools(next);
    }

    private static boolean nameTaken(List<DataPool> current, String name) {
        return current.stream().anyMatch(p -> p.name().equals(name));
    }

    private boolean refuse(int row, PoolField field, String typed, PoolInputProblem problem) {
        poolError.set(new PoolInputError(row, field, typed, problem));
        return false;
    }

    private boolean replacePools(List<DataPool> next) {
        poolError.set(null);
        pools.set(List.copyOf(next));
        recompute();
        return true;
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

    /** Whether any slider or pool is off its default, so Reset has something to undo. */
    public ReadOnlyBooleanProperty modifiedProperty() {
        return modified.getReadOnlyProperty();
    }

    /** Restores every slider's default and the illustrative pools, recomputing once. */
    public void reset() {
        resetting = true;
        try {
            allSliders.forEach(QuantityModel::reset);
            pools.set(DataScenario.ILLUSTRATIVE_POOLS);
            poolError.set(null);
        } finally {
            resetting = false;
        }
        recompute();
    }

    private void recompute() {
        DataScenario scenario = DataScenario.of(flops.value(), uniqueTokens.value())
                .withPools(pools.get())
                .withTestDistributions(testDistributions())
                .withMixtureWeight(mixtureWeight.value());
        DataConstrainedLaw law = scenario.law();
        double pool = uniqueTokens.value();
        double tokens = pool * epochs.value();
        double n = params.value();
        run.set(new Run(n, tokens, pool, epochs.value(), ComputeBudget.ofTraining(n, tokens).flops(),
                law.effectiveTokens(tokens, pool),
                law.loss(n, tokens, pool), law.freshLoss(n, tokens)));
        modified.set(allSliders.stream().anyMatch(q -> q.value() != q.defaultValue())
                || !pools.get().equals(DataScenario.ILLUSTRATIVE_POOLS));
        charts.set(DataScenarioCharts.compute(scenario));
    }
}
