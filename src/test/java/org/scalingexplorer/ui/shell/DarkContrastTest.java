package org.scalingexplorer.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the dark theme every series, label and annotation of every chart of every registered view keeps a
 * WCAG contrast of at least 3:1 against what it is drawn on (the plot for ink inside it, the chart for
 * titles, axes and legend). Translucent fills (bands, shaded ranges) are grounds, not ink. The ratio is
 * computed here from the WCAG 2 definition, not by the code under test.
 */
@ExtendWith(ApplicationExtension.class)
class DarkContrastTest {
    static final double MIN_RATIO = 3.0;

    private ExplorerWindowFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new ExplorerWindowFixture(stage, Language.ENGLISH);
    }

    @AfterEach
    void removePrefs() {
        // Presentation's large type is on every window of the JVM: the next test's window must not get it.
        ExplorerWindowFixture.runOnFx(() -> fixture.window.presentationProperty().set(false));
        fixture.removePrefs();
    }

    @Test
    void everyInkOfEveryChartIsReadableOnTheDarkTheme(FxRobot robot) {
        robot.interact(() -> fixture.settings.themeProperty().set(ThemeChoice.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryInkAtLeast(robot, MIN_RATIO, "dark");
    }

    /** A projector washes colours out: presentation mode holds every ink to 4.5:1 on its black. */
    @Test
    void everyInkOfEveryChartIsReadableInPresentationMode(FxRobot robot) {
        robot.interact(() -> fixture.window.presentationProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertEveryInkAtLeast(robot, 4.5, "presentation");
    }

    private void assertEveryInkAtLeast(FxRobot robot, double minRatio, String mode) {
        List<String> problems = new ArrayList<>();
        for (ViewModule<?> module : ViewRegistry.MODULES) {
            ExplorerWindowFixture.openView(robot, module.id());
            WaitForAsyncUtils.waitForFxEvents();
            List<Reading> readings = ExplorerWindowFixture.onFx(() -> {
                List<Reading> all = new ArrayList<>();
                fixture.window.currentView().charts().forEach(chart -> read(chart, all));
                return all;
            });
            if (readings.isEmpty()) {
                continue;
            }
            Reading lowest = readings.stream().min(java.util.Comparator.comparingDouble(Reading::ratio)).orElseThrow();
            System.out.printf("%s contrast %s: %d inks, lowest %.2f (%s)%n", mode, module.id(), readings.size(),
                    lowest.ratio(), lowest.what());
            readings.stream().filter(r -> r.ratio() < minRatio)
                    .forEach(r -> problems.add(module.id() + ": " + r.what() + String.format(" %.2f:1", r.ratio())));
        }
        assertTrue(problems.isEmpty(), problems.size() + " inks under " + minRatio + ":1 in " + mode + ":\n"
                + String.join("\n", problems));
    }

    /** The "floor E" label stayed white on the light plot after presentation mode or a theme switch. */
    @Test
    void textFollowsTheThemeBackAfterPresentationAndDark(FxRobot robot) {
        ExplorerWindowFixture.openView(robot, "power-laws");
        robot.interact(() -> fixture.window.presentationProperty().set(true));
        // A law chosen while presenting draws its floor label in presentation's white.
        robot.interact(() -> fixture.models.scenario().activePresetProperty()
                .set(org.scalingexplorer.engine.law.LawPreset.EPOCH_2024));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fixture.window.presentationProperty().set(false));
        robot.interact(() -> fixture.settings.themeProperty().set(ThemeChoice.DARK));
        robot.interact(() -> fixture.settings.themeProperty().set(ThemeChoice.LIGHT));
        WaitForAsyncUtils.waitForFxEvents();
        List<Reading> readings = ExplorerWindowFixture.onFx(() -> {
            List<Reading> all = new ArrayList<>();
            fixture.window.currentView().charts().forEach(chart -> read(chart, all));
            return all;
        });
        List<String> faint = readings.stream()
                .filter(r -> r.what().contains("label") || r.what().contains("title") || r.what().contains("annotation"))
                .filter(r -> r.ratio() < MIN_RATIO).map(r -> r.what() + String.format(" %.2f:1", r.ratio())).toList();
        assertTrue(readings.stream().anyMatch(r -> r.what().contains("marker") && r.what().contains("label")),
                "the active law's floor carries a label");
        assertTrue(faint.isEmpty(), "text left in another theme's colour:\n" + String.join("\n", faint));
    }

    @Test
    void theRatioIsWcags() {
        assertTrue(Math.abs(ratio(Color.BLACK, Color.WHITE) - 21) < 1e-9);
        // Okabe-Ito vermilion on the dark plot: 4.47 by hand from the WCAG formula.
        double vermilion = ratio(new Color(0xD55E00), new Color(0x161B22));
        assertTrue(vermilion > 4.4 && vermilion < 4.55, "vermilion " + vermilion);
        assertFalse(ratio(Color.BLACK, new Color(0x161B22)) >= MIN_RATIO);
    }

    record Reading(String what, double ratio) {
    }

    static void read(JFreeChart chart, List<Reading> out) {
        Color chartGround = (Color) chart.getBackgroundPaint();
        String name = chart.getTitle() == null || chart.getTitle().getText().isBlank() ? "chart"
                : "\"" + chart.getTitle().getText() + "\"";
        if (chart.getTitle() != null && !chart.getTitle().getText().isBlank()) {
            add(out, name + " title", chart.getTitle().getPaint(), chartGround);
        }
        if (!(chart.getPlot() instanceof XYPlot plot)) {
            return;
        }
        Color plotGround = (Color) plot.getBackgroundPaint();
        // A colour map under the series (the valley map): its lines carry halos and its labels their own
        // boxes, so only boxed text is measured there, against its box.
        boolean overImage = false;
        for (int r = 0; r < plot.getRendererCount(); r++) {
            overImage |= plot.getRenderer(r) instanceof AbstractXYItemRenderer renderer
                    && renderer.getAnnotations().stream().anyMatch(a -> !(a instanceof XYTextAnnotation));
        }
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            axis(out, name, plot.getDomainAxis(i), chartGround);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            axis(out, name, plot.getRangeAxis(i), chartGround);
        }
        for (int r = 0; r < plot.getRendererCount(); r++) {
            XYItemRenderer renderer = plot.getRenderer(r);
            XYDataset dataset = plot.getDataset(r);
            if (renderer == null || dataset == null) {
                continue;
            }
            for (int s = 0; s < dataset.getSeriesCount() && !overImage; s++) {
                if (!renderer.isSeriesVisible(s) || dataset.getItemCount(s) == 0) {
                    continue;
                }
                String series = name + " series \"" + dataset.getSeriesKey(s) + "\"";
                add(out, series, renderer.getItemPaint(s, 0), plotGround);
                if (renderer.isSeriesItemLabelsVisible(s)) {
                    add(out, series + " item labels", renderer.getItemLabelPaint(s, 0), plotGround);
                }
            }
            if (renderer instanceof AbstractXYItemRenderer abstractRenderer) {
                annotations(out, name, abstractRenderer.getAnnotations(), plotGround, overImage);
            }
        }
        annotations(out, name, plot.getAnnotations(), plotGround, overImage);
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            for (int r = 0; r < Math.max(1, plot.getRendererCount()); r++) {
                markers(out, name, plot.getDomainMarkers(r, layer), plotGround);
                markers(out, name, plot.getRangeMarkers(r, layer), plotGround);
            }
        }
        if (chart.getLegend() != null && chart.getLegend().isVisible()) {
            Color legendGround = chart.getLegend().getBackgroundPaint() instanceof Color c ? c : chartGround;
            add(out, name + " legend text", chart.getLegend().getItemPaint(), legendGround);
            LegendItemCollection items = plot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                LegendItem item = items.get(i);
                String what = name + " legend \"" + item.getLabel() + "\"";
                if (item.isLineVisible()) {
                    add(out, what + " line", item.getLinePaint(), legendGround);
                } else if (item.isShapeVisible() && item.isShapeFilled()) {
                    add(out, what + " mark", item.getFillPaint(), legendGround);
                }
            }
        }
    }

    private static void axis(List<Reading> out, String name, ValueAxis axis, Color ground) {
        if (axis == null || !axis.isVisible()) {
            return;
        }
        if (axis.getLabel() != null && !axis.getLabel().isBlank()) {
            add(out, name + " axis label \"" + axis.getLabel() + "\"", axis.getLabelPaint(), ground);
        }
        if (axis.isTickLabelsVisible()) {
            add(out, name + " tick labels of \"" + axis.getLabel() + "\"", axis.getTickLabelPaint(), ground);
        }
    }

    private static void annotations(List<Reading> out, String name, Collection<?> annotations, Color ground,
                                    boolean overImage) {
        for (Object annotation : annotations) {
            if (annotation instanceof XYTextAnnotation text) {
                String what = name + " annotation \"" + text.getText().strip() + "\"";
                if (text.getBackgroundPaint() instanceof Color box) {
                    add(out, what + " on its box", text.getPaint(), over(box, ground));
                } else if (!overImage) {
                    add(out, what, text.getPaint(), ground);
                }
            }
        }
    }

    private static void markers(List<Reading> out, String name, Collection<?> markers, Color ground) {
        if (markers == null) {
            return;
        }
        for (Object each : markers) {
            Marker marker = (Marker) each;
            String what = name + " marker" + (marker.getLabel() == null ? "" : " \"" + marker.getLabel() + "\"");
            if (marker instanceof ValueMarker) {
                add(out, what + " line", marker.getPaint(), ground);
            }
            if (marker.getLabel() != null && !marker.getLabel().isBlank()) {
                add(out, what + " label", marker.getLabelPaint(), ground);
            }
        }
    }

    private static void add(List<Reading> out, String what, Paint paint, Color ground) {
        if (!(paint instanceof Color color) || color.getAlpha() < 128) {
            return;
        }
        out.add(new Reading(what, ratio(over(color, ground), ground)));
    }

    /** The colour a translucent ink shows on its ground. */
    private static Color over(Color ink, Color ground) {
        double a = ink.getAlpha() / 255.0;
        return new Color((int) Math.round(ink.getRed() * a + ground.getRed() * (1 - a)),
                (int) Math.round(ink.getGreen() * a + ground.getGreen() * (1 - a)),
                (int) Math.round(ink.getBlue() * a + ground.getBlue() * (1 - a)));
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double v = value / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
