package org.scalingexplorer.ui.registry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import org.scalingexplorer.engine.io.Session;
import org.scalingexplorer.ui.lessons.LessonsState;
import org.scalingexplorer.ui.lessons.LessonsViewModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.SessionState;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.SessionPart;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.WorkMode;

/**
 * The view-models of one window (or one command-line run), one per registered view, created once
 * and kept across language and theme switches, so rebuilding the views loses nothing the user set.
 * Everything that goes through all views goes through here: figures, sessions, which view is shown.
 */
public final class ExplorerModels {
    private final ScenarioModel scenario = new ScenarioModel();
    private final ViewSettings viewSettings = new ViewSettings();
    private final Map<ViewModule<?>, Object> viewModels = new IdentityHashMap<>();
    private final LessonsViewModel lessons;
    private final List<SessionPart> sessionParts = new ArrayList<>();

    /** The window's view-models: long work runs in background services. */
    public ExplorerModels() {
        this(WorkMode.BACKGROUND);
    }

    public ExplorerModels(WorkMode work) {
        ModelContext context = new ModelContext(scenario, viewSettings, work);
        for (ViewModule<?> module : ViewRegistry.MODULES) {
            create(module, context);
        }
        lessons = new LessonsViewModel(scenario, viewSettings, java.util.Set.copyOf(ViewRegistry.ids()),
                LessonsViewModel.bundledLessons());
        sessionParts.add(LessonsState.STATE.bind(lessons));
    }

    private <M> void create(ViewModule<M> module, ModelContext context) {
        M viewModel = module.createViewModel(context);
        viewModels.put(module, viewModel);
        module.state().register(viewModel, viewSettings);
        sessionParts.add(module.state().bind(viewModel));
    }

    public ScenarioModel scenario() {
        return scenario;
    }

    /** Settings of the views that lessons (and sessions) set by name. */
    public ViewSettings viewSettings() {
        return viewSettings;
    }

    public LessonsViewModel lessons() {
        return lessons;
    }

    /** The view-model of a registered view. */
    @SuppressWarnings("unchecked")
    public <M> M viewModel(ViewModule<M> module) {
        Object viewModel = viewModels.get(module);
        if (viewModel == null) {
            throw new IllegalArgumentException("view " + module.id() + " is not registered");
        }
        return (M) viewModel;
    }

    /** Builds a view of a registered module over this window's view-model. */
    public <M> ViewPane createView(ViewModule<M> module, ViewContext context) {
        return module.createView(viewModel(module), context);
    }

    /**
     * The figure of a view as it shows now, read on the FX thread; the draft draws on any thread.
     * An unknown id is refused with the known ones listed.
     */
    public FigureDraft figure(String viewId) {
        return figure(ViewRegistry.require(viewId));
    }

    private <M> FigureDraft figure(ViewModule<M> module) {
        return module.figure(viewModel(module));
    }

    /**
     * Tells the view-models which view is on screen, so only its view-model follows a slider drag
     * step by step; the others that follow the scenario catch up when shown.
     */
    public void viewShown(String viewId) {
        for (ViewModule<?> module : ViewRegistry.MODULES) {
            shown(module, module.id().equals(viewId));
        }
    }

    private <M> void shown(ViewModule<M> module, boolean shown) {
        if (module.followsScenario()) {
            module.setShown(viewModel(module), shown);
        }
    }

    /**
     * Everything the user set, as a session: the laws, the last view, every view's named settings
     * and state. {@code carried} supplies the slots no view of this build edits, so they survive.
     */
    public Session capture(String lastView, Session carried) {
        Session session = SessionState.capture(scenario, lastView, carried, viewSettings);
        for (SessionPart part : sessionParts) {
            session = part.save(session);
        }
        return session;
    }

    /**
     * Puts a session into the view-models: laws first, then each view's state, then the named settings,
     * and last the work the session showed (a fit, a study) is started again from all of them.
     */
    public void apply(Session session) {
        SessionState.apply(session, scenario);
        for (SessionPart part : sessionParts) {
            part.restore(session);
        }
        SessionState.applyViewSettings(session, viewSettings);
        for (SessionPart part : sessionParts) {
            part.resume(session);
        }
    }

    /** What changes when the user changes anything a session keeps beyond the laws and named settings. */
    public List<Observable> sessionChanges() {
        List<Observable> changes = new ArrayList<>();
        sessionParts.forEach(part -> changes.addAll(part.changes()));
        return changes;
    }
}
