package org.scalingexplorer.cli;

import java.nio.file.Path;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.io.SessionFile;
import org.scalingexplorer.engine.io.SessionFileException;
import picocli.CommandLine.Option;

/** {@code --session}: a session file whose laws and view settings a command draws. */
final class SessionOption {
    @Option(names = "--session", paramLabel = "FILE",
            description = "a session file (*.slx.json) whose laws and view settings to use (default: the published constants)")
    Path file;

    /**
     * The session, read and validated, or null when none was given. A file that cannot be used is
     * refused in one line naming the file, line and field.
     */
    Session readOrNull() {
        if (file == null) {
            return null;
        }
        try {
            return SessionFile.read(file);
        } catch (SessionFileException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
