package org.scalingexplorer.ui.data;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.repetition.DataPool;
import org.scalingexplorer.engine.repetition.MixtureOffset;
import org.scalingexplorer.engine.repetition.PoolCrossing;
import org.scalingexplorer.engine.repetition.QualityQuantityCurves;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.control.ConstantRange;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.QuantityModel;
import org.scalingexplorer.ui.control.QuantityRow;
import org.scalingexplorer.ui.data.DataViewModel.PoolField;
import org.scalingexplorer.ui.data.DataViewModel.PoolInputError;

/**
 * The side panel of the Data view's quality tab: the table of data pools (each cell typed and checked
 * by the view-model, a refusal named by row and column), one offset slider per test set, the mixture
 * weight, and where the pools' curves cross.
 */
final class DataQualityControls extends VBox {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private static final List<PoolField> POOL_FIELDS =
            List.of(PoolField.NAME, PoolField.UNIQUE_TOKENS, PoolField.QUALITY_OFFSET);

    private final DataViewModel viewModel;
    private final ResourceBundle bundle;
    private final GridPane poolTable = new GridPane();
    /** The text fields of each pool row, in the order of {@link #POOL_FIELDS}; rebuilt when the row count changes. */
    private final List<List<TextField>> poolFields = new ArrayList<>();
    private final Label poolError = new Label();
    private final Label poolCrossings = new Label();
    private final Label mixtureReadout = new Label();

    /** The side panel of the quality tab: the pool table, one offset slider per test set, the mixture weight. */
    DataQualityControls(DataViewModel viewModel, ResourceBundle bundle, Lifetime lifetime) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        Label heading = new Label(bundle.getString("data.quality.heading"));
        heading.getStyleClass().add("title-3");

        Label poolsHeading = new Label(bundle.getString("data.pools.heading"));
        poolsHeading.getStyleClass().add("title-4");
        poolsHeading.setTooltip(new Tooltip(bundle.getString("data.pools.tooltip")));
        poolTable.setId("pool-table");
        poolTable.setHgap(6);
        poolTable.setVgap(4);

