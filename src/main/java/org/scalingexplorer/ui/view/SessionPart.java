package org.scalingexplorer.ui.view;

import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;

/** One view-model's share of a session: a {@link ViewState} bound to the view-model it saves. */
public interface SessionPart {
    Session save(Session session);

    void restore(Session session);

    /** Starts again the work the session showed, after every part and the named settings are in. */
    void resume(Session session);

    List<Observable> changes();
}
