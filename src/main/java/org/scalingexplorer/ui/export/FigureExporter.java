package org.scalingexplorer.ui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Exports any view's figure to the format its file name asks for: one door for the app and the CLI. */
public final class FigureExporter {

    private FigureExporter() {
    }

    public static ExportFormat export(ExportRequest request, Path file) throws IOException {
        ExportFormat format = ExportFormat.ofFile(file);
        export(request, format, file);
        return format;
    }

    public static void export(ExportRequest request, ExportFormat format, Path file) throws IOException {
        switch (format) {
            case PNG -> PngExporter.export(request, file);
            case SVG -> SvgExporter.export(request, file);
            case PDF -> PdfExporter.export(request, file);
            case CSV -> CsvExporter.export(request.figure(), file);
        }
    }
}