        Button addPool = new Button(bundle.getString("data.pools.add"), new FontIcon("mdi2p-plus"));
        addPool.setId("add-pool");
        addPool.setTooltip(new Tooltip(MessageFormat.format(bundle.getString("data.pools.add.tooltip"),
                DataViewModel.MAX_POOLS)));
        addPool.disableProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.pools().size() >= DataViewModel.MAX_POOLS, viewModel.poolsProperty()));
        addPool.setOnAction(e -> viewModel.addPool(
                n -> MessageFormat.format(bundle.getString("data.pools.newName"), n)));

        poolError.setId("pool-error");
        poolError.setWrapText(true);
        poolError.getStyleClass().add("danger");
        poolError.managedProperty().bind(poolError.visibleProperty());
        poolError.setVisible(false);

        poolCrossings.setId("pool-crossings");
        poolCrossings.setWrapText(true);
        poolCrossings.getStyleClass().add("text-small");
        poolCrossings.setTooltip(new Tooltip(bundle.getString("data.pools.crossings.tooltip")));

        Label offsetsHeading = new Label(bundle.getString("data.offsets.heading"));
        offsetsHeading.getStyleClass().add("title-4");
        GridPane offsetRows = QuantityRow.grid();
        List<QuantityModel> offsets = viewModel.testSetOffsets();
        for (int k = 0; k < offsets.size(); k++) {
            String name = DataViewCharts.testSetName(bundle, viewModel.testDistributions().get(k).name());
            QuantityRow.add(offsetRows, k, offsets.get(k), name,
                    MessageFormat.format(bundle.getString("data.offsets.tooltip"), name),
                    bundle.getString("data.field.hint"), bundle, lifetime);
        }

        Label mixtureHeading = new Label(bundle.getString("data.mixture.heading"));
        mixtureHeading.getStyleClass().add("title-4");
        GridPane mixtureRows = QuantityRow.grid();
        QuantityRow.add(mixtureRows, 0, viewModel.mixtureWeight(), bundle.getString("data.mixture.weight"),
                bundle.getString("data.mixture.weight.tooltip"), bundle.getString("data.field.hint"), bundle,
                lifetime);
        mixtureReadout.setId("mixture-readout");
        mixtureReadout.setWrapText(true);
        mixtureReadout.setTooltip(new Tooltip(bundle.getString("data.mixture.readout.tooltip")));

        Button reset = new Button(bundle.getString("constants.reset"), new FontIcon("mdi2u-undo-variant"));
        reset.setId("reset-data-quality");
        reset.setTooltip(new Tooltip(bundle.getString("data.reset.quality.tooltip")));
        reset.disableProperty().bind(Bindings.not(viewModel.modifiedProperty()));
        reset.setOnAction(e -> viewModel.reset());

        Label source = new Label(bundle.getString("data.source"));
        source.setWrapText(true);
        source.getStyleClass().add("text-muted");

        getChildren().addAll(heading, poolsHeading, poolTable, addPool, poolError, poolCrossings,
                offsetsHeading, offsetRows, mixtureHeading, mixtureRows, mixtureReadout, reset, source);
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(380);
        setMinWidth(320);
        lifetime.onChange(viewModel.poolErrorProperty(), (old, now) -> showPoolError(now));
    }

    /** Shows what the view-model computed: the pools, where they cross, the mixture. */
    void show() {
        showPools(viewModel.pools());
        showCrossings(viewModel.charts().qualityQuantity());
        showMixture(viewModel.charts().mixture());
    }

    /** Fills the pool table; its rows are rebuilt only when a pool is added or removed, so a field keeps focus. */
    private void showPools(List<DataPool> pools) {
        if (pools.size() != poolFields.size()) {
            buildPoolRows(pools.size());
        }
        for (int row = 0; row < pools.size(); row++) {
            for (int column = 0; column < POOL_FIELDS.size(); column++) {
                TextField field = poolFields.get(row).get(column);
                field.setText(poolText(pools.get(row), POOL_FIELDS.get(column)));
            }
        }
    }

    private void buildPoolRows(int count) {
        poolTable.getChildren().clear();
        poolFields.clear();
        for (int column = 0; column < POOL_FIELDS.size(); column++) {
            Label header = new Label(bundle.getString(columnKey(POOL_FIELDS.get(column))));
            header.getStyleClass().add("text-bold");
            header.setTooltip(new Tooltip(columnTooltip(POOL_FIELDS.get(column))));
            poolTable.add(header, column, 0);
        }
        for (int row = 0; row < count; row++) {
            List<TextField> fields = new ArrayList<>();
            for (int column = 0; column < POOL_FIELDS.size(); column++) {
                PoolField which = POOL_FIELDS.get(column);
                TextField field = new TextField();
                field.setId("pool-" + (row + 1) + "-" + fieldId(which));
                field.setPrefColumnCount(which == PoolField.NAME ? 9 : 6);
                field.setTooltip(new Tooltip(columnTooltip(which) + "\n" + bundle.getString("data.field.hint")));
                int poolRow = row;
                field.setOnAction(e -> commitPoolField(field, poolRow, which));
                field.focusedProperty().addListener((obs, was, focused) -> {
                    // A field of a row that was just rebuilt away must not write into the pool now at its index.
                    boolean current = poolFields.stream().anyMatch(rowFields -> rowFields.contains(field));
                    if (!focused && current && !commitPoolField(field, poolRow, which)) {
                        // Leaving a refused cell shows the pool's value again; the message stays until the next edit.
                        field.setText(poolText(viewModel.pools().get(poolRow), which));
                    }
                });
                poolTable.add(field, column, row + 1);
                fields.add(field);
            }
            Button remove = new Button(null, new FontIcon("mdi2m-minus-circle-outline"));
            remove.setId("remove-pool-" + (row + 1));
            remove.getStyleClass().add("flat");
            remove.setTooltip(new Tooltip(bundle.getString("data.pools.remove.tooltip")));
            remove.setDisable(count <= DataViewModel.MIN_POOLS);
            int poolRow = row;
            remove.setOnAction(e -> viewModel.removePool(poolRow));
            poolTable.add(remove, POOL_FIELDS.size(), row + 1);
            poolFields.add(fields);
        }
    }

    /**
     * Hands a cell's text to the view-model unless it still shows the pool's value: an illustrative
     * pool's name is shown translated, and leaving it unedited must not rename the pool.
     */
    private boolean commitPoolField(TextField field, int row, PoolField which) {
        if (field.getText().equals(poolText(viewModel.pools().get(row), which))) {
            return true;
        }
        return viewModel.editPool(row, which, field.getText());
    }

    private String poolText(DataPool pool, PoolField which) {
        return switch (which) {
            case NAME -> DataViewCharts.poolName(bundle, pool.name());
            case UNIQUE_TOKENS -> QuantityFormat.constant(pool.uniqueTokens());
            case QUALITY_OFFSET -> QuantityFormat.constant(pool.qualityOffset());
        };
    }

    private static String fieldId(PoolField which) {
        return switch (which) {
            case NAME -> "name";
            case UNIQUE_TOKENS -> "uniqueTokens";
            case QUALITY_OFFSET -> "qualityOffset";
        };
    }

    private static String columnKey(PoolField which) {
        return "data.pools.column." + fieldId(which);
    }

    private String columnTooltip(PoolField which) {
        ConstantRange range = rangeOf(which);
        return range == null ? bundle.getString(columnKey(which) + ".tooltip")
                : MessageFormat.format(bundle.getString(columnKey(which) + ".tooltip"),
                        QuantityFormat.constant(range.min()), QuantityFormat.constant(range.max()));
    }

    private static ConstantRange rangeOf(PoolField which) {
        return switch (which) {
            case NAME -> null;
            case UNIQUE_TOKENS -> DataViewModel.POOL_TOKENS_RANGE;
            case QUALITY_OFFSET -> DataViewModel.POOL_QUALITY_RANGE;
        };
    }

    /** The refusal names the row (counting from 1) and the column, and marks the cell. */
    private void showPoolError(PoolInputError error) {
        for (int row = 0; row < poolFields.size(); row++) {
            for (int column = 0; column < POOL_FIELDS.size(); column++) {
                poolFields.get(row).get(column).pseudoClassStateChanged(DANGER,
                        error != null && error.row() == row && error.field() == POOL_FIELDS.get(column));
            }
        }
        if (error == null) {
            poolError.setVisible(false);
            poolError.setText("");
            return;
        }
        ConstantRange range = rangeOf(error.field());
        String problem = range == null
                ? bundle.getString("data.pools.problem." + error.problem().name())
                : MessageFormat.format(bundle.getString("data.pools.problem." + error.problem().name()),
                        QuantityFormat.constant(range.min()), QuantityFormat.constant(range.max()));
        poolError.setText(MessageFormat.format(bundle.getString("data.pools.error"), error.row() + 1,
                bundle.getString(columnKey(error.field())), error.typed(), problem));
        poolError.setVisible(true);
    }

    private void showCrossings(QualityQuantityCurves curves) {
        List<String> lines = new ArrayList<>();
        for (PoolCrossing crossing : curves.crossings()) {
            lines.add(MessageFormat.format(bundle.getString("data.pools.crossing"),
                    DataViewCharts.poolName(bundle, crossing.betterBelow().name()),
                    DataViewCharts.poolName(bundle, crossing.betterAbove().name()),
                    QuantityFormat.count(crossing.flops())));
        }
        if (lines.isEmpty()) {
            double[] flops = curves.flops();
            lines.add(MessageFormat.format(bundle.getString("data.pools.noCrossing"),
                    QuantityFormat.count(flops[0]), QuantityFormat.count(flops[flops.length - 1])));
        }
        poolCrossings.setText(String.join("\n", lines));
    }

    private void showMixture(MixtureOffset.MixtureCurve mixture) {
        mixtureReadout.setText(MessageFormat.format(bundle.getString("data.mixture.readout"),
                String.format(Locale.ROOT, "%.2f", mixture.chosenWeight()),
                String.format(Locale.ROOT, "%+.4f", mixture.chosenOffset()),
                String.format(Locale.ROOT, "%.2f", mixture.bestWeight()),
                String.format(Locale.ROOT, "%+.4f", mixture.bestOffset())));
    }
}
