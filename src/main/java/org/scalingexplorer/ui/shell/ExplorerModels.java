package org.scalingexplorer.ui.shell;

import java.util.stream.Collectors;
import org.scalingexplorer.ui.lessons.LessonsViewModel;
import org.scalingexplorer.ui.data.DataQuantityModel;
import org.scalingexplorer.ui.data.DataViewModel;
import org.scalingexplorer.ui.allocation.AllocationViewModel;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel;
import org.scalingexplorer.ui.plan.PlanViewModel;
import org.scalingexplorer.ui.fit.FitViewModel;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel;
import org.scalingexplorer.ui.render.ViewModelSource;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.scenario.ViewSettings;
import org.scalingexplorer.ui.valley.LossValleyViewModel;

/**
 * The view-models of one window, created once and kept across language and theme switches, so
 * rebuilding the views loses no slider position.
 */
public final class ExplorerModels implements ViewModelSource {
    private final ScenarioModel scenario = new ScenarioModel();
    private final ViewSettings viewSettings = new ViewSettings();
    private final PowerLawsViewModel powerLaws = new PowerLawsViewModel(scenario);
    private final LessonsViewModel lessons = new LessonsViewModel(scenario, viewSettings,
            ExplorerView.ALL.stream().map(ExplorerView::id).collect(Collectors.toSet()),
            LessonsViewModel.bundledLessons());
    private final DataViewModel data = new DataViewModel();
    private final LossValleyViewModel lossValley = new LossValleyViewModel(scenario);
    private final IsoFlopViewModel isoFlop = new IsoFlopViewModel(scenario);
    private final AllocationViewModel allocation = new AllocationViewModel(scenario);
    private final PlanViewModel plan = new PlanViewModel(scenario);
    private final FitViewModel fit = new FitViewModel(viewSettings);

    public ExplorerModels() {
        registerData("data.unique_tokens", DataViewModel.UNIQUE_TOKENS);
        registerData("data.epochs", DataViewModel.EPOCHS);
        registerData("data.params", DataViewModel.PARAMS);
        registerData("data.flops", DataViewModel.FLOPS);
        viewSettings.register("allocation.log10_flops", allocation.log10FlopsProperty());
        viewSettings.register("allocation.mfu", allocation.mfuProperty());
        viewSettings.register("allocation.usd_per_gpu_hour", allocation.usdPerGpuHourProperty());
        viewSettings.register("isoflop.log10_min_flops", isoFlop.log10MinFlopsProperty());
        viewSettings.register("isoflop.log10_max_flops", isoFlop.log10MaxFlopsProperty());
        viewSettings.register("valley.log10_params_from", lossValley.paramsFromProperty());
        viewSettings.register("valley.log10_params_to", lossValley.paramsToProperty());
        viewSettings.register("valley.log10_tokens_from", lossValley.tokensFromProperty());
        viewSettings.register("valley.log10_tokens_to", lossValley.tokensToProperty());
    }

    private void registerData(String setting, String quantityKey) {
        DataQuantityModel quantity = data.quantity(quantityKey);
        viewSettings.register(setting, quantity.valueProperty(), quantity::value, value -> {
            if (!quantity.submit(Double.toString(value))) {
                throw new IllegalArgumentException("setting " + setting + " must be between "
                        + quantity.range().min() + " and " + quantity.range().max() + ", got " + value);
            }
        });
    }

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

    public LossValleyViewModel lossValley() {
        return lossValley;
    }

    public IsoFlopViewModel isoFlop() {
        return isoFlop;
    }

    public AllocationViewModel allocation() {
        return allocation;
    }

    public PlanViewModel plan() {
        return plan;
    }

    public FitViewModel fit() {
        return fit;
    }

    /**
     * Tells the view-models which view is on screen, so only its view-model follows a slider drag
     * step by step; the others catch up when shown.
     */
    public void viewShown(String viewId) {
        powerLaws.shownProperty().set("power-laws".equals(viewId));
        isoFlop.shownProperty().set("isoflop".equals(viewId));
        allocation.shownProperty().set("allocation".equals(viewId));
    }
}
