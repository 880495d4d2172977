package org.scalingexplorer.ui.lessons;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.engine.lesson.Lesson;
import org.scalingexplorer.ui.view.ViewState;

/**
 * The lesson being followed and its step, in a session (under "lessons"). A lesson of a teacher's
 * folder that this window has not opened is passed over, logged.
 */
public final class LessonsState implements ViewState<LessonsViewModel> {
    public static final LessonsState STATE = new LessonsState();
    static final String ID = "lessons";
    private static final System.Logger LOG = System.getLogger(LessonsState.class.getName());

    private LessonsState() {
    }

    @Override
    public Session save(LessonsViewModel viewModel, Session session) {
        Lesson lesson = viewModel.lessonProperty().get();
        if (lesson == null) {
            return session.withViewState(ID, null);
        }
        ObjectNode state = session.viewState(ID);
        state.put("lesson", lesson.id());
        state.put("step", viewModel.stepIndexProperty().get());
        return session.withViewState(ID, state);
    }

    @Override
    public void restore(LessonsViewModel viewModel, Session session) {
        ObjectNode state = session.viewState(ID);
        if (!state.hasNonNull("lesson")) {
            return;
        }
        String id = state.get("lesson").asText();
        viewModel.lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst().ifPresentOrElse(
                lesson -> viewModel.restore(lesson, state.path("step").asInt(0)),
                () -> LOG.log(System.Logger.Level.WARNING, "Session lesson passed over: no lesson " + id
                        + " is open in this window"));
    }

    @Override
    public List<Observable> changes(LessonsViewModel viewModel) {
        return List.of(viewModel.lessonProperty(), viewModel.stepIndexProperty());
    }
}
