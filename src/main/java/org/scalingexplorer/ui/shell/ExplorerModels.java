package org.scalingexplorer.ui.shell;

import java.util.stream.Collectors;
import org.scalingexplorer.ui.lessons.LessonsViewModel;
import org.scalingexplorer.ui.data.DataViewModel;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.ViewSettings;

/**
 * The view-models of one window, created once and kept across language and theme switches, so
 * rebuilding the views loses no slider position.
 */
public final class ExplorerModels {
    private final ScenarioModel scenario = new ScenarioModel();
    private final ViewSettings viewSettings = new ViewSettings();
    private final PowerLawsViewModel powerLaws = new PowerLawsViewModel(scenario);
    private final LessonsViewModel lessons = new LessonsViewModel(scenario, viewSettings,
            ExplorerView.ALL.stream().map(ExplorerView::id).collect(Collectors.toSet()),
            LessonsViewModel.bundledLessons());
    private final DataViewModel data = new DataViewModel();
    private final FitViewModel fit = new FitViewModel(viewSettings);

    public ScenarioModel scenario() {
        return scenario;
    }

    public PowerLawsViewModel powerLaws() {
        return powerLaws;
    }

    /** Settings of the views that lessons (and sessions) set by name. */
    public ViewSettings viewSettings() {
        return viewSettings;
    }

    public LessonsViewModel lessons() {
        return lessons;
    }

    public DataViewModel data() {
        return data;
    }

    public FitViewModel fit() {
        return fit;
    }
}
