package org.scalingexplorer.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.scalingexplorer.engine.law.ConstantBounds;
import org.scalingexplorer.engine.law.LawConstant;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.engine.law.ScalingLaw;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Every view drawn at the corners of the constants' ranges (what a session or a lesson may set at
 * most) plots only finite numbers, throws nothing and prints nothing on stderr. Before, a session
 * with a huge A printed stack traces of 100+ frames while "succeeding" and hung the loss valley; and
 * Kaplan's joint law overflowed at alpha_N = 0.3, alpha_D = 0.01 (both within the sliders' reach).
 * The plan view fits a virtual study of the law: at a corner where that fit has no finite answer it
 * may refuse with an ArithmeticException (one line on the command line), never anything else. The
 * fit view draws the runs' own fit, which no law constant changes; it is left out for time.
 */
class ExtremeLawsDrawFiniteTest {

    /** Corners of the plan view, a slow one (it fits a study): the two whose fits used to escape, and two more. */
    private static final java.util.Set<String> PLAN_CORNERS = java.util.Set.of(
            chinchilla(0, 1e5, 1, 1, 0.05), chinchilla(4, 1, 1e5, 1, 1), chinchilla(0, 1, 1, 0.05, 0.05),
            chinchilla(4, 1e5, 1e5, 1, 1));

    private static String chinchilla(double e, double a, double b, double alpha, double beta) {
        return new org.scalingexplorer.engine.law.ChinchillaLaw(e, a, b, alpha, beta).constants().toString();
    }

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.scalingexplorer.ui.messages", Locale.ROOT);

    @Test
    void everyViewAtEveryCornerOfTheConstantsDrawsFiniteNumbersOnly() {
        List<String> problems = new ArrayList<>();
        PrintStream original = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            for (LawPreset preset : List.of(LawPreset.CHINCHILLA_2022, LawPreset.KAPLAN_2020)) {
                List<LawConstant> sliders = preset.law().constants().stream()
                        .filter(c -> ConstantBounds.of(c.key()).orElseThrow().slider()).toList();
                for (int corner = 0; corner < (1 << sliders.size()); corner++) {
                    ScalingLaw law = preset.law();
                    for (int i = 0; i < sliders.size(); i++) {
                        ConstantBounds bounds = ConstantBounds.of(sliders.get(i).key()).orElseThrow();
                        law = law.withConstant(sliders.get(i).key(), (corner >> i & 1) == 0 ? bounds.min() : bounds.max());
                    }
                    check(preset, law, problems);
                }
            }
        } finally {
            System.setErr(original);
        }
        assertEquals(List.of(), problems.subList(0, Math.min(20, problems.size())), problems.size() + " problems");
        assertEquals("", stderr.toString(StandardCharsets.UTF_8), "nothing printed on stderr");
    }

    private static void check(LawPreset preset, ScalingLaw law, List<String> problems) {
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        models.scenario().setLaw(preset, law);
        models.scenario().activePresetProperty().set(preset);
        for (String view : ViewRegistry.ids()) {
            if (view.equals("fit") || (view.equals("plan") && !PLAN_CORNERS.contains(law.constants().toString()))) {
                continue;
            }
            String where = view + " under " + preset.id() + " " + law.constants();
            try {
                ViewFigure figure = models.figure(view).draw(new FigureContext(BUNDLE, ChartStyle.LIGHT));
                for (Drawable cell : figure.cells()) {
                    if (cell instanceof JFreeChart chart && chart.getPlot() instanceof XYPlot plot) {
                        for (int d = 0; d < plot.getDatasetCount(); d++) {
                            XYDataset data = plot.getDataset(d);
                            for (int s = 0; data != null && s < data.getSeriesCount(); s++) {
                                for (int i = 0; i < data.getItemCount(s); i++) {
                                    if (Double.isInfinite(data.getXValue(s, i)) || Double.isInfinite(data.getYValue(s, i))) {
                                        problems.add(where + ": " + chartName(chart) + " / " + data.getSeriesKey(s)
                                                + " point " + i + " is infinite");
                                        break;
                                    }
                                }
                            }
                        }
                    }
                }
            } catch (ArithmeticException e) {
                if (!view.equals("plan")) {
                    problems.add(where + ": " + e);
                }
            } catch (RuntimeException e) {
                problems.add(where + ": " + e);
            }
        }
    }

    private static String chartName(JFreeChart chart) {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }
}
