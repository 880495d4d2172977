package org.scalingexplorer.ui.isoflop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.chart.CurveAvoidingLabels;
import org.scalingexplorer.ui.shell.ExplorerWindowFixture;
import org.scalingexplorer.ui.shell.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The budget labels at the bananas' minima as a projector shows them (1280x800, side by side and
 * overlaid, 3 and 12 budgets, light and presentation type) and as an export draws them: no label box
 * crosses a segment of any plotted line, overlaps another label or leaves the plot. Headless.
 */
@ExtendWith(ApplicationExtension.class)
class IsoFlopLabelsTest {
    private Stage stage;
    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        fixture.removePrefs();
    }

    @Test
    void labelsOnScreenCrossNoCurveAtProjectorSize(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        ExplorerWindowFixture.openView(robot, IsoFlopModule.MODULE.id());
        IsoFlopViewModel viewModel = fixture.models.viewModel(IsoFlopModule.MODULE);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (boolean presenting : new boolean[] {false, true}) {
            robot.interact(() -> fixture.window.presentationProperty().set(presenting));
            for (boolean overlay : new boolean[] {false, true}) {
                for (int count : new int[] {3, 12}) {
                    robot.interact(() -> {
                        viewModel.overlayProperty().set(overlay);
                        viewModel.budgetCountProperty().set(count);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    robot.interact(() -> stage.getScene().getRoot().layout());
                    WaitForAsyncUtils.waitForFxEvents();
                    List<String> ids = overlay ? List.of("#chart-isoflop-active")
                            : List.of("#chart-isoflop-active", "#chart-isoflop-comparison");
                    for (String id : ids) {
                        String where = id + (overlay ? " overlaid, " : " side by side, ") + count + " budgets"
                                + (presenting ? ", presenting" : "");
                        ChartViewer viewer = robot.lookup(id).queryAs(ChartViewer.class);
                        problems.addAll(ExplorerWindowFixture.onFx(() -> {
                            // The canvas draws on the next pulse; drawing it now reads the same chart at the same size.
                            viewer.getCanvas().draw();
                            Rectangle2D dataArea = viewer.getRenderingInfo().getPlotInfo().getDataArea();
                            return check(where, viewer.getChart(), dataArea, viewModel.figure().budgets().length);
                        }));
                        checked++;
                    }
                }
            }
        }
        robot.interact(() -> fixture.window.presentationProperty().set(false));
        assertEquals(12, checked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void labelsInAnExportCrossNoCurve() {
        IsoFlopViewModel viewModel = ExplorerWindowFixture.onFx(() -> {
            IsoFlopViewModel model = new org.scalingexplorer.ui.registry.ExplorerModels().viewModel(IsoFlopModule.MODULE);
            model.budgetCountProperty().set(12);
            return model;
        });
        ResourceBundle bundle = ResourceBundle.getBundle("org.scalingexplorer.ui.messages", Language.SIMPLIFIED_CHINESE.locale());
        List<String> problems = new ArrayList<>();
        for (ChartStyle style : List.of(ChartStyle.PRINT, ChartStyle.DARK, ChartStyle.PRESENTATION)) {
            IsoFlopCharts charts = new IsoFlopCharts(bundle, style);
            charts.show(viewModel.figure(), false);
            for (JFreeChart chart : List.of(charts.activeBananas(), charts.comparisonBananas())) {
                // The size of one cell of a 1600x1000 figure, and a cramped one.
                for (int[] size : new int[][] {{800, 470}, {520, 340}}) {
                    BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
                    Graphics2D g2 = image.createGraphics();
                    ChartRenderingInfo info = new ChartRenderingInfo();
                    chart.draw(g2, new Rectangle2D.Double(0, 0, size[0], size[1]), info);
                    g2.dispose();
                    problems.addAll(check(chart.getTitle().getText() + " " + size[0] + "x" + size[1] + " " + style,
                            chart, info.getPlotInfo().getDataArea(), 12));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Every label box against every line segment drawn, every other box and the plot's edge. */
    static List<String> check(String where, JFreeChart chart, Rectangle2D dataArea, int expectedLabels) {
        XYPlot plot = chart.getXYPlot();
        CurveAvoidingLabels labels = plot.getAnnotations().stream().filter(CurveAvoidingLabels.class::isInstance)
                .map(CurveAvoidingLabels.class::cast).findFirst().orElseThrow();
        List<Rectangle2D> boxes = labels.lastBoxes();
        List<String> problems = new ArrayList<>();
        if (boxes.size() != expectedLabels) {
            problems.add(where + ": " + boxes.size() + " labels drawn, " + expectedLabels + " budgets");
        }
        List<double[]> segments = segments(plot, dataArea);
        if (segments.size() < 400) {
            problems.add(where + ": only " + segments.size() + " segments drawn");
        }
        for (int b = 0; b < boxes.size(); b++) {
            Rectangle2D box = boxes.get(b);
            if (!dataArea.contains(box)) {
                problems.add(where + ": label " + box + " leaves the plot " + dataArea);
            }
            for (int o = b + 1; o < boxes.size(); o++) {
                if (box.intersects(boxes.get(o))) {
                    problems.add(where + ": labels " + box + " and " + boxes.get(o) + " overlap");
                }
            }
            for (double[] s : segments) {
                if (box.intersectsLine(s[0], s[1], s[2], s[3])) {
                    problems.add(where + ": label " + b + " " + box + " crosses a curve at (" + Math.round(s[0]) + ", "
                            + Math.round(s[1]) + ")");
                    break;
                }
            }
        }
        return problems;
    }

    /** Each line segment the plot draws, in the chart's drawing coordinates. */
    private static List<double[]> segments(XYPlot plot, Rectangle2D dataArea) {
        List<double[]> segments = new ArrayList<>();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset data = plot.getDataset(d);
            XYItemRenderer renderer = plot.getRenderer(d);
            if (data == null || !(renderer instanceof XYLineAndShapeRenderer lines)) {
                continue;
            }
            for (int s = 0; s < data.getSeriesCount(); s++) {
                if (!lines.isSeriesVisible(s) || !lines.getItemLineVisible(s, 0)) {
                    continue;
                }
                for (int i = 1; i < data.getItemCount(s); i++) {
                    segments.add(new double[] {
                            x(plot, data.getXValue(s, i - 1), dataArea), y(plot, data.getYValue(s, i - 1), dataArea),
                            x(plot, data.getXValue(s, i), dataArea), y(plot, data.getYValue(s, i), dataArea)});
                }
            }
        }
        return segments;
    }

    private static double x(XYPlot plot, double value, Rectangle2D area) {
        return plot.getDomainAxis().valueToJava2D(value, area, plot.getDomainAxisEdge());
    }

    private static double y(XYPlot plot, double value, Rectangle2D area) {
        return plot.getRangeAxis().valueToJava2D(value, area, plot.getRangeAxisEdge());
    }
}
