package org.scalingexplorer.ui.recipe;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.control.QuantityRow;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Recipe" view: the budget above, one tab per panel (batch size, learning rate and batch from
 * compute, muP, shapes, Kaplan vs Chinchilla, data balance), each with its charts and, at the side, its
 * controls, the numbers it computed and where they stop holding. Binds; computes nothing.
 */
public final class RecipeView extends ViewPane {
    static final double SIDE_WIDTH = 330;

    private final RecipeViewModel viewModel;
    private final ResourceBundle bundle;
    private final BatchCharts batchCharts;
    private final HyperCharts hyperCharts;
    private final MupCharts mupCharts;
    private final ShapeCharts shapeCharts;
    private final ReconcileCharts reconcileCharts;
    private final BalanceCharts balanceCharts;
    private final Map<RecipePanel, VBox> notes = new EnumMap<>(RecipePanel.class);
    private final RecipeControls controls;
    private final TabPane tabs = new TabPane();
    /** The schedule trap below the reconciliation's notes. */
    private final VBox trapNotes = new VBox(6);

    public RecipeView(RecipeViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        ChartStyle style = chartStyle.getValue();
        batchCharts = new BatchCharts(bundle, style);
        hyperCharts = new HyperCharts(bundle, style);
        mupCharts = new MupCharts(bundle, style);
        shapeCharts = new ShapeCharts(bundle, style);
        reconcileCharts = new ReconcileCharts(bundle, style);
        balanceCharts = new BalanceCharts(bundle, style);
        controls = new RecipeControls(viewModel, bundle, lifetime());
        setId("recipe-view");
        setTop(budgetBar());

        tabs.setId("recipe-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (RecipePanel panel : RecipePanel.values()) {
            Tab tab = new Tab(bundle.getString("recipe.panel." + panel.id()), content(panel));
            tab.setId("recipe-tab-" + panel.id());
            tab.setTooltip(new Tooltip(bundle.getString("recipe.panel." + panel.id() + ".tooltip")));
            tabs.getTabs().add(tab);
        }
        setCenter(tabs);
        lifetime().follow(viewModel.panelProperty(), panel -> {
            tabs.getSelectionModel().select(panel.ordinal());
            refreshNotes();
        });
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                viewModel.panelProperty().set(RecipePanel.values()[now.intValue()]);
            }
        });

        lifetime().onChange(chartStyle, (old, now) -> chartSets().forEach(set -> set.setStyle(now)));
        lifetime().follow(viewModel.resultProperty(), result -> {
            batchCharts.show(result.batch());
            hyperCharts.show(result.hyper());
            shapeCharts.show(result.shapes());
            reconcileCharts.show(result.reconcile());
            balanceCharts.show(result.balance());
            controls.showShapes(result.shapes());
            refreshNotes();
        });
        lifetime().follow(viewModel.mup().resultProperty(), result -> {
            mupCharts.show(result);
            refreshNotes();
        });
        lifetime().onInvalidation(viewModel.mup().statusProperty(), this::refreshNotes);
        lifetime().follow(viewModel.correctionSteps().loadedProperty(), loaded -> showSteps());
        lifetime().onInvalidation(viewModel.correctionSteps().datasetProperty(), this::showSteps);
        lifetime().follow(viewModel.scheduleTrap().trapProperty(), trap -> showTrap());
        lifetime().onInvalidation(viewModel.scheduleTrap().problemProperty(), this::showTrap);
    }

    @Override
    public List<JFreeChart> charts() {
        List<JFreeChart> charts = new ArrayList<>();
        chartSets().forEach(set -> charts.addAll(set.all()));
        return charts;
    }

    private List<ChartSet> chartSets() {
        return List.of(batchCharts, hyperCharts, mupCharts, shapeCharts, reconcileCharts, balanceCharts);
    }

    private Node budgetBar() {
        GridPane row = QuantityRow.grid();
        QuantityRow.add(row, 0, viewModel.budget(), bundle.getString("recipe.budget"),
                bundle.getString("recipe.budget.tooltip"), bundle.getString("recipe.field.hint"), bundle, lifetime());
        RecipeControls.keepLabelsWhole(row);
        row.setMaxWidth(560);
        HBox.setHgrow(row, Priority.ALWAYS);
        Label law = new Label();
        law.setId("recipe-law");
        law.getStyleClass().add("text-muted");
        law.setWrapText(true);
        lifetime().follow(viewModel.resultProperty(), result -> law.setText(java.text.MessageFormat.format(
                bundle.getString("recipe.lawNote"), bundle.getString("law." + result.preset().id()))));
        HBox bar = new HBox(18, row, law);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 4, 8));
        return bar;
    }

    private Node content(RecipePanel panel) {
        VBox side = new VBox(8);
        side.setPadding(new Insets(8));
        Node panelControls = controls.of(panel);
        if (panelControls != null) {
            side.getChildren().add(panelControls);
        }
        VBox panelNotes = new VBox(6);
        panelNotes.setId("recipe-notes-" + panel.id());
        notes.put(panel, panelNotes);
        side.getChildren().add(panelNotes);
        if (panel == RecipePanel.RECONCILE) {
            trapNotes.setId("recipe-trap");
            side.getChildren().add(trapNotes);
        }
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.setPrefWidth(SIDE_WIDTH);
        sideScroll.setMinWidth(SIDE_WIDTH);

        BorderPane content = new BorderPane();
        content.setCenter(charts(panel));
        org.scalingexplorer.ui.view.SideDrawer.beside(content, sideScroll, bundle);
        if (panel == RecipePanel.SHAPES) {
            // The table spans the chart and the side column: its nine columns need the width.
            content.setBottom(controls.shapesTable());
            BorderPane.setMargin(controls.shapesTable(), new Insets(0, 6, 6, 6));
        }
        return content;
    }

    private Node charts(RecipePanel panel) {
        return switch (panel) {
            case BATCH -> column(batchCharts.all(), panel);
            case HYPER -> column(hyperCharts.all(), panel);
            case MUP -> row(mupCharts.all(), panel);
            case SHAPES -> column(shapeCharts.all(), panel);
            case RECONCILE -> {
                GridPane grid = ChartGrid.shapeTwoByTwo(new GridPane());
                List<JFreeChart> all = reconcileCharts.all();
                for (int i = 0; i < all.size(); i++) {
                    grid.add(viewer(all.get(i), panel, i), i % 2, i / 2);
                }
                yield grid;
            }
            case BALANCE -> column(balanceCharts.all(), panel);
        };
    }

    private Node column(List<JFreeChart> charts, RecipePanel panel) {
        VBox box = new VBox(6);
        box.setPadding(new Insets(6));
        for (int i = 0; i < charts.size(); i++) {
            Node viewer = viewer(charts.get(i), panel, i);
            VBox.setVgrow(viewer, Priority.ALWAYS);
            box.getChildren().add(viewer);
        }
        return box;
    }

    private Node row(List<JFreeChart> charts, RecipePanel panel) {
        HBox box = new HBox(6);
        box.setPadding(new Insets(6));
        for (int i = 0; i < charts.size(); i++) {
            Node viewer = viewer(charts.get(i), panel, i);
            HBox.setHgrow(viewer, Priority.ALWAYS);
            box.getChildren().add(viewer);
        }
        return box;
    }

    private Node viewer(JFreeChart chart, RecipePanel panel, int index) {
        var viewer = ChartGrid.viewer(chart, "chart-recipe-" + panel.id() + "-" + index, bundle);
        viewer.setPrefSize(400, 300);
        return viewer;
    }

    private void showSteps() {
        reconcileCharts.showSteps(viewModel.correctionSteps().shownSteps());
        refreshNotes();
    }

    private void showTrap() {
        ScheduleTrap trap = viewModel.scheduleTrap();
        RecipeNotes trapText = RecipeNotes.trap(trap.trap(), trap.problemProperty().get(), bundle);
        Tooltip tooltip = new Tooltip(bundle.getString("recipe.reconcile.trap.tooltip"));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        List<Label> labels = labelsOf(trapText);
        labels.forEach(label -> label.setTooltip(tooltip));
        trapNotes.getChildren().setAll(labels);
    }

    /** Writes the shown panel's notes; the others are written when they are shown. */
    private void refreshNotes() {
        RecipeViewModel.Result result = viewModel.result();
        if (result == null) {
            return;
        }
        RecipePanel panel = viewModel.panelProperty().get();
        RecipeNotes panelNotes = RecipeNotes.of(panel, result, viewModel.mup().result(),
                viewModel.mup().statusProperty().get(), viewModel.correctionSteps().shownSteps(), bundle);
        List<Label> labels = labelsOf(panelNotes);
        VBox box = notes.get(panel);
        if (box.getChildren().size() == labels.size()) {
            // A drag changes the numbers, not the lines: keep the labels and change their text.
            for (int i = 0; i < labels.size(); i++) {
                ((Label) box.getChildren().get(i)).setText(labels.get(i).getText());
            }
        } else {
            box.getChildren().setAll(labels);
        }
    }

    /** The heading, the lines, then the caveats muted. */
    private static List<Label> labelsOf(RecipeNotes notes) {
        List<Label> labels = new ArrayList<>();
        labels.add(wrapped(notes.heading(), "title-4"));
        notes.lines().forEach(line -> labels.add(wrapped(line, null)));
        notes.caveats().forEach(caveat -> labels.add(wrapped(caveat, "text-muted")));
        return labels;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
