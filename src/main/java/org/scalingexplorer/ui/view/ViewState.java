package org.scalingexplorer.ui.view;

import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.ui.scenario.ViewSettings;

/**
 * What a view keeps in a session: named numbers a lesson may also set (registered once in the
 * window's {@link ViewSettings}, saved with the session's view settings), and the rest of what the
 * user set (choices, designs, tables, imported runs), saved as the view's own JSON object
 * ({@link Session#withViewState}). Restoring puts back exactly what was saved.
 *
 * @param <M> the view-model
 */
public interface ViewState<M> {

    /** A view that keeps nothing beyond the shared scenario. */
    static <M> ViewState<M> none() {
        return new ViewState<>() {
        };
    }

    /** Registers the view's named numeric settings; called once per view-model. */
    default void register(M viewModel, ViewSettings settings) {
    }

    /** The session with this view's state added. */
    default Session save(M viewModel, Session session) {
        return session;
    }

    /**
     * Puts a session's state for this view back. Runs before the named settings are applied, so a
     * named setting the session also holds wins. A value the view refuses is passed over (and
     * logged), so the rest of the session still opens.
     */
    default void restore(M viewModel, Session session) {
    }

    /**
     * Starts again the work the session showed (a fit, a study), once every view's state and the named
     * settings are in, so the work sees the inputs the user had. Seeded work gives the same numbers.
     */
    default void resume(M viewModel, Session session) {
    }

    /** What changes when the user changes something this state saves, so the session knows it is dirty. */
    default List<Observable> changes(M viewModel) {
        return List.of();
    }

    /** This state bound to one view-model. */
    default SessionPart bind(M viewModel) {
        ViewState<M> state = this;
        return new SessionPart() {
            @Override
            public Session save(Session session) {
                return state.save(viewModel, session);
            }

            @Override
            public void restore(Session session) {
                state.restore(viewModel, session);
            }

            @Override
            public void resume(Session session) {
                state.resume(viewModel, session);
            }

            @Override
            public List<Observable> changes() {
                return state.changes(viewModel);
            }
        };
    }
}
