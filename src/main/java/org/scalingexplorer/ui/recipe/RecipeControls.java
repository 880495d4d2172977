package org.scalingexplorer.ui.recipe;

import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.RangeSlider;
import org.kordamp.ikonli.javafx.FontIcon;
import org.scalingexplorer.engine.plan.PublishedShape;
import org.scalingexplorer.engine.plan.ShapeCandidate;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.ui.chart.DisplayConverter;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.control.Lifetime;
import org.scalingexplorer.ui.control.NumberField;
import org.scalingexplorer.ui.control.QuantityRow;

/**
 * The controls at the side of each Recipe panel, bound to the view-model: the batch slider, the muP
 * run with progress and cancel, the shape search's vocabulary and tying, the reconciliation's size
 * window and the file of real runs. Binds; computes nothing.
 */
final class RecipeControls {

    /** One row of the shapes table: a shape the search offers, or a published model nearby. */
    record ShapeRow(String kind, TransformerShape shape, String publishedAs) {
    }

    private final RecipeViewModel viewModel;
    private final ResourceBundle bundle;
    private final Lifetime lifetime;
    private final TableView<ShapeRow> shapes = new TableView<>();

    RecipeControls(RecipeViewModel viewModel, ResourceBundle bundle, Lifetime lifetime) {
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.lifetime = lifetime;
        buildShapesTable();
    }

    /** The controls of a panel; null for a panel that has none beyond the budget. */
    Node of(RecipePanel panel) {
        return switch (panel) {
            case BATCH -> batch();
            case MUP -> mup();
            case SHAPES -> shapes();
            case RECONCILE -> reconcile();
            case HYPER, BALANCE -> null;
        };
    }

    private Node batch() {
        GridPane row = QuantityRow.grid();
        QuantityRow.add(row, 0, viewModel.batch(), bundle.getString("recipe.batch.batch"),
                bundle.getString("recipe.batch.batch.tooltip"), bundle.getString("recipe.field.hint"), bundle, lifetime);
        keepLabelsWhole(row);
        Button critical = button("batch-at-critical", "recipe.batch.atCritical", "mdi2t-target");
        critical.setOnAction(e -> viewModel.batchAtCritical());
        return new VBox(6, row, critical);
    }

