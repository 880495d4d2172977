package org.scalingexplorer;

import org.scalingexplorer.cli.ExplorerCommand;
import org.scalingexplorer.ui.shell.ExplorerApp;

/**
 * Entry point of the jar. It must not extend {@code Application}: with JavaFX on the class path
 * (a shaded jar) the launcher refuses such a main class. No arguments opens the window; a command
 * runs headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            javafx.application.Application.launch(ExplorerApp.class, args);
            return;
        }
        System.exit(ExplorerCommand.run(args));
    }
}
