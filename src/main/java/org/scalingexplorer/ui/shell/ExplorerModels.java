package org.scalingexplorer.ui.shell;

import org.scalingexplorer.ui.allocation.AllocationViewModel;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;

/**
 * The view-models of one window, created once and kept across language and theme switches, so
 * rebuilding the views loses no slider position.
 */
public final class ExplorerModels {
    private final ScenarioModel scenario = new ScenarioModel();
    private final PowerLawsViewModel powerLaws = new PowerLawsViewModel(scenario);
    private final IsoFlopViewModel isoFlop = new IsoFlopViewModel(scenario);
    private final AllocationViewModel allocation = new AllocationViewModel(scenario);

    public ScenarioModel scenario() {
        return scenario;
    }

    public PowerLawsViewModel powerLaws() {
        return powerLaws;
    }

    public IsoFlopViewModel isoFlop() {
        return isoFlop;
    }

    public AllocationViewModel allocation() {
        return allocation;
    }
}
