package org.scalingexplorer.ui.view;

/**
 * One view of the app, as the window, the exports, the reports, the sessions and the command line
 * see it. Each view package exposes one module; {@code ui.registry.ViewRegistry.MODULES} lists them.
 * A new view is a new package with its module and one line in that list: nothing else names it.
 *
 * @param <M> the view's view-model: one per window, kept across language and theme switches
 */
public interface ViewModule<M> {

    /** The id the sidebar, the command line ({@code render --view}), sessions and lessons use. */
    String id();

    /** The resource-bundle key of the view's title; its tooltip is this key plus ".tooltip". */
    default String titleKey() {
        return "view." + id();
    }

    /** The Ikonli literal of the sidebar icon. */
    String iconLiteral();

    /**
     * Whether the view-model follows the shared scenario (the laws every view shares). A view-model
     * that does is told by {@link #setShown} whether its view is on screen, and while hidden only
     * marks itself stale instead of recomputing at every step of a slider drag in another view.
     */
    boolean followsScenario();

    /** Creates the view-model of one window (or one command-line run). */
    M createViewModel(ModelContext context);

    /** Builds a view over the view-model; the shell disposes it when it is dropped. */
    ViewPane createView(M viewModel, ViewContext context);

    /**
     * Reads what the view-model shows now (on the FX thread, cheaply: results are immutable) into a
     * draft any thread may draw. A figure never refits or reruns anything: it draws the live result.
     */
    FigureDraft figure(M viewModel);

    /** What the view keeps in a session, beyond the shared scenario. */
    default ViewState<M> state() {
        return ViewState.none();
    }

    /** Tells a view-model that {@link #followsScenario() follows the scenario} whether it is on screen. */
    default void setShown(M viewModel, boolean shown) {
    }
}
