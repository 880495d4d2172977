package org.scalingexplorer.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Drawable;
import org.jfree.data.xy.XYDataset;
import org.scalingexplorer.engine.io.AtomicFiles;
import org.scalingexplorer.ui.view.ViewFigure;

/**
 * The plotted numbers of a figure as CSV: one row per point of every series of every XY chart, read
 * from the charts' own datasets, so the file holds exactly what is drawn. Cells that are not XY charts
 * (text panels, pictures) have no series and add no rows.
 */
public final class CsvExporter {

    public static final String[] HEADER = {"chart", "series", "x_axis", "x", "y_axis", "y"};

    private CsvExporter() {
    }

    public static void export(ViewFigure figure, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(figure, out));
    }

    public static void write(ViewFigure figure, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (Drawable cell : figure.cells()) {
            if (cell instanceof JFreeChart chart && chart.getPlot() instanceof XYPlot plot) {
                writeChart(printer, chart, plot);
            }
        }
        printer.flush();
    }

    private static void writeChart(CSVPrinter printer, JFreeChart chart, XYPlot plot) throws IOException {
        String chartName = chart.getTitle() == null ? "" : chart.getTitle().getText();
        for (int d = 0; d < plot.getDatasetCount(); d++) {
            XYDataset dataset = plot.getDataset(d);
            if (dataset == null) {
                continue;
            }
            String xAxis = label(plot.getDomainAxisForDataset(d));
            String yAxis = label(plot.getRangeAxisForDataset(d));
            for (int s = 0; s < dataset.getSeriesCount(); s++) {
                String series = String.valueOf(dataset.getSeriesKey(s));
                for (int i = 0; i < dataset.getItemCount(s); i++) {
                    printer.printRecord(chartName, series, xAxis, number(dataset.getXValue(s, i)), yAxis,
                            number(dataset.getYValue(s, i)));
                }
            }
        }
    }

    private static String label(org.jfree.chart.axis.ValueAxis axis) {
        return axis == null || axis.getLabel() == null ? "" : axis.getLabel();
    }

    /**
     * Shortest text that reads back as the same double; a gap in a series (NaN) and a point off the
     * scale (infinite) are empty cells, so the file never holds "NaN" or "Infinity".
     */
    static String number(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }
}
