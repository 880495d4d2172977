package org.scalingexplorer.engine.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write stopped half way, by SIGTERM or by SIGKILL, leaves the old file byte-identical and, after
 * the shutdown hook (SIGTERM) or the next write (SIGKILL), no temporary file. Before, a report killed
 * with SIGTERM left its hidden ".part" file behind for good.
 */
class AtomicFilesKillTest {

    @TempDir
    Path dir;

    @Test
    void sigtermMidWriteKeepsTheOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("report.pdf");
        byte[] old = "the old report".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        Process child = startWriting(target);
        assertEquals(1, temporaryFiles().size(), "the child is half way through its write");
        child.destroy(); // SIGTERM on Linux and macOS
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stopped");
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(List.of(), temporaryFiles(), "the shutdown hook deleted the temporary file");
    }

    @Test
    void aTemporaryFileLeftBySigkillIsDeletedByTheNextWrite() throws Exception {
        Path target = dir.resolve("session.slx.json");
        byte[] old = "{\"old\": true}".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        Process child = startWriting(target);
        child.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stopped");
        assertArrayEquals(old, Files.readAllBytes(target));
        assertEquals(1, temporaryFiles().size(), "SIGKILL leaves the temporary file");
        Files.writeString(dir.resolve("other.txt"), "not ours");

        AtomicFiles.write(target, "{\"new\": true}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"new\": true}", Files.readString(target));
        assertEquals(List.of(), temporaryFiles(), "the next write to the target deleted the leftover");
        assertTrue(Files.exists(dir.resolve("other.txt")), "nothing else is touched");
    }

    @Test
    void cleanStaleSparesATemporaryFileAnotherWriterStillHolds() throws Exception {
        Path target = dir.resolve("chart.png");
        Process child = startWriting(target);
        try {
            assertEquals(0, AtomicFiles.cleanStale(dir, null), "a live writer's file is left alone");
            assertEquals(1, temporaryFiles().size());
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertEquals(1, AtomicFiles.cleanStale(dir, null), "once its writer is gone it is stale");
        assertEquals(List.of(), temporaryFiles());
    }

    private Process startWriting(Path target) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AtomicWriteChild.class.getName(), target.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertEquals("writing", line, "the child started writing");
        return child;
    }

    private List<Path> temporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(AtomicFiles.TEMP_SUFFIX)).toList();
        }
    }
}
