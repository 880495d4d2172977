package org.scalingexplorer.ui.valley;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.ui.chart.ChartContrast;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.DecadeLogAxis;
import org.scalingexplorer.ui.chart.QuantityFormat;
import org.scalingexplorer.ui.chart.ViridisColorMap;

/**
 * The loss valley seen from above: a viridis heatmap of L(N, D) on log-log axes with iso-loss contours,
 * the compute-optimal path, isoFLOP lines and a colour legend. Drawn by JFreeChart through Graphics2D,
 * so the same drawing serves as the window's fallback where JavaFX has no 3D, as the "2D map" option,
 * and as the command line's {@code render --view loss-valley}. Holds no science: it draws a
 * {@link ValleyFrame}.
 */
public final class ValleyMapChart extends ChartSet {

    /** Okabe-Ito vermillion: stands out against every viridis colour. */
    static final Color PATH_COLOUR = new Color(0xD55E00);
    static final Color ISOFLOP_COLOUR = Color.WHITE;
    /** A dark band under light lines keeps them visible over the yellow end of the map. */
    private static final Color HALO_COLOUR = new Color(0, 0, 0, 150);
    private static final Stroke CONTOUR_STROKE = new BasicStroke(1f);
    private static final Stroke PATH_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke PATH_HALO_STROKE = new BasicStroke(5.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke ISOFLOP_STROKE = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {7f, 4f}, 0f);
    private static final Stroke ISOFLOP_HALO_STROKE = new BasicStroke(3.6f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND);
    private static final Shape MINIMUM_MARK = new Ellipse2D.Double(-4.5, -4.5, 9, 9);

    private final ResourceBundle bundle;
    private final JFreeChart chart;
    private final XYPlot plot;
    private final DecadeLogAxis paramsAxis;
    private final DecadeLogAxis tokensAxis;
    private final DecadeLogAxis lossAxis;
    private final PaintScaleLegend colourLegend;
    private final TextTitle summary = new TextTitle();
    private final HeatmapAnnotation heatmap = new HeatmapAnnotation();
    private BufferedImage image;

    public ValleyMapChart(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        paramsAxis = new DecadeLogAxis(bundle.getString("axis.params"));
        tokensAxis = new DecadeLogAxis(bundle.getString("axis.tokens"));
        plot = new XYPlot(new DefaultXYDataset(), paramsAxis, tokensAxis, new XYLineAndShapeRenderer(true, false));
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDomainPannable(false);
        plot.setRangePannable(false);
        plot.setFixedLegendItems(legendItems(false));
        chart = new JFreeChart(bundle.getString("valley.chart.title"), null, plot, true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 12));