    private Node mup() {
        MupLab lab = viewModel.mup();
        Button run = button("mup-run", "recipe.mup.run", "mdi2p-play");
        run.setOnAction(e -> lab.run());
        Button cancel = button("mup-cancel", "recipe.mup.cancel", "mdi2s-stop");
        cancel.setOnAction(e -> lab.cancel());
        cancel.disableProperty().bind(Bindings.not(lab.runningProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("mup-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(lab.progressProperty());
        progress.visibleProperty().bind(lab.runningProperty());
        progress.setTooltip(new Tooltip(bundle.getString("recipe.mup.progress.tooltip")));
        NumberField seed = new NumberField("mup-seed", lab.gridProperty().map(grid -> Long.toString(grid.seed())),
                typed -> {
                    var parsed = org.scalingexplorer.ui.control.TypedNumber.parseWhole(typed);
                    parsed.filter(value -> value >= 0).ifPresent(lab::useSeed);
                    return parsed.filter(value -> value >= 0).isPresent();
                }, lifetime);
        seed.setPrefColumnCount(5);
        seed.setTooltip(new Tooltip(bundle.getString("recipe.mup.seed.tooltip")));
        Label seedLabel = new Label(bundle.getString("recipe.mup.seed"));
        seedLabel.setLabelFor(seed);
        Label status = new Label();
        status.setId("mup-status");
        status.setWrapText(true);
        lifetime.follow(lab.statusProperty(), now -> status.setText(MessageFormat.format(
                bundle.getString("recipe.mup.status." + now.name().toLowerCase(java.util.Locale.ROOT)),
                lab.problemProperty().get())));
        HBox buttons = new HBox(8, run, cancel);
        HBox seedRow = new HBox(8, seedLabel, seed);
        seedRow.setAlignment(Pos.CENTER_LEFT);
        seedLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new VBox(6, buttons, seedRow, progress, status);
    }

    private Node shapes() {
        NumberField vocabulary = new NumberField("shapes-vocabulary",
                viewModel.vocabularyProperty().map(v -> Long.toString(v.longValue())), viewModel::submitVocabulary,
                lifetime);
        vocabulary.setTooltip(new Tooltip(bundle.getString("recipe.shapes.vocabulary.tooltip")));
        Label vocabularyLabel = new Label(bundle.getString("recipe.shapes.vocabulary"));
        vocabularyLabel.setLabelFor(vocabulary);
        CheckBox tied = new CheckBox(bundle.getString("recipe.shapes.tiedBox"));
        tied.setId("shapes-tied");
        tied.setWrapText(true);
        tied.selectedProperty().bindBidirectional(viewModel.tiedEmbeddingsProperty());
        tied.setTooltip(new Tooltip(bundle.getString("recipe.shapes.tiedBox.tooltip")));
        HBox row = new HBox(8, vocabularyLabel, vocabulary);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, tied);
    }

    private Node reconcile() {
        RangeSlider window = new RangeSlider(ReconcilePanel.LOG10_PARAMS_MIN, ReconcilePanel.LOG10_PARAMS_MAX,
                viewModel.log10WindowFromProperty().get(), viewModel.log10WindowToProperty().get());
        window.setId("reconcile-window");
        window.setShowTickMarks(true);
        window.setShowTickLabels(true);
        window.setMajorTickUnit(2);
        window.setMinorTickCount(1);
        window.setBlockIncrement(0.1);
        window.setLabelFormatter(new DisplayConverter<>(log10 -> "1e" + Math.round(log10.doubleValue())));
        followWindow(window);
        window.setTooltip(new Tooltip(bundle.getString("recipe.reconcile.window.tooltip")));
        Label windowLabel = new Label(bundle.getString("recipe.reconcile.windowLabel"));
        windowLabel.setWrapText(true);
        windowLabel.setLabelFor(window);

        CorrectionSteps steps = viewModel.correctionSteps();
        Button open = button("reconcile-open", "recipe.reconcile.open", "mdi2f-folder-open-outline");
        open.setOnAction(e -> chooseFile(open));
        ProgressBar progress = new ProgressBar();
        progress.setId("reconcile-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(steps.progressProperty());
        progress.visibleProperty().bind(steps.runningProperty());
        progress.managedProperty().bind(steps.runningProperty());
        progress.setTooltip(new Tooltip(bundle.getString("recipe.reconcile.progress.tooltip")));
        ComboBox<String> dataset = new ComboBox<>();
        dataset.setId("reconcile-dataset");
        dataset.setTooltip(new Tooltip(bundle.getString("recipe.reconcile.dataset.tooltip")));
        dataset.valueProperty().bindBidirectional(steps.datasetProperty());
        lifetime.follow(steps.loadedProperty(), loaded -> {
            dataset.getItems().setAll(loaded == null ? List.of() : loaded.datasets());
            dataset.setValue(steps.datasetProperty().get());
        });
        dataset.visibleProperty().bind(Bindings.size(dataset.getItems()).greaterThan(1));
        dataset.managedProperty().bind(dataset.visibleProperty());
        Label problem = new Label();
        problem.setId("reconcile-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("text-danger");
        problem.textProperty().bind(steps.problemProperty());
        Label file = new Label();
        file.setId("reconcile-file");
        file.setWrapText(true);
        lifetime.follow(steps.loadedProperty(), loaded -> file.setText(loaded == null
                ? bundle.getString("recipe.reconcile.noFile")
                : MessageFormat.format(bundle.getString("recipe.reconcile.file"), loaded.fileName())));
        return new VBox(6, windowLabel, window, new HBox(8, open, dataset), progress, file, problem);
    }

    /**
     * Keeps the range slider and the view-model's window edges in step. Not a bidirectional binding: a
     * lesson may set the lower edge above the old upper one before it sets the upper one, and the
     * slider, which keeps low below high, would then write a clamped edge back.
     */
    private void followWindow(RangeSlider window) {
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            syncing[0] = true;
            try {
                double from = viewModel.log10WindowFromProperty().get();
                double to = viewModel.log10WindowToProperty().get();
                double low = Math.min(from, to);
                double high = Math.max(from, to);
                if (low > window.getHighValue()) {
                    window.setHighValue(high);
                    window.setLowValue(low);
                } else {
                    window.setLowValue(low);
                    window.setHighValue(high);
                }
            } finally {
                syncing[0] = false;
            }
        };
        lifetime.onChange(viewModel.log10WindowFromProperty(), (old, now) -> fromModel.run());
        lifetime.onChange(viewModel.log10WindowToProperty(), (old, now) -> fromModel.run());
        window.lowValueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                viewModel.log10WindowFromProperty().set(now.doubleValue());
            }
        });
        window.highValueProperty().addListener((obs, old, now) -> {
            if (!syncing[0]) {
                viewModel.log10WindowToProperty().set(now.doubleValue());
            }
        });
    }

