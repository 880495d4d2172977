package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write replaces the whole file or nothing, and leaves no temporary file behind. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writeReplacesAndLeavesNoTemporaryFile() throws Exception {
        Path file = dir.resolve("sub/dir/session.slx.json");
        AtomicFiles.write(file, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(file, "second, longer".getBytes(StandardCharsets.UTF_8));
        assertEquals("second, longer", Files.readString(file));
        assertEquals(List.of(file), list(file.getParent()));
    }

    @Test
    void failedWriteKeepsTheOldFileAndCleansUp() throws Exception {
        Path file = dir.resolve("session.slx.json");
        AtomicFiles.write(file, "old content".getBytes(StandardCharsets.UTF_8));
        byte[] before = Files.readAllBytes(file);
        IOException error = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals(file + ": cannot write: disk full", error.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(file), list(dir));
    }

    @Test
    void newFileIsReadableByOthersLikeAPlainWrite() throws Exception {
        Path file = dir.resolve("chart.svg");
        AtomicFiles.write(file, new byte[] {1});
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
