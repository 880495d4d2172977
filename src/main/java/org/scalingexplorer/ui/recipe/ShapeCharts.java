package org.scalingexplorer.ui.recipe;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.scalingexplorer.engine.plan.PublishedShape;
import org.scalingexplorer.engine.plan.ShapeBowl;
import org.scalingexplorer.engine.plan.ShapeCandidate;
import org.scalingexplorer.engine.plan.ShapeSearch;
import org.scalingexplorer.engine.plan.TransformerShape;
import org.scalingexplorer.ui.chart.ChartSet;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.LawPalette;
import org.scalingexplorer.ui.chart.ReadableQuantity;
import org.scalingexplorer.ui.chart.SeriesPalette;

/**
 * The shapes panel's chart, Kaplan's flat bowl seen from above: aspect ratio d_model / n_layer against
 * non-embedding size for published models (GPT-3, LLaMA, Chinchilla), Kaplan's two shapes of 1.5e9
 * that lose within 3% of each other, and the shapes offered for the law's compute-optimal N, over the
 * band of ratios the search allows. Draws a {@link ShapesPanel}; computes nothing.
 */
final class ShapeCharts extends ChartSet {
    // Room on the right for the names beside the published shapes (aspect up to 128) at 1280 px wide.
    private static final double ASPECT_FROM = 10;
    private static final double ASPECT_TO = 3000;

    private final ResourceBundle bundle;
    private final JFreeChart bowl;
    private ShapesPanel shown;

    ShapeCharts(ResourceBundle bundle, ChartStyle style) {
        super(style);
        this.bundle = bundle;
        bowl = RecipeChartParts.chart(bundle.getString("recipe.shapes.chart.bowl"),
                RecipeChartParts.log(bundle.getString("recipe.axis.aspect")),
                RecipeChartParts.log(bundle.getString("recipe.axis.nonEmbeddingParams")));
        bowl.getXYPlot().getDomainAxis().setRange(ASPECT_FROM, ASPECT_TO);
        style.apply(bowl);
    }

    @Override
    public List<JFreeChart> all() {
        return List.of(bowl);
    }

    @Override
    protected void restyle(ChartStyle newStyle) {
        if (shown != null) {
            show(shown);
        }
    }

    void show(ShapesPanel panel) {
        shown = panel;
        bowl.setNotify(false);
        try {
            XYPlot plot = bowl.getXYPlot();
            RecipeChartParts.clear(plot);
            DefaultXYDataset points = new DefaultXYDataset();
            XYLineAndShapeRenderer renderer = RecipeChartParts.points();
            List<TransformerShape> suggested = panel.suggestions().candidates().stream().map(ShapeCandidate::shape).toList();
            series(points, renderer, MessageFormat.format(bundle.getString("recipe.shapes.legend.suggested"),
                    ReadableQuantity.count(panel.targetParams())), suggested.stream().mapToDouble(TransformerShape::aspectRatio).toArray(),
                    suggested.stream().mapToDouble(TransformerShape::nonEmbeddingParams).toArray(),
                    LawPalette.colorOf(panel.preset()), RecipeChartParts.DOT);
            family(points, renderer, panel.published(), "GPT-3", SeriesPalette.color(1), new Rectangle2D.Double(-4, -4, 8, 8));
            family(points, renderer, panel.published(), "LLaMA", SeriesPalette.color(2), triangle());
            family(points, renderer, panel.published(), "Chinchilla", SeriesPalette.color(4), ring());
            series(points, renderer, bundle.getString("recipe.shapes.legend.kaplan"),
                    ShapeBowl.KAPLAN_ANCHORS.stream().mapToDouble(TransformerShape::aspectRatio).toArray(),
                    ShapeBowl.KAPLAN_ANCHORS.stream().mapToDouble(TransformerShape::nonEmbeddingParams).toArray(),
                    style().foreground(), diamond());
            if (points.indexOf("Chinchilla") >= 0) {
                // A ring: Chinchilla's shape is LLaMA-65B's, and the triangle shows through it.
                renderer.setSeriesShapesFilled(points.indexOf("Chinchilla"), false);
            }
            plot.setDataset(0, points);
            plot.setRenderer(0, renderer);
            RecipeChartParts.bandX(plot, ShapeSearch.MIN_ASPECT, ShapeSearch.MAX_ASPECT,
                    bundle.getString("recipe.shapes.band"), style());
            // Kaplan's two shapes, joined: the loss hardly differs along the line.
            DefaultXYDataset anchorLine = new DefaultXYDataset();
            TransformerShape deep = ShapeBowl.KAPLAN_ANCHORS.get(0);
            TransformerShape shallow = ShapeBowl.KAPLAN_ANCHORS.get(1);
            RecipeChartParts.add(anchorLine, bundle.getString("recipe.shapes.anchorsNote"),
                    new double[] {deep.aspectRatio(), shallow.aspectRatio()},
                    new double[] {deep.nonEmbeddingParams(), shallow.nonEmbeddingParams()});
            XYLineAndShapeRenderer anchorRenderer = RecipeChartParts.lines();
            anchorRenderer.setSeriesPaint(0, style().foreground());
            anchorRenderer.setSeriesStroke(0, RecipeChartParts.dotted(1.4f));
            anchorRenderer.setSeriesVisibleInLegend(0, false);
            plot.setDataset(1, anchorLine);
            plot.setRenderer(1, anchorRenderer);
            XYTextAnnotation anchors = new XYTextAnnotation(bundle.getString("recipe.shapes.anchorsNote"),
                    Math.sqrt(deep.aspectRatio() * shallow.aspectRatio()),
                    Math.sqrt(deep.nonEmbeddingParams() * shallow.nonEmbeddingParams()));
            anchors.setTextAnchor(TextAnchor.BOTTOM_CENTER);
            anchors.setFont(RecipeChartParts.smallFont(style()));
            anchors.setPaint(style().foreground());
            plot.addAnnotation(anchors, false);
            labelPublished(plot, panel.published());
            RecipeChartParts.subtitle(bowl, MessageFormat.format(bundle.getString("recipe.lawAndBudget"),
                    bundle.getString("law." + panel.preset().id()), ReadableQuantity.scientific(panel.flops())), style());
            style().apply(bowl);
        } finally {
            bowl.setNotify(true);
        }
    }

