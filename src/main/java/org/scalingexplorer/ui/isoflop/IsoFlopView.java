package org.scalingexplorer.ui.isoflop;

import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.DisplayConverter;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scalingexplorer.engine.compute.BudgetLadder;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.Figure;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel.LawSweep;
import org.scalingexplorer.ui.scenario.LawConstantsPanel;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "IsoFLOP" view: a budget range and count, the bananas of the active law and of a comparison
 * law (side by side or overlaid), the minima against C with their fitted exponents, and the active
 * law's sliders. Binds; computes nothing.
 */
public final class IsoFlopView extends ViewPane {

    private final IsoFlopViewModel viewModel;
    private final ResourceBundle bundle;
    private final IsoFlopCharts charts;
    private final Label rangeLabel = new Label();
    private final Label fitSummary = new Label();
    private final GridPane grid = new GridPane();
    private final ChartViewer activeViewer;
    private final ChartViewer comparisonViewer;

    public IsoFlopView(IsoFlopViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new IsoFlopCharts(bundle, chartStyle.getValue());
        setId("isoflop-view");

        activeViewer = viewer(charts.activeBananas(), "chart-isoflop-active");
        comparisonViewer = viewer(charts.comparisonBananas(), "chart-isoflop-comparison");
        ChartViewer minimaViewer = viewer(charts.minima(), "chart-isoflop-minima");

        ChartGrid.shapeTwoByTwo(grid);
        grid.add(activeViewer, 0, 0);
        grid.add(comparisonViewer, 1, 0);
        grid.add(minimaViewer, 0, 1);
        grid.add(explanation(), 1, 1);

        ScrollPane cells = ChartGrid.scrolling(grid);
        VBox centre = new VBox(controls(), cells);
        VBox.setVgrow(cells, Priority.ALWAYS);
        setCenter(centre);

        LawConstantsPanel constants = new LawConstantsPanel(bundle, viewModel.scenario(), viewModel.constants(),
                viewModel.modifiedProperty(), viewModel::reset, lifetime());
        ScrollPane side = new ScrollPane(constants);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);

