package org.scalingexplorer.ui.valley;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The Loss valley view: L(N, D) as a 3D surface (or a map), with the optimal path and isoFLOP lines. */
public final class LossValleyModule implements ViewModule<LossValleyViewModel> {
    public static final LossValleyModule MODULE = new LossValleyModule();
    static final String ID = "loss-valley";

    private LossValleyModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2t-terrain";
    }

    @Override
    public boolean followsScenario() {
        return true;
    }

    @Override
    public LossValleyViewModel createViewModel(ModelContext context) {
        return new LossValleyViewModel(context.scenario());
    }

    @Override
    public ViewPane createView(LossValleyViewModel viewModel, ViewContext context) {
        return new LossValleyView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(LossValleyViewModel viewModel) {
        return LossValleyFigure.draft(viewModel);
    }

    @Override
    public ViewState<LossValleyViewModel> state() {
        return LossValleyState.STATE;
    }
}
