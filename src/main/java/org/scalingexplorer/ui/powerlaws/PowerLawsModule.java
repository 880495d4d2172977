package org.scalingexplorer.ui.powerlaws;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;

/** The Power laws view: L against N, D and C for every law, and the active law's sliders. */
public final class PowerLawsModule implements ViewModule<PowerLawsViewModel> {
    public static final PowerLawsModule MODULE = new PowerLawsModule();
    static final String ID = "power-laws";

    private PowerLawsModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-chart-bell-curve-cumulative";
    }

    @Override
    public boolean followsScenario() {
        return true;
    }

    @Override
    public PowerLawsViewModel createViewModel(ModelContext context) {
        return new PowerLawsViewModel(context.scenario());
    }

    @Override
    public ViewPane createView(PowerLawsViewModel viewModel, ViewContext context) {
        return new PowerLawsView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(PowerLawsViewModel viewModel) {
        return PowerLawsFigure.draft(viewModel);
    }

    @Override
    public void setShown(PowerLawsViewModel viewModel, boolean shown) {
        viewModel.shownProperty().set(shown);
    }
}
