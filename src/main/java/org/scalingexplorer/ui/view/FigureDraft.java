package org.scalingexplorer.ui.view;

/**
 * A view's figure as the view-model showed it when the draft was taken: it holds only immutable
 * results, so it may be drawn on any thread (an export worker, the command line), any number of
 * times, in any language and style.
 */
@FunctionalInterface
public interface FigureDraft {
    ViewFigure draw(FigureContext context);
}