        lifetime().onChange(chartStyle, (old, now) -> charts.setStyle(now));
        lifetime().follow(viewModel.figureProperty(), this::show);
        lifetime().onChange(viewModel.overlayProperty(), (old, now) -> show(viewModel.figure()));
    }

    @Override
    public java.util.List<JFreeChart> charts() {
        return charts.all();
    }

    private FlowPane controls() {
        RangeSlider budgets = new RangeSlider(IsoFlopViewModel.LOG10_FLOPS_MIN, IsoFlopViewModel.LOG10_FLOPS_MAX,
                viewModel.log10MinFlopsProperty().get(), viewModel.log10MaxFlopsProperty().get());
        budgets.setId("budget-range");
        budgets.setShowTickMarks(true);
        budgets.setShowTickLabels(true);
        budgets.setMajorTickUnit(3);
        budgets.setMinorTickCount(2);
        budgets.setBlockIncrement(0.25);
        budgets.setPrefWidth(300);
        budgets.setLabelFormatter(new DisplayConverter<>(log10 -> "1e" + Math.round(log10.doubleValue())));
        // Snapped here as well as in the view-model: a bidirectional binding does not carry back a value
        // the view-model changes while the drag is being passed on, and the thumb must sit on its rung.
        budgets.lowValueProperty().addListener((obs, old, now) -> budgets.setLowValue(BudgetLadder.snapLog10(now.doubleValue())));
        budgets.highValueProperty().addListener((obs, old, now) -> budgets.setHighValue(BudgetLadder.snapLog10(now.doubleValue())));
        budgets.lowValueProperty().bindBidirectional(viewModel.log10MinFlopsProperty());
        budgets.highValueProperty().bindBidirectional(viewModel.log10MaxFlopsProperty());
        budgets.setTooltip(new Tooltip(bundle.getString("isoflop.budgets.tooltip")));
        Label budgetsLabel = new Label(bundle.getString("isoflop.budgets"));
        budgetsLabel.setLabelFor(budgets);
        rangeLabel.setId("budget-range-label");
        rangeLabel.setMinWidth(150);

        Spinner<Integer> count = new Spinner<>(IsoFlopViewModel.MIN_BUDGETS, IsoFlopViewModel.MAX_BUDGETS,
                viewModel.budgetCountProperty().get());
        count.setId("budget-count");
        count.setEditable(true);
        count.setPrefWidth(80);
        SpinnerValueFactory<Integer> countFactory = count.getValueFactory();
        countFactory.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.budgetCountProperty().set(now);
            }
        });
        lifetime().onChange(viewModel.budgetCountProperty(), (old, now) -> countFactory.setValue(now.intValue()));
        count.setTooltip(new Tooltip(bundle.getString("isoflop.count.tooltip")));
        Label countLabel = new Label(bundle.getString("isoflop.count"));
        countLabel.setLabelFor(count);

        ComboBox<LawPreset> comparison = new ComboBox<>();
        comparison.setId("comparison-law");
        comparison.getItems().setAll(LawPreset.values());
        comparison.setConverter(new DisplayConverter<>(preset -> bundle.getString("law." + preset.id())));
        comparison.valueProperty().bindBidirectional(viewModel.comparisonProperty());
        comparison.setTooltip(new Tooltip(bundle.getString("isoflop.comparison.tooltip")));
        Label comparisonLabel = new Label(bundle.getString("isoflop.comparison"));
        comparisonLabel.setLabelFor(comparison);

        CheckBox overlay = new CheckBox(bundle.getString("isoflop.overlay"));
        overlay.setId("isoflop-overlay");
        overlay.selectedProperty().bindBidirectional(viewModel.overlayProperty());
        overlay.setTooltip(new Tooltip(bundle.getString("isoflop.overlay.tooltip")));

        HBox budgetBox = new HBox(8, budgetsLabel, budgets, rangeLabel);
        budgetBox.setAlignment(Pos.CENTER_LEFT);
        HBox countBox = new HBox(8, countLabel, count);
        countBox.setAlignment(Pos.CENTER_LEFT);
        HBox comparisonBox = new HBox(8, comparisonLabel, comparison);
        comparisonBox.setAlignment(Pos.CENTER_LEFT);
        // Overlay wraps on its own: with it the comparison row was the widest item, and a flow is as wide as that.
        FlowPane bar = new FlowPane(18, 6, budgetBox, countBox, comparisonBox, overlay);
        bar.setPadding(new Insets(8, 10, 2, 10));
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private VBox explanation() {
        Label title = new Label(bundle.getString("isoflop.explain.title"));
        title.getStyleClass().add("title-4");
        Label body = new Label(bundle.getString("isoflop.explain.body"));
        body.setWrapText(true);
        fitSummary.setId("isoflop-fit-summary");
        fitSummary.setWrapText(true);
        fitSummary.getStyleClass().add("hover-readout");
        VBox box = new VBox(8, title, fitSummary, body);
        box.setPadding(new Insets(12));
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("explanation-card");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox holder = new VBox(scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return holder;
    }

    private void show(Figure figure) {
        boolean overlay = viewModel.overlayProperty().get() && figure.comparison().isPresent();
        charts.show(figure, overlay);
        boolean sideBySide = !overlay && figure.comparison().isPresent();
        comparisonViewer.setVisible(sideBySide);
        comparisonViewer.setManaged(sideBySide);
        ChartGrid.refresh(grid);

        double[] budgets = figure.budgets();
        rangeLabel.setText(MessageFormat.format(bundle.getString("isoflop.range"),
                ReadableQuantity.scientific(budgets[0]), ReadableQuantity.scientific(budgets[budgets.length - 1])));
        StringBuilder summary = new StringBuilder();
        for (LawSweep sweep : figure.sweeps()) {
            if (!summary.isEmpty()) {
                summary.append("\n\n");
            }
            summary.append(MessageFormat.format(bundle.getString("isoflop.fit"),
                    bundle.getString("law." + sweep.preset().id()),
                    IsoFlopCharts.exponent(sweep.sweep().paramsFit().exponent()),
                    IsoFlopCharts.exponent(sweep.sweep().tokensFit().exponent())));
            sweep.publishedExponent().ifPresent(exponent -> summary.append('\n').append(MessageFormat.format(
                    bundle.getString("isoflop.fit.published"), IsoFlopCharts.exponent(exponent))));
        }
        fitSummary.setText(summary.toString());
    }

    private ChartViewer viewer(JFreeChart chart, String id) {
        ChartViewer viewer = ChartGrid.viewer(chart, id, bundle);
        viewer.setMinSize(200, 160);
        return viewer;
    }
}
