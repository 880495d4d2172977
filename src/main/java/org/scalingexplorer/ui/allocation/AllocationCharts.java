package org.scalingexplorer.ui.allocation;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.allocation.ReferenceModel;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Frontier;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Result;
import org.scalingexplorer.ui.allocation.AllocationViewModel.Row;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.LawPalette;

/**
 * The Allocation view's charts: compute-optimal N and D against C for every law, with the chosen
 * budget marked; and the published reference models on the (C, N) plane against the optimal lines.
 * Draws a {@link Result}; computes nothing.
 */
public final class AllocationCharts extends ChartSet {

    /** The (C, N) window of the reference chart: from GPT-3's generation to Llama 3's, with room. */
    static final double REFERENCE_FLOPS_FROM = 1e21;
    static final double REFERENCE_FLOPS_TO = 1e26;
    static final double REFERENCE_PARAMS_FROM = 1e9;
    static final double REFERENCE_PARAMS_TO = 2e12;

    private static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
            new float[] {7f, 4f}, 0f);

    private final ResourceBundle bundle;
    private final JFreeChart frontiers;
    private final JFreeChart references;

    public AllocationCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        this.frontiers = chart(bundle.getString("allocation.chart.frontier.title"),
                bundle.getString("allocation.axis.paramsOrTokens"));
        this.references = chart(bundle.getString("allocation.chart.references.title"), bundle.getString("axis.params"));
        // Fixed ranges: a dataset of one budget would give an auto range of zero length.
        frontiers.getXYPlot().getDomainAxis().setRange(Math.pow(10, AllocationViewModel.LOG10_FLOPS_MIN),
                Math.pow(10, AllocationViewModel.LOG10_FLOPS_MAX));
        references.getXYPlot().getDomainAxis().setRange(REFERENCE_FLOPS_FROM, REFERENCE_FLOPS_TO);
        references.getXYPlot().getRangeAxis().setRange(REFERENCE_PARAMS_FROM, REFERENCE_PARAMS_TO);
    }

    public JFreeChart frontiers() {
        return frontiers;
    }

    public JFreeChart references() {
        return references;
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(frontiers, references);
    }


    public void show(Result result, List<ReferenceModel> models) {
        showFrontiers(result);
        showReferences(result, models);
    }

    private void showFrontiers(Result result) {
        frontiers.setNotify(false);
        try {
            XYPlot plot = frontiers.getXYPlot();
            DefaultXYDataset lines = new DefaultXYDataset();
            XYLineAndShapeRenderer lineRenderer = lineRenderer();
            DefaultXYDataset chosen = new DefaultXYDataset();
            XYLineAndShapeRenderer chosenRenderer = new XYLineAndShapeRenderer(false, true);
            for (Frontier frontier : result.frontiers()) {
                Color color = LawPalette.colorOf(frontier.preset());
                float width = frontier.active() ? 2.8f : 1.6f;
                String paramsKey = MessageFormat.format(bundle.getString("allocation.legend.params"), lawName(frontier.preset()));
                lines.addSeries(paramsKey, new double[][] {frontier.flops(), frontier.params()});
                lineRenderer.setSeriesPaint(lines.indexOf(paramsKey), color);
                lineRenderer.setSeriesStroke(lines.indexOf(paramsKey), solid(width));
                String tokensKey = MessageFormat.format(bundle.getString("allocation.legend.tokens"), lawName(frontier.preset()));
                lines.addSeries(tokensKey, new double[][] {frontier.flops(), frontier.tokens()});
                lineRenderer.setSeriesPaint(lines.indexOf(tokensKey), color);
                lineRenderer.setSeriesStroke(lines.indexOf(tokensKey), frontier.active()
                        ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 4f}, 0f)
                        : DASHED);
            }
            // The table's own rows as dots on the lines (inference-aware rows sit off them, as they should).
            for (Row row : result.rows()) {
                String key = "chosen " + row.preset().id();
                chosen.addSeries(key, new double[][] {{result.flops(), result.flops()}, {row.params(), row.tokens()}});
                int index = chosen.indexOf(key);
                chosenRenderer.setSeriesPaint(index, LawPalette.colorOf(row.preset()).darker());
                chosenRenderer.setSeriesShape(index, new Ellipse2D.Double(-4, -4, 8, 8));
                chosenRenderer.setSeriesVisibleInLegend(index, false);
            }
            plot.setDataset(0, chosen);
            plot.setRenderer(0, chosenRenderer);
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
            plot.setFixedLegendItems(lawLegend(result));
            markBudget(plot, result.flops());
            style().apply(frontiers);
        } finally {
            frontiers.setNotify(true);
        }
    }

    private void showReferences(Result result, List<ReferenceModel> models) {
        references.setNotify(false);
        try {
            XYPlot plot = references.getXYPlot();
            DefaultXYDataset lines = new DefaultXYDataset();
            XYLineAndShapeRenderer lineRenderer = lineRenderer();
            for (Frontier frontier : result.frontiers()) {
                String key = MessageFormat.format(bundle.getString("allocation.legend.params"), lawName(frontier.preset()));
                lines.addSeries(key, new double[][] {frontier.flops(), frontier.params()});
                lineRenderer.setSeriesPaint(lines.indexOf(key), LawPalette.colorOf(frontier.preset()));
                lineRenderer.setSeriesStroke(lines.indexOf(key), solid(frontier.active() ? 2.8f : 1.6f));
            }
            DefaultXYDataset points = new DefaultXYDataset();
            String modelsKey = bundle.getString("allocation.legend.references");
            points.addSeries(modelsKey, new double[][] {
                    models.stream().mapToDouble(ReferenceModel::flops).toArray(),
                    models.stream().mapToDouble(ReferenceModel::params).toArray()});
            XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
            pointRenderer.setSeriesPaint(0, style().foreground());
            pointRenderer.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
            plot.setDataset(0, points);
            plot.setRenderer(0, pointRenderer);
            plot.setDataset(1, lines);
            plot.setRenderer(1, lineRenderer);
            LegendItemCollection legend = lawLegend(result);
            legend.add(new LegendItem(modelsKey, null, null, null, new Rectangle2D.Double(-4, -4, 8, 8),
                    style().foreground()));
            plot.setFixedLegendItems(legend);
            labelModels(plot, models);
            markBudget(plot, result.flops());
            style().apply(references);
        } finally {
            references.setNotify(true);
        }
    }

    /** One entry per law: the axis label says which line is N and which D, so eight entries become four. */
    private LegendItemCollection lawLegend(Result result) {
        LegendItemCollection legend = new LegendItemCollection();
        for (Frontier frontier : result.frontiers()) {
            LegendItem item = new LegendItem(lawName(frontier.preset()), null, null, null,
                    new Rectangle2D.Double(-8, -1.5, 16, 3), LawPalette.colorOf(frontier.preset()));
            legend.add(item);
        }
        return legend;
    }

    /**
     * Names beside the points. Models closer than a tenth of a decade on both axes (GPT-3 and
     * Jurassic-1) share one label; a label goes to the left of its point when another model sits just
     * to the right at about the same size, where the label would cover it.
     */
    private void labelModels(XYPlot plot, List<ReferenceModel> models) {
        plot.clearAnnotations();
        List<List<ReferenceModel>> groups = new ArrayList<>();
        for (ReferenceModel model : models) {
            groups.stream().filter(g -> near(g.get(0), model, 0.1, 0.1)).findFirst()
                    .ifPresentOrElse(g -> g.add(model), () -> groups.add(new ArrayList<>(List.of(model))));
        }
        Font font = style().font().deriveFont(Font.PLAIN, style().font().getSize2D() - 1);
        for (List<ReferenceModel> group : groups) {
            ReferenceModel first = group.get(0);
            boolean rightBlocked = groups.stream().map(g -> g.get(0)).anyMatch(other -> other != first
                    && Math.log10(other.flops() / first.flops()) > 0
                    && near(first, other, 0.6, 0.15));
            String names = group.stream().map(ReferenceModel::name).collect(Collectors.joining(", "));
            XYTextAnnotation label = new XYTextAnnotation(rightBlocked ? names + "  " : "  " + names,
                    first.flops(), first.params());
            label.setTextAnchor(rightBlocked ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
            label.setFont(font);
            label.setPaint(style().foreground());
            plot.addAnnotation(label, false);
        }
    }

    private static boolean near(ReferenceModel a, ReferenceModel b, double flopsDecades, double paramsDecades) {
        return Math.abs(Math.log10(a.flops() / b.flops())) < flopsDecades
                && Math.abs(Math.log10(a.params() / b.params())) < paramsDecades;
    }

    private void markBudget(XYPlot plot, double flops) {
        plot.clearDomainMarkers();
        ValueMarker marker = new ValueMarker(flops);
        marker.setPaint(style().foreground());
        marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {2f, 3f}, 0f));
        marker.setLabel(MessageFormat.format(bundle.getString("allocation.marker.budget"),
                ReadableQuantity.scientific(flops)));
        marker.setLabelPaint(style().foreground());
        marker.setLabelFont(style().font().deriveFont(Font.PLAIN, style().font().getSize2D() - 1));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker);
    }

    private JFreeChart chart(String title, String yLabel) {
        DecadeLogAxis xAxis = new DecadeLogAxis(bundle.getString("axis.compute"));
        DecadeLogAxis yAxis = new DecadeLogAxis(yLabel);
        XYPlot plot = new XYPlot(new DefaultXYDataset(), xAxis, yAxis, lineRenderer());
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        JFreeChart chart = new JFreeChart(title, null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
        return chart;
    }

    private static XYLineAndShapeRenderer lineRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    private static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    private String lawName(LawPreset preset) {
        return bundle.getString("law." + preset.id());
    }
}
