package org.scalingexplorer.ui.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The files a figure exports to, chosen by the file's extension. */
public enum ExportFormat {
    PNG("png", "image/png"),
    SVG("svg", "image/svg+xml"),
    PDF("pdf", "application/pdf"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether the format keeps lines as lines and text as text at any zoom. */
    public boolean isVector() {
        return this == SVG || this == PDF;
    }

    public static ExportFormat ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return Arrays.stream(values())
                .filter(f -> f.extension.equals(extension))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("file must end in "
                        + Arrays.stream(values()).map(f -> "." + f.extension).collect(Collectors.joining(", "))
                        + ", got " + file));
    }

    /** The file with this format's extension, replacing any other extension it had. */
    public Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            return file;
        }
        return file.resolveSibling(name + "." + extension);
    }
}
