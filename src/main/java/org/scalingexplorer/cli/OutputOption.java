package org.scalingexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scalingexplorer.engine.io.AtomicFiles;
import org.scalingexplorer.ui.export.ExportFormat;
import picocli.CommandLine.Option;

/**
 * {@code --out}: the file a command writes. Checked before any work: its folder must exist and it
 * must be a writable file, so a typo costs no render; the write itself is atomic.
 */
final class OutputOption {
    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "the file to write (render: .png, .svg, .pdf or .csv; report: .pdf); written whole or not at all")
    Path path;

    /** The format of the file, refused when it is not among {@code allowed} or cannot be written. */
    ExportFormat checked(ExportFormat... allowed) {
        ExportFormat format;
        try {
            format = ExportFormat.ofFile(path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--out " + e.getMessage(), e);
        }
        if (!java.util.List.of(allowed).contains(format)) {
            throw new IllegalArgumentException("--out must name a ." + allowed[0].extension() + " file, got " + path);
        }
        Path folder = path.toAbsolutePath().normalize().getParent();
        try {
            AtomicFiles.checkTarget(path);
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(path + ": cannot write: the folder " + folder + " does not exist");
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new IllegalArgumentException(path + ": cannot write: permission denied in the folder " + folder);
        }
        return format;
    }
}
