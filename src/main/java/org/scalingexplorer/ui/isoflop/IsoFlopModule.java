package org.scalingexplorer.ui.isoflop;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The IsoFLOP view: the bananas of two laws, their minima and the fitted exponents. */
public final class IsoFlopModule implements ViewModule<IsoFlopViewModel> {
    public static final IsoFlopModule MODULE = new IsoFlopModule();
    static final String ID = "isoflop";

    private IsoFlopModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2c-chart-bell-curve";
    }

    @Override
    public boolean followsScenario() {
        return true;
    }

    @Override
    public IsoFlopViewModel createViewModel(ModelContext context) {
        return new IsoFlopViewModel(context.scenario());
    }

    @Override
    public ViewPane createView(IsoFlopViewModel viewModel, ViewContext context) {
        return new IsoFlopView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(IsoFlopViewModel viewModel) {
        return IsoFlopFigure.draft(viewModel);
    }

    @Override
    public void setShown(IsoFlopViewModel viewModel, boolean shown) {
        viewModel.shownProperty().set(shown);
    }

    @Override
    public ViewState<IsoFlopViewModel> state() {
        return IsoFlopState.STATE;
    }
}
