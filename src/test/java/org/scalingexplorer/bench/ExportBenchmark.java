package org.scalingexplorer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jfree.chart.JFreeChart;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.ui.export.ExportRequest;
import org.scalingexplorer.ui.export.PdfExporter;
import org.scalingexplorer.ui.export.ReportExporter;
import org.scalingexplorer.ui.export.ReportRequest;
import org.scalingexplorer.ui.export.SvgExporter;
import org.scalingexplorer.ui.view.ViewFigure;
import org.scalingexplorer.ui.registry.ExplorerModels;
import org.scalingexplorer.ui.registry.ViewRegistry;
import org.scalingexplorer.ui.view.FigureContext;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * Prints median and p99 wall time of exports, into memory (the disk's speed is not the exporter's).
 * Targets: one chart to SVG <= 300 ms, one chart to PDF <= 300 ms, a 6-view PDF report <= 3 s. Each
 * sample builds the figure afresh, as the app does for every export. A harness, not a test.
 */
public final class ExportBenchmark {

    private static final int REPORT_PAGES = 6;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        run();
    }

    public static void run() throws IOException {
        System.setProperty("java.awt.headless", "true");
        ResourceBundle bundle = ResourceBundle.getBundle("org.scalingexplorer.ui.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ExplorerModels models = new ExplorerModels(WorkMode.INLINE);
        FigureContext render = new FigureContext(bundle, ChartStyle.PRINT);

        List<String> views = new ArrayList<>(ViewRegistry.ids());
        int registered = views.size();
        for (int i = 0; views.size() < REPORT_PAGES; i++) {
            views.add(views.get(i % registered));
        }
        List<String> reportViews = views.subList(0, REPORT_PAGES);

        System.out.println("Export (" + registered + " view(s) registered"
                + (registered < REPORT_PAGES ? "; the report repeats them to make " + REPORT_PAGES + " pages" : "")
                + "):");
        print(time("one chart to SVG (800 x 500)", 10, 30, () -> SvgExporter.write(oneChart(models, render), sink())));
        print(time("one chart to PDF (800 x 500)", 10, 30, () -> PdfExporter.write(oneChart(models, render), sink())));
        print(time("whole view to PDF (1600 x 1000)", 5, 20,
                () -> PdfExporter.write(wholeView(models, render), sink())));
        ReportRequest report = new ReportRequest(reportViews, models.scenario().activePreset(),
                models.scenario().laws(), bundle, ChartStyle.PRINT, "");
        print(time(REPORT_PAGES + "-view PDF report (" + String.join(",", reportViews) + ")", 3, 10,
                () -> ReportExporter.write(report, reportViews.stream()
                        .map(id -> models.figure(id).draw(render)).toList(), sink())));
    }

    private static ExportRequest oneChart(ExplorerModels models, FigureContext render) {
        ViewFigure view = models.figure("power-laws").draw(render);
        JFreeChart chart = (JFreeChart) view.cells().get(0);
        return new ExportRequest(new ViewFigure(List.of(chart), 1), ChartStyle.PRINT, 800, 500);
    }

    private static ExportRequest wholeView(ExplorerModels models, FigureContext render) {
        return new ExportRequest(models.figure("power-laws").draw(render), ChartStyle.PRINT, 1600, 1000);
    }

    private static ByteArrayOutputStream sink() {
        return new ByteArrayOutputStream(1 << 18);
    }

    @FunctionalInterface
    private interface Export {
        void run() throws IOException;
    }

    private static Stats time(String name, int warmup, int samples, Export export) throws IOException {
        for (int i = 0; i < warmup; i++) {
            export.run();
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            export.run();
            nanos[i] = System.nanoTime() - start;
        }
        return Stats.ofNanos(name, nanos);
    }

    private static void print(Stats stats) {
        System.out.println("  " + stats.line());
    }
}
