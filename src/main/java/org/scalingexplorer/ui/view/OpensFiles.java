package org.scalingexplorer.ui.view;

/**
 * A view module whose view imports a file the user chooses: the File menu's "Open training runs"
 * shows the first such view and asks it for a file.
 */
public interface OpensFiles {
    /** Asks for a file in {@code view}, built by this module, and imports it. */
    void chooseFile(ViewPane view);
}