        lossAxis = new DecadeLogAxis(bundle.getString("valley.legend"));
        colourLegend = new PaintScaleLegend(new ViridisLogScale(1, 2), lossAxis);
        colourLegend.setPosition(RectangleEdge.RIGHT);
        colourLegend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        colourLegend.setStripWidth(16);
        colourLegend.setSubdivisionCount(200);
        colourLegend.setMargin(new RectangleInsets(30, 10, 30, 4));
        chart.addSubtitle(colourLegend);
        chart.addSubtitle(summary);
        setStyle(style);
    }

    @Override
    public java.util.List<JFreeChart> all() {
        return java.util.List.of(chart);
    }

    public JFreeChart chart() {
        return chart;
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        // The heatmap fills the data area: grid lines over it would only add noise.
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setDomainMinorGridlinesVisible(false);
        plot.setRangeMinorGridlinesVisible(false);
        colourLegend.setBackgroundPaint(newStyle.background());
        lossAxis.setLabelPaint(newStyle.foreground());
        lossAxis.setTickLabelPaint(newStyle.foreground());
        lossAxis.setTickMarkPaint(newStyle.foreground());
        lossAxis.setAxisLinePaint(newStyle.foreground());
        lossAxis.setLabelFont(newStyle.font());
        lossAxis.setTickLabelFont(newStyle.font());
        summary.setFont(newStyle.font());
        summary.setPaint(newStyle.foreground());
    }

    /** Replaces everything drawn; the chart redraws once. */
    public void show(ValleyFrame frame) {
        chart.setNotify(false);
        try {
            chart.setTitle(MessageFormat.format(bundle.getString("valley.chart.title.law"),
                    bundle.getString("law." + frame.preset().id())));
            chart.getTitle().setPaint(style().foreground());
            chart.getTitle().setFont(style().font().deriveFont(Font.BOLD, style().font().getSize2D() + 2));
            summary.setText(MessageFormat.format(bundle.getString("valley.summary"),
                    QuantityFormat.loss(frame.minLoss()), QuantityFormat.loss(frame.maxLoss())));
            paramsAxis.setRange(Math.pow(10, frame.window().log10ParamsMin()),
                    Math.pow(10, frame.window().log10ParamsMax()));
            tokensAxis.setRange(Math.pow(10, frame.window().log10TokensMin()),
                    Math.pow(10, frame.window().log10TokensMax()));
            ValleyFrame.LossScale scale = frame.lossScale();
            lossAxis.setRange(scale.from(), scale.to() > scale.from() ? scale.to() : scale.from() * 1.001);
            colourLegend.setScale(new ViridisLogScale(scale.from(), scale.to()));
            // A path that misses the window is not drawn: the legend says so instead of listing it as drawn.
            plot.setFixedLegendItems(legendItems(frame.pathOutside() != null));
            paintHeatmap(frame);
            heatmap.show(image, frame);
            showLines(frame);
        } finally {
            chart.setNotify(true);
        }
    }

    private void paintHeatmap(ValleyFrame frame) {
        if (image == null || image.getWidth() != frame.columns() || image.getHeight() != frame.rows()) {
            image = new BufferedImage(frame.columns(), frame.rows(), BufferedImage.TYPE_INT_RGB);
        }
        float[] colour = frame.colourCoordinates();
        int columns = frame.columns();
        int[] row = new int[columns];
        for (int r = 0; r < frame.rows(); r++) {
            for (int c = 0; c < columns; c++) {
                row[c] = ViridisColorMap.rgb(colour[r * columns + c]);
            }
            // Image rows run downwards, the grid's rows (D) upwards.
            image.setRGB(0, frame.rows() - 1 - r, columns, 1, row, 0, columns);
        }
    }

    private void showLines(ValleyFrame frame) {
        plot.clearAnnotations();
        DefaultXYDataset dataset = new DefaultXYDataset();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        // Behind the lines: plot annotations are drawn over the series, a renderer's background layer under.
        renderer.addAnnotation(heatmap, Layer.BACKGROUND);
        renderer.setDrawSeriesLineAsPath(true);
        Font labelFont = style().font().deriveFont(style().font().getSize2D() - 1);

        double labelledLoss = Double.NaN;
        for (int i = 0; i < frame.contours().size(); i++) {
            ValleyFrame.Contour contour = frame.contours().get(i);
            // Black or white, whichever stands out more from the map's colour at this level: the label sits
            // on its own contour, so that colour is its ground (at least 4.5:1 over all of viridis).
            Color ground = new Color(ViridisColorMap.rgb(frame.height(contour.loss())));
            Color ink = ChartContrast.ratio(Color.BLACK, ground) >= ChartContrast.ratio(Color.WHITE, ground)
                    ? new Color(0, 0, 0, 110) : new Color(255, 255, 255, 130);
            int index = add(dataset, "contour-" + i, contour.log10Params(), contour.log10Tokens());
            renderer.setSeriesPaint(index, ink);
            renderer.setSeriesStroke(index, CONTOUR_STROKE);
            int middle = contour.log10Params().length / 2;
            // A label centred on a point near the border would be cut in half.
            boolean roomForLabel = contour.log10Params().length > 4
                    && insideMargin(frame.u(contour.log10Params()[middle]))
                    && insideMargin(frame.v(contour.log10Tokens()[middle]));
            if (contour.loss() != labelledLoss && roomForLabel) {
                labelledLoss = contour.loss();
                XYTextAnnotation label = new XYTextAnnotation(QuantityFormat.constant(contour.loss()),
                        Math.pow(10, contour.log10Params()[middle]), Math.pow(10, contour.log10Tokens()[middle]));
                label.setFont(labelFont);
                label.setPaint(new Color(ink.getRed(), ink.getGreen(), ink.getBlue()));
                plot.addAnnotation(label, false);
            }
        }
        for (ValleyFrame.IsoFlopLine line : frame.isoFlopLines()) {
            int halo = add(dataset, "isoflop-halo-" + line.log10Flops(), line.line().log10Params(),
                    line.line().log10Tokens());
            renderer.setSeriesPaint(halo, HALO_COLOUR);
            renderer.setSeriesStroke(halo, ISOFLOP_HALO_STROKE);
            int index = add(dataset, "isoflop-" + line.log10Flops(), line.line().log10Params(),
                    line.line().log10Tokens());
            renderer.setSeriesPaint(index, ISOFLOP_COLOUR);
            renderer.setSeriesStroke(index, ISOFLOP_STROKE);
            XYTextAnnotation label = new XYTextAnnotation(" " + MessageFormat.format(
                    bundle.getString("valley.budget.label"), ValleyText.powerOfTen(line.log10Flops())) + " ",
                    Math.pow(10, line.line().log10Params()[0]), Math.pow(10, line.line().log10Tokens()[0]));
            label.setFont(labelFont);
            label.setPaint(Color.BLACK);
            label.setBackgroundPaint(new Color(255, 255, 255, 200));
            label.setTextAnchor(TextAnchor.TOP_LEFT);
            plot.addAnnotation(label, false);
        }
        ValleyFrame.Line path = frame.optimalPath();
        if (path.size() > 1) {
            int halo = add(dataset, "path-halo", path.log10Params(), path.log10Tokens());
            renderer.setSeriesPaint(halo, HALO_COLOUR);
            renderer.setSeriesStroke(halo, PATH_HALO_STROKE);
            int index = add(dataset, "path", path.log10Params(), path.log10Tokens());
            renderer.setSeriesPaint(index, PATH_COLOUR);
            renderer.setSeriesStroke(index, PATH_STROKE);
        }
        List<ValleyFrame.IsoFlopLine> inside = frame.isoFlopLines().stream()
                .filter(ValleyFrame.IsoFlopLine::minimumInsideWindow).toList();
        if (!inside.isEmpty()) {
            double[] x = inside.stream().mapToDouble(ValleyFrame.IsoFlopLine::minimumLog10Params).toArray();
            double[] y = inside.stream().mapToDouble(ValleyFrame.IsoFlopLine::minimumLog10Tokens).toArray();
            int index = add(dataset, "isoflop-minima", x, y);
            renderer.setSeriesLinesVisible(index, false);
            renderer.setSeriesShapesVisible(index, true);
            renderer.setSeriesShape(index, MINIMUM_MARK);
            renderer.setSeriesPaint(index, ISOFLOP_COLOUR);
            renderer.setSeriesOutlinePaint(index, Color.BLACK);
            renderer.setUseOutlinePaint(true);
            renderer.setDrawOutlines(true);
        }
        plot.setRenderer(renderer);
        plot.setDataset(dataset);
    }

    private static boolean insideMargin(double fraction) {
        return fraction > 0.04 && fraction < 0.96;
    }

    private static int add(DefaultXYDataset dataset, String key, double[] log10X, double[] log10Y) {
        double[] x = new double[log10X.length];
        double[] y = new double[log10Y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.pow(10, log10X[i]);
            y[i] = Math.pow(10, log10Y[i]);
        }
        dataset.addSeries(key, new double[][] {x, y});
        return dataset.indexOf(key);
    }

    private LegendItemCollection legendItems(boolean pathOutside) {
        LegendItemCollection items = new LegendItemCollection();
        Shape line = new Line2D.Double(-9, 0, 9, 0);
        items.add(lineItem(bundle.getString(pathOutside ? "valley.legend.path.outside" : "valley.legend.path"), line,
                PATH_STROKE, PATH_COLOUR));
        items.add(lineItem(bundle.getString("valley.legend.isoflop"), line, ISOFLOP_STROKE, Color.GRAY));
        LegendItem minimum = new LegendItem(bundle.getString("valley.legend.minimum"), null, null, null,
                MINIMUM_MARK, Color.WHITE, new BasicStroke(1f), Color.BLACK);
        items.add(minimum);
        items.add(lineItem(bundle.getString("valley.legend.contours"), line, CONTOUR_STROKE, Color.GRAY));
        return items;
    }

    private static LegendItem lineItem(String label, Shape line, Stroke stroke, Paint paint) {
        return new LegendItem(label, null, null, null, false, line, false, paint, false, paint, stroke, true, line,
                stroke, paint);
    }

    /** Viridis on log L between the window's lowest and highest loss: the colours of the heatmap. */
    private record ViridisLogScale(double lower, double upper) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lower;
        }

        @Override
        public double getUpperBound() {
            return upper;
        }

        @Override
        public Paint getPaint(double value) {
            return new Color(ViridisColorMap.rgb(new ValleyFrame.LossScale(lower, upper).height(value)));
        }
    }

    /** Draws the heatmap image over exactly the window's rectangle of the data area. */
    private static final class HeatmapAnnotation extends AbstractXYAnnotation {
        private BufferedImage image;
        private ValleyFrame frame;

        void show(BufferedImage newImage, ValleyFrame newFrame) {
            this.image = newImage;
            this.frame = newFrame;
        }

        @Override
        public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                         int rendererIndex, PlotRenderingInfo info) {
            if (image == null) {
                return;
            }
            RectangleEdge domainEdge = plot.getDomainAxisEdge();
            RectangleEdge rangeEdge = plot.getRangeAxisEdge();
            double left = domainAxis.valueToJava2D(Math.pow(10, frame.window().log10ParamsMin()), dataArea, domainEdge);
            double right = domainAxis.valueToJava2D(Math.pow(10, frame.window().log10ParamsMax()), dataArea, domainEdge);
            double top = rangeAxis.valueToJava2D(Math.pow(10, frame.window().log10TokensMax()), dataArea, rangeEdge);
            double bottom = rangeAxis.valueToJava2D(Math.pow(10, frame.window().log10TokensMin()), dataArea, rangeEdge);
            Object interpolation = g2.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.drawImage(image, (int) Math.round(left), (int) Math.round(top), (int) Math.round(right - left),
                    (int) Math.round(bottom - top), null);
            if (interpolation != null) {
                g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            }
        }
    }

    /** The legend entries, for tests. */
    List<String> legendLabels() {
        List<String> labels = new ArrayList<>();
        LegendItemCollection items = plot.getFixedLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            labels.add(items.get(i).getLabel());
        }
        return labels;
    }
}
