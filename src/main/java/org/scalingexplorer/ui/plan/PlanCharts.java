package org.scalingexplorer.ui.plan;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.io.TrainingRun;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.SeriesPalette;

/**
 * The chart of the Plan view: compute-optimal size N_opt against compute C for the true law and
 * the recovered one, with the simulated runs and the target budget. Draws a {@link PlanResult};
 * holds no science.
 */
public final class PlanCharts extends ChartSet {

    private final ResourceBundle bundle;
    private final JFreeChart chart;
    private final DefaultXYDataset lines = new DefaultXYDataset();
    private final DefaultXYDataset points = new DefaultXYDataset();

    public PlanCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        DecadeLogAxis xAxis = new DecadeLogAxis(bundle.getString("axis.compute"));
        DecadeLogAxis yAxis = new DecadeLogAxis(bundle.getString("axis.plan.optimalParams"));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);
        XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        pointRenderer.setSeriesPaint(0, SeriesPalette.color(7));
        plot.setDataset(1, points);
        plot.setRenderer(1, pointRenderer);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        chart = new JFreeChart(bundle.getString("plan.chart.title"), null, plot, true);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 6, 6, 22));
        style().apply(chart);
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(chart);
    }

    public JFreeChart chart() {
        return chart;
    }


    /** Replaces every series; the chart redraws once. {@code null} clears it. */
    public void show(PlanResult result) {
        chart.setNotify(false);
        try {
            for (DefaultXYDataset dataset : new DefaultXYDataset[] {lines, points}) {
                while (dataset.getSeriesCount() > 0) {
                    dataset.removeSeries(dataset.getSeriesKey(0));
                }
            }
            XYPlot plot = chart.getXYPlot();
            plot.clearDomainMarkers();
            if (result == null) {
                return;
            }
            XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
            String truthKey = bundle.getString("plan.series.truth");
            lines.addSeries(truthKey, new double[][] {result.lineFlops(), result.trueParams()});
            renderer.setSeriesPaint(lines.indexOf(truthKey), SeriesPalette.color(0));
            renderer.setSeriesStroke(lines.indexOf(truthKey), new BasicStroke(3f, BasicStroke.CAP_ROUND,
                    BasicStroke.JOIN_ROUND));
            result.recoveredParams().ifPresent(recovered -> {
                String key = MessageFormat.format(bundle.getString("plan.series.recovered"), result.seed());
                lines.addSeries(key, new double[][] {result.lineFlops(), recovered});
                renderer.setSeriesPaint(lines.indexOf(key), SeriesPalette.color(3));
                renderer.setSeriesStroke(lines.indexOf(key), new BasicStroke(2f, BasicStroke.CAP_BUTT,
                        BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f));
            });
            double[][] runs = new double[2][result.runs().size()];
            for (int i = 0; i < result.runs().size(); i++) {
                TrainingRun run = result.runs().get(i);
                runs[0][i] = run.flops();
                runs[1][i] = run.params();
            }
            points.addSeries(bundle.getString("plan.series.runs"), runs);
            ValueMarker target = new ValueMarker(result.experiment().targetFlops());
            target.setPaint(style().foreground());
            target.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {2f, 4f}, 0f));
            target.setLabel(MessageFormat.format(bundle.getString("plan.marker.target"),
                    QuantityFormat.count(result.experiment().targetFlops())));
            target.setLabelPaint(style().foreground());
            target.setLabelFont(style().font());
            target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            target.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(target);
        } finally {
            chart.setNotify(true);
        }
    }
}
