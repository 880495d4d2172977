package org.scalingexplorer.ui.powerlaws;

import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel.Axis;
import org.scalingexplorer.ui.scenario.LawConstantsPanel;
import org.scalingexplorer.ui.view.ViewPane;

/** The "Power laws" view: three log-log charts and the active law's sliders. Binds; computes nothing. */
public final class PowerLawsView extends ViewPane {

    private final PowerLawsViewModel viewModel;
    private final ResourceBundle bundle;
    private final PowerLawsCharts charts;
    private final Label hover = new Label();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(18, 4);
    private List<PowerLawsCharts.LegendEntry> shownLegend = List.of();

    public PowerLawsView(PowerLawsViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new PowerLawsCharts(bundle, chartStyle.getValue(), true);
        setId("power-laws-view");

        GridPane grid = new GridPane();
        ChartGrid.shapeTwoByTwo(grid);
        grid.add(viewer(Axis.PARAMS), 0, 0);
        grid.add(viewer(Axis.TOKENS), 1, 0);
        grid.add(viewer(Axis.COMPUTE), 0, 1);
        grid.add(explanation(), 1, 1);
        legend.setId("power-laws-legend");
        legend.setPadding(new Insets(6, 12, 0, 12));
        legend.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.control.ScrollPane cells = ChartGrid.scrolling(grid);
        VBox.setVgrow(cells, Priority.ALWAYS);
        setCenter(new VBox(legend, cells));

        LawConstantsPanel constants = new LawConstantsPanel(bundle, viewModel.scenario(), viewModel.constants(),
                viewModel.modifiedProperty(), viewModel::reset, lifetime());
        ScrollPane side = new ScrollPane(constants);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);

        lifetime().onChange(chartStyle, (old, now) -> {
            charts.setStyle(now);
            // The legend's lines take the new theme's colours, as the charts' do.
            if (viewModel.figureProperty().get() != null) {
                showLegend(viewModel.figureProperty().get());
            }
        });
        lifetime().follow(viewModel.figureProperty(), figure -> {
            charts.show(figure);
            showLegend(figure);
        });
    }

    @Override
    public List<JFreeChart> charts() {
        return charts.all();
    }

    private void showLegend(PowerLawsViewModel.Figure figure) {
        List<PowerLawsCharts.LegendEntry> entries = charts.legend(figure);
        if (entries.equals(shownLegend)) {
            return;
        }
        shownLegend = entries;
        legend.getChildren().clear();
        for (PowerLawsCharts.LegendEntry entry : entries) {
            javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 26, 0);
            java.awt.Color c = entry.color();
            line.setStroke(javafx.scene.paint.Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
            line.setStrokeWidth(entry.active() ? 3.2 : 1.6);
            if (entry.dashed()) {
                line.getStrokeDashArray().setAll(6.0, 4.0);
            }
            Label name = new Label(entry.name(), line);
            if (entry.active()) {
                name.setStyle("-fx-font-weight: bold;");
            }
            legend.getChildren().add(name);
        }
    }

    private VBox viewer(Axis axis) {
        ChartViewer viewer = ChartGrid.viewer(charts.chart(axis), "chart-" + axis.name().toLowerCase(java.util.Locale.ROOT), bundle);
        viewer.setMinSize(200, 160);
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_MOVED, e -> showReadout(viewer, axis, e));
        viewer.getCanvas().addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        Label title = new Label(charts.title(axis));
        title.getStyleClass().add("chart-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setAlignment(Pos.CENTER);
        VBox.setVgrow(viewer, Priority.ALWAYS);
        return new VBox(2, title, viewer);
    }

    private VBox explanation() {
        Label title = new Label(bundle.getString("powerLaws.explain.title"));
        title.getStyleClass().add("title-4");
        Label body = new Label(bundle.getString("powerLaws.explain.body"));
        body.setWrapText(true);
        hover.setId("hover-readout");
        hover.setWrapText(true);
        hover.getStyleClass().add("hover-readout");
        hover.setVisible(false);
        VBox box = new VBox(8, title, body, hover);
        box.setPadding(new Insets(12));
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("explanation-card");
        return box;
    }

    private void showReadout(ChartViewer viewer, Axis axis, MouseEvent event) {
        ChartRenderingInfo info = viewer.getRenderingInfo();
        if (info == null || info.getPlotInfo() == null) {
            return;
        }
        Rectangle2D dataArea = info.getPlotInfo().getDataArea();
        if (!dataArea.contains(event.getX(), event.getY())) {
            hover.setVisible(false);
            return;
        }
        XYPlot plot = viewer.getChart().getXYPlot();
        double x = plot.getDomainAxis().java2DToValue(event.getX(), dataArea, plot.getDomainAxisEdge());
        double y = plot.getRangeAxis().java2DToValue(event.getY(), dataArea, plot.getRangeAxisEdge());
        String laws = viewModel.readout(axis, x).stream()
                .map(r -> MessageFormat.format(bundle.getString("hover.law"),
                        bundle.getString("law." + r.preset().id()), QuantityFormat.loss(r.loss())))
                .collect(Collectors.joining("\n"));
        hover.setText(MessageFormat.format(bundle.getString("hover.cursor"),
                bundle.getString("axis.symbol." + axis.name().toLowerCase(java.util.Locale.ROOT)),
                QuantityFormat.count(x), QuantityFormat.loss(y)) + "\n" + laws);
        hover.setVisible(true);
    }
}
