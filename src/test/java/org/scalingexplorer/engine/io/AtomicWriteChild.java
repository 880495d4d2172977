package org.scalingexplorer.engine.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A process that starts an atomic write of {@code args[0]} and stops in the middle of it, writing
 * half the bytes and saying "writing" on stdout; {@link AtomicFilesKillTest} then kills it.
 */
public final class AtomicWriteChild {
    private AtomicWriteChild() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write("half of the new report".getBytes(StandardCharsets.UTF_8));
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