    /** Names beside the published shapes; models at the same spot (GPT-3 6.7B and LLaMA-7B) share a label. */
    private void labelPublished(XYPlot plot, List<PublishedShape> published) {
        List<List<PublishedShape>> groups = new java.util.ArrayList<>();
        for (PublishedShape shape : published) {
            groups.stream().filter(g -> Math.abs(Math.log10(g.get(0).aspectRatio() / shape.aspectRatio())) < 0.03
                            && Math.abs(Math.log10(g.get(0).nonEmbeddingParams() / shape.nonEmbeddingParams())) < 0.06)
                    .findFirst()
                    .ifPresentOrElse(g -> g.add(shape), () -> groups.add(new java.util.ArrayList<>(List.of(shape))));
        }
        for (List<PublishedShape> group : groups) {
            XYTextAnnotation label = new XYTextAnnotation("  " + String.join(", ",
                    group.stream().map(PublishedShape::name).toList()), group.get(0).aspectRatio(),
                    group.get(0).nonEmbeddingParams());
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setFont(RecipeChartParts.smallFont(style()));
            label.setPaint(style().foreground());
            plot.addAnnotation(label, false);
        }
    }

    private void family(DefaultXYDataset points, XYLineAndShapeRenderer renderer, List<PublishedShape> published,
                        String family, Color color, Shape shape) {
        List<PublishedShape> members = published.stream().filter(p -> p.family().equals(family)).toList();
        series(points, renderer, family, members.stream().mapToDouble(PublishedShape::aspectRatio).toArray(),
                members.stream().mapToDouble(PublishedShape::nonEmbeddingParams).toArray(), color, shape);
    }

    private static void series(DefaultXYDataset points, XYLineAndShapeRenderer renderer, String key, double[] x,
                               double[] y, Color color, Shape shape) {
        if (x.length == 0) {
            return;
        }
        int index = RecipeChartParts.add(points, key, x, y);
        renderer.setSeriesPaint(index, color);
        renderer.setSeriesShape(index, shape);
    }

    private static Shape triangle() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -5);
        path.lineTo(5, 4);
        path.lineTo(-5, 4);
        path.closePath();
        return path;
    }

    private static Shape ring() {
        return new java.awt.geom.Ellipse2D.Double(-8, -8, 16, 16);
    }

    private static Shape diamond() {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(0, -5.5);
        path.lineTo(5.5, 0);
        path.lineTo(0, 5.5);
        path.lineTo(-5.5, 0);
        path.closePath();
        return path;
    }
}
