package org.scalingexplorer.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingexplorer.ui.chart.ChartStyle;
import org.scalingexplorer.engine.law.LawPreset;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * Every exporter writes through the atomic path: a write that fails half way (here a chart that
 * throws while it is drawn or read) leaves the old file byte-identical and no temporary file; a CSV
 * never holds NaN or Infinity.
 */
class ExportWriteFailureTest {

    @TempDir
    Path dir;

    /** A chart whose data fails after the first point once built: drawing and reading it both stop part way. */
    private static ViewFigure failingFigure() {
        return figure(true);
    }

    private static ViewFigure figure(boolean failing) {
        java.util.concurrent.atomic.AtomicBoolean broken = new java.util.concurrent.atomic.AtomicBoolean();
        DefaultXYDataset data = new DefaultXYDataset() {
            @Override
            public double getXValue(int series, int item) {
                if (broken.get() && item > 0) {
                    throw new IllegalStateException("the data went away");
                }
                return super.getXValue(series, item);
            }

            @Override
            public Number getX(int series, int item) {
                return getXValue(series, item);
            }
        };
        data.addSeries("s", new double[][] {{1, 2, 3}, {1, 2, 3}});
        XYPlot plot = new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"), new XYLineAndShapeRenderer());
        ViewFigure figure = new ViewFigure(List.of(new JFreeChart("failing", plot)), 1);
        broken.set(failing);
        return figure;
    }

    @Test
    void aFailedExportOfEveryFormatKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        for (ExportFormat format : ExportFormat.values()) {
            Path target = dir.resolve("chart." + format.extension());
            byte[] old = ("the old " + format + " file").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            Files.write(target, old);
            ExportRequest request = new ExportRequest(failingFigure(), ChartStyle.PRINT, 400, 300);
            assertThrows(RuntimeException.class, () -> FigureExporter.export(request, format, target), format.toString());
            assertArrayEquals(old, Files.readAllBytes(target), format + ": the old file is intact");
        }
        Path report = dir.resolve("report.pdf");
        Files.writeString(report, "the old report");
        java.util.Map<LawPreset, org.scalingexplorer.engine.law.ScalingLaw> laws = new java.util.EnumMap<>(LawPreset.class);
        for (LawPreset preset : LawPreset.values()) {
            laws.put(preset, preset.law());
        }
        ReportRequest request = new ReportRequest(List.of("power-laws"), LawPreset.CHINCHILLA_2022, laws,
                ResourceBundle.getBundle("org.scalingexplorer.ui.messages", Locale.ROOT), ChartStyle.PRINT, "t");
        assertThrows(RuntimeException.class, () -> ReportExporter.export(request, List.of(failingFigure()), report));
        assertEquals("the old report", Files.readString(report));
        assertEquals(List.of(), temporaryFiles());
    }

    @Test
    void anExportIntoAFileWhereAFolderShouldBeNamesThePathAndTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("notes"), "a file");
        Path target = file.resolve("chart.png");
        ExportRequest request = new ExportRequest(figure(false), ChartStyle.PRINT, 400, 300);
        IOException error = assertThrows(IOException.class, () -> FigureExporter.export(request, ExportFormat.PNG, target));
        assertEquals(target + ": cannot write: " + file + " is a file, not a folder", error.getMessage());
    }

    @Test
    void csvCellsAreNeverNanOrInfinity() {
        assertEquals("", CsvExporter.number(Double.NaN));
        assertEquals("", CsvExporter.number(Double.POSITIVE_INFINITY));
        assertEquals("", CsvExporter.number(Double.NEGATIVE_INFINITY));
        assertEquals("2.5", CsvExporter.number(2.5));
        assertFalse(CsvExporter.number(-Double.MAX_VALUE).isEmpty());
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
