package org.scalingexplorer.ui.data;

import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.scalingexplorer.ui.chart.ChartGrid;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.data.DataViewCharts.Panel;
import org.scalingexplorer.ui.view.ViewPane;

/**
 * The "Data" view: what repeating data is worth, the data-constrained optimum against the fresh-data
 * one, and quality against quantity. Charts in two tabs; at the side, the controls of the tab shown
 * ({@link DataRepetitionControls}, {@link DataQualityControls}). Binds; computes nothing.
 */
public final class DataView extends ViewPane {

    private final DataViewModel viewModel;
    private final ResourceBundle bundle;
    private final DataViewCharts charts;
    private final DataRepetitionControls repetitionControls;
    private final DataQualityControls qualityControls;

    public DataView(DataViewModel viewModel, ResourceBundle bundle, ObservableValue<ChartStyle> chartStyle) {
        super(bundle);
        this.viewModel = viewModel;
        this.bundle = bundle;
        this.charts = new DataViewCharts(bundle, chartStyle.getValue());
        setId("data-view");

        Tab repetition = new Tab(bundle.getString("data.tab.repetition"),
                grid(Panel.EFFECTIVE_TOKENS, Panel.REPETITION_LOSS, Panel.OPTIMUM_VS_POOL, Panel.BANANA));
        repetition.setTooltip(new Tooltip(bundle.getString("data.tab.repetition.tooltip")));
        Tab quality = new Tab(bundle.getString("data.tab.quality"),
                grid(Panel.QUALITY_QUANTITY, Panel.OFFSET_LINES, Panel.MIXTURE, null));
        quality.setTooltip(new Tooltip(bundle.getString("data.tab.quality.tooltip")));
        TabPane tabs = new TabPane(repetition, quality);
        tabs.setId("data-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);

        repetitionControls = new DataRepetitionControls(viewModel, bundle, lifetime());
        qualityControls = new DataQualityControls(viewModel, bundle, lifetime());
        ScrollPane side = new ScrollPane(repetitionControls);
        side.setId("data-side");
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setRight(side);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                side.setContent(now == quality ? qualityControls : repetitionControls));

        lifetime().onChange(chartStyle, (old, now) -> charts.setStyle(now));
        // The run is published before the charts in one recompute, so the charts' change alone redraws both.
        lifetime().follow(viewModel.chartsProperty(), data -> show());
    }

    @Override
    public List<JFreeChart> charts() {
        return charts.all();
    }

    private void show() {
        charts.show(viewModel.charts(), viewModel.run());
        repetitionControls.show(viewModel.charts(), viewModel.run());
        qualityControls.show();
    }

    /** Four cells in a 2 x 2 grid; a null cell holds the reading notes instead of a chart. */
    private ScrollPane grid(Panel topLeft, Panel topRight, Panel bottomLeft, Panel bottomRight) {
        GridPane grid = new GridPane();
        ChartGrid.shapeTwoByTwo(grid);
        grid.add(cell(topLeft), 0, 0);
        grid.add(cell(topRight), 1, 0);
        grid.add(cell(bottomLeft), 0, 1);
        grid.add(cell(bottomRight), 1, 1);
        return ChartGrid.scrolling(grid);
    }

    private Node cell(Panel panel) {
        if (panel == null) {
            Label title = new Label(bundle.getString("data.explain.title"));
            title.getStyleClass().add("title-4");
            Label body = new Label(bundle.getString("data.explain.quality"));
            body.setWrapText(true);
            VBox box = new VBox(8, title, body);
            box.setPadding(new Insets(12));
            box.getStyleClass().add("explanation-card");
            return box;
        }
        ChartViewer viewer = ChartGrid.viewer(charts.chart(panel), "chart-" + panel.id(), bundle);
        Tooltip.install(viewer, new Tooltip(bundle.getString("chart.data." + panel.id() + ".tooltip")));
        return viewer;
    }
}
