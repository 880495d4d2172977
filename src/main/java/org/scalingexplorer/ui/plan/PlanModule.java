package org.scalingexplorer.ui.plan;

import org.scalingexplorer.ui.view.FigureDraft;
import org.scalingexplorer.ui.view.ModelContext;
import org.scalingexplorer.ui.view.ViewContext;
import org.scalingexplorer.ui.view.ViewModule;
import org.scalingexplorer.ui.view.ViewPane;
import org.scalingexplorer.ui.view.ViewState;

/** The Plan view: virtual scaling studies sampled from a known law, and transformer shapes. */
public final class PlanModule implements ViewModule<PlanViewModel> {
    public static final PlanModule MODULE = new PlanModule();
    static final String ID = "plan";

    private PlanModule() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String iconLiteral() {
        return "mdi2f-flask-outline";
    }

    @Override
    public boolean followsScenario() {
        return false;
    }

    @Override
    public PlanViewModel createViewModel(ModelContext context) {
        return new PlanViewModel(context.scenario(), context.work());
    }

    @Override
    public ViewPane createView(PlanViewModel viewModel, ViewContext context) {
        return new PlanView(viewModel, context.bundle(), context.chartStyle());
    }

    @Override
    public FigureDraft figure(PlanViewModel viewModel) {
        return PlanFigure.draft(viewModel);
    }

    @Override
    public ViewState<PlanViewModel> state() {
        return PlanState.STATE;
    }
}
