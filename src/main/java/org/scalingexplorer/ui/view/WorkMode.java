package org.scalingexplorer.ui.view;

/** Where a view-model's long computations (fits, studies) run. */
public enum WorkMode {
    /** In a restartable background Service with progress and cancel: the window. */
    BACKGROUND,
    /** On the calling thread, done when the call returns: the command line, which has no FX thread. */
    INLINE
}
