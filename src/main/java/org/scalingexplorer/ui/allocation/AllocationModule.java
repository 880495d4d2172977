package org.scalingexplorer.ui.allocation;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The Allocation view: a budget split into N and D by every law, its cost, and the reference models judged. */
public final class AllocationModule implements ViewModule<AllocationViewModel> {
    public static final AllocationModule MODULE = new AllocationModule();
    static final String ID = "allocation";

    private AllocationModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2s-scale-balance";
    }

    @Override
    public boolean followsScenario() {
        return true;
    }

    @Override
    public AllocationViewModel createViewModel(ModelContext context) {
        return new AllocationViewModel(context.scenario());
    }

    @Override
    public ViewPane createView(AllocationViewModel viewModel, ViewContext context) {
        return new AllocationView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(AllocationViewModel viewModel) {
        return AllocationFigure.draft(viewModel);
    }

    @Override
    public void setShown(AllocationViewModel viewModel, boolean shown) {
        viewModel.shownProperty().set(shown);
    }

    @Override
    public ViewState<AllocationViewModel> state() {
        return AllocationState.STATE;
    }
}