    private void chooseFile(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(bundle.getString("recipe.reconcile.open.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(bundle.getString("recipe.reconcile.open.filter"), "*.csv"),
                new FileChooser.ExtensionFilter(bundle.getString("fit.open.filter.all"), "*.*"));
        File chosen = chooser.showOpenDialog(owner.getScene() == null ? null : owner.getScene().getWindow());
        if (chosen != null) {
            viewModel.correctionSteps().open(chosen.toPath());
        }
    }

    /** The shapes the search offers and the published models nearby, one table. */
    TableView<ShapeRow> shapesTable() {
        return shapes;
    }

    void showShapes(ShapesPanel panel) {
        List<ShapeRow> rows = new java.util.ArrayList<>();
        for (ShapeCandidate candidate : panel.suggestions().candidates()) {
            rows.add(new ShapeRow(bundle.getString(candidate.isPublished() ? "recipe.shapes.kind.published"
                    : "recipe.shapes.kind.round"), candidate.shape(), String.join(", ",
                    candidate.publishedAs().stream().map(PublishedShape::name).toList())));
        }
        for (PublishedShape nearby : panel.suggestions().publishedNearby()) {
            TransformerShape shape = new TransformerShape(nearby.layers(), nearby.width(), nearby.heads(),
                    nearby.headSize(), nearby.vocabulary(), nearby.embeddings() != PublishedShape.Tying.UNTIED);
            rows.add(new ShapeRow(bundle.getString("recipe.shapes.kind.nearby"), shape, nearby.name()));
        }
        shapes.getItems().setAll(rows);
    }

    private void buildShapesTable() {
        shapes.setId("shapes-table");
        shapes.setFixedCellSize(24);
        shapes.setPrefHeight(24 * 9 + 34);
        shapes.setMinHeight(24 * 5 + 34);
        column("recipe.shapes.col.kind", row -> row.kind(), 115);
        column("recipe.shapes.col.shape", row -> row.shape().layers() + " \u00D7 " + row.shape().width(), 125);
        column("recipe.shapes.col.heads", row -> row.shape().heads() + " \u00D7 " + row.shape().headSize(), 80);
        column("recipe.shapes.col.aspect", row -> ReadableQuantity.plain(row.shape().aspectRatio()), 60);
        column("recipe.shapes.col.nonEmbedding", row -> ReadableQuantity.count(row.shape().nonEmbeddingParams()), 80);
        column("recipe.shapes.col.input", row -> ReadableQuantity.count(row.shape().inputEmbeddingParams()), 100);
        column("recipe.shapes.col.output", row -> row.shape().tiedEmbeddings()
                ? bundle.getString("recipe.shapes.tiedCell") : ReadableQuantity.count(row.shape().outputEmbeddingParams()), 80);
        column("recipe.shapes.col.total", row -> ReadableQuantity.count(row.shape().totalParams()), 80);
        column("recipe.shapes.col.published", ShapeRow::publishedAs, 150);
        shapes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private void column(String key, java.util.function.Function<ShapeRow, String> text, double width) {
        TableColumn<ShapeRow, String> column = new TableColumn<>();
        Label header = new Label(bundle.getString(key));
        header.setTooltip(new Tooltip(bundle.getString(key + ".tooltip")));
        column.setGraphic(header);
        column.setId(key.substring(key.lastIndexOf('.') + 1));
        column.setSortable(false);
        column.setReorderable(false);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        shapes.getColumns().add(column);
    }

    /** A slider row's name keeps its whole width: the slider gives way, not the label. */
    static void keepLabelsWhole(GridPane row) {
        row.getChildren().stream().filter(Label.class::isInstance)
                .forEach(label -> ((Label) label).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE));
    }

    private Button button(String id, String key, String icon) {
        Button button = new Button(bundle.getString(key), new FontIcon(icon));
        button.setId(id);
        // "B = B_crit": an underscore is text here, not a mnemonic marker that would swallow it.
        button.setMnemonicParsing(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(bundle.getString(key + ".tooltip")));
        return button;
    }
}
