package org.scalingexplorer.ui.render;

import org.scalingexplorer.ui.allocation.AllocationViewModel;
import org.scalingexplorer.ui.data.DataViewModel;
import org.scalingexplorer.ui.isoflop.IsoFlopViewModel;
import org.scalingexplorer.ui.plan.PlanViewModel;
import org.scalingexplorer.ui.powerlaws.PowerLawsViewModel;
import org.scalingexplorer.ui.scenario.ScenarioModel;
import org.scalingexplorer.ui.valley.LossValleyViewModel;

/**
 * The live view-models of a window, so an export draws exactly what the user set up (budgets,
 * windows, sliders), not a fresh view over the same scenario.
 */
public interface ViewModelSource {
    ScenarioModel scenario();

    PowerLawsViewModel powerLaws();

    LossValleyViewModel lossValley();

    IsoFlopViewModel isoFlop();

    AllocationViewModel allocation();

    DataViewModel data();

    PlanViewModel plan();
}
