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
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scalingexplorer.ui.fit.FitModule;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.ViewModule;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In the light and the dark theme every series, label and annotation of every chart of every registered
 * view keeps a WCAG contrast of at least 3:1 against what it is drawn on (the plot for ink inside it, the
 * chart for titles, axes and legend, the colour map for the valley map's contour labels); presentation
 * mode 4.5:1. The Fit view is measured with the app's Chinchilla sample loaded and fitted, so its runs,
 * fitted law and held-out marks are inked too. Translucent fills (bands, shaded ranges) are grounds, not
 * ink. The ratio is computed here from the WCAG 2 definition, not by the code under test.
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

    /** The light theme too: Okabe-Ito's orange, sky blue and yellow are under 3:1 on white as printed. */
    @Test
    void everyInkOfEveryChartIsReadableOnTheLightTheme(FxRobot robot) {
        assertEveryInkAtLeast(robot, MIN_RATIO, "light");
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
        fitTheSample();
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

    /** The Fit view with runs: the app's own sample (shipped in the jar, so this runs in any clone), fitted. */
    private void fitTheSample() {
        FitViewModel fit = fixture.models.viewModel(FitModule.MODULE);
        ExplorerWindowFixture.runOnFx(fit::loadSample);
        ExplorerWindowFixture.await(() -> fit.status() == FitViewModel.Status.LOADED);
        ExplorerWindowFixture.runOnFx(() -> {
            // A small bootstrap still draws the band; the full one only costs time here.
            fit.settings().resamplesProperty().set(8);
            fit.fit();
        });
        ExplorerWindowFixture.await(() -> fit.status() == FitViewModel.Status.FITTED
                || fit.status() == FitViewModel.Status.FIT_FAILED);
        assertTrue(fit.status() == FitViewModel.Status.FITTED, "the sample fits: " + fit.errorMessageProperty().get());
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
        // A colour map under the series (the valley map): its lines carry halos and its labels either
        // boxes, measured against their box, or sit on a contour, measured against the map's colour at
        // that contour's level (read off the chart's colour legend).
        PaintScale map = chart.getSubtitles().stream().filter(PaintScaleLegend.class::isInstance)
                .map(t -> ((PaintScaleLegend) t).getScale()).findFirst().orElse(null);
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
                annotations(out, name, abstractRenderer.getAnnotations(), plotGround, overImage ? map : null);
            }
        }
        annotations(out, name, plot.getAnnotations(), plotGround, overImage ? map : null);
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
                    // A mark ringed in another colour (a white dot in a black ring) reads by the stronger.
                    List<Reading> fillAndRing = new ArrayList<>();
                    add(fillAndRing, what + " mark", item.getFillPaint(), legendGround);
                    if (item.isShapeOutlineVisible()) {
                        add(fillAndRing, what + " mark's outline", item.getOutlinePaint(), legendGround);
                    }
                    fillAndRing.stream().max(java.util.Comparator.comparingDouble(Reading::ratio)).ifPresent(out::add);
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

    /** {@code map}: the colour scale of the picture under the plot, null where there is none. */
    private static void annotations(List<Reading> out, String name, Collection<?> annotations, Color ground,
                                    PaintScale map) {
        for (Object annotation : annotations) {
            if (annotation instanceof XYTextAnnotation text) {
                String what = name + " annotation \"" + text.getText().strip() + "\"";
                if (text.getBackgroundPaint() instanceof Color box) {
                    add(out, what + " on its box", text.getPaint(), over(box, ground));
                } else if (map == null) {
                    add(out, what, text.getPaint(), ground);
                } else {
                    double level = contourLevel(text.getText());
                    // Text on the map that is no contour level has no known ground: it fails as unreadable.
                    Color under = Double.isNaN(level) ? (Color) text.getPaint() : (Color) map.getPaint(level);
                    add(out, what + " on the map", text.getPaint(), under);
                }
            }
        }
    }

    private static double contourLevel(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
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
