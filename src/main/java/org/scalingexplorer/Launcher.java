package org.scalingexplorer;

import org.scalingexplorer.cli.ExplorerCommand;
import org.scalingexplorer.ui.shell.ExplorerApp;
import org.scalingexplorer.ui.shell.WindowRequest;

/**
 * Entry point of the jar. It must not extend {@code Application}: with JavaFX on the class path
 * (a shaded jar) the launcher refuses such a main class. No arguments opens the window as saved;
 * {@code gui [options]} opens it in a given state; any other command runs headless.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(ExplorerApp.open(WindowRequest.AS_SAVED));
        }
        System.exit(ExplorerCommand.run(new Object[] {new GuiCommand(ExplorerApp::open)}, args));
    }
}
